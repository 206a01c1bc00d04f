package cn.nianbao.review.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.report.AnnualReport;

/**
 * A roll-up: the summed report (an AnnualReport of the same format, checked and exported like any other),
 * its members with the inconsistent ones first, and for every cell what each member contributes.
 */
public record RollupResult(AnnualReport total, List<RollupMember> members, Map<CellAddress, List<Contribution>> byCell) {

    public RollupResult {
        members = List.copyOf(members);
    }

    /** Who contributes what to a cell, largest first; members with a blank cell are left out. */
    public List<Contribution> contributions(CellAddress address) {
        List<Contribution> list = new ArrayList<>(byCell.getOrDefault(address, List.of()));
        list.sort(Comparator.comparing(Contribution::value).reversed());
        return list;
    }

    public List<RollupMember> inconsistent() {
        return members.stream().filter(RollupMember::inconsistent).toList();
    }
}
