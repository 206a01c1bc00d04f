package cn.nianbao.review.rollup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.review.intake.AgencyNames;
import cn.nianbao.review.repository.SourcedReport;
import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;

/**
 * A roll-up of one member set of a region's roster (AGG-01, AGG-04): each unit of the set whose single
 * report of the year adds up on its own (SUM-* and the other ERROR identities) is counted; every other unit
 * of the set is left out with the reason.
 */
public final class RosterRollup {

    /** The roll-up of the counted members (null when none could be counted) and the units left out. */
    public record Result(RollupResult rollup, List<LeftOut> leftOut) {

        public Result {
            leftOut = List.copyOf(leftOut);
        }
    }

    private final Consistency consistency = new Consistency();

    public Result build(Roster roster, MemberSet set, List<SourcedReport> reports) {
        Map<String, List<SourcedReport>> byUnit = new LinkedHashMap<>();
        for (SourcedReport report : reports) {
            byUnit.computeIfAbsent(AgencyNames.key(report.report().getAgencyName(), roster.region()),
                    k -> new ArrayList<>()).add(report);
        }
        RollupBuilder builder = new RollupBuilder();
        List<LeftOut> leftOut = new ArrayList<>();
        int counted = 0;
        for (RosterUnit unit : roster.units()) {
            if (!set.includes(unit.level())) {
                continue;
            }
            List<SourcedReport> own = byUnit.getOrDefault(AgencyNames.key(unit.name(), roster.region()), List.of());
            if (own.isEmpty()) {
                leftOut.add(new LeftOut(unit, LeftOut.Reason.NO_REPORT, List.of()));
            } else if (own.size() > 1) {
                leftOut.add(new LeftOut(unit, LeftOut.Reason.DUPLICATED, List.of()));
            } else {
                SourcedReport report = own.get(0);
                List<String> broken = consistency.broken(report.report(), FormatCatalogue.template(report.report()));
                if (broken.isEmpty()) {
                    builder.add(report.report(), report.source());
                    counted++;
                } else {
                    leftOut.add(new LeftOut(unit, LeftOut.Reason.INCONSISTENT, broken));
                }
            }
        }
        return new Result(counted == 0 ? null : builder.build(), leftOut);
    }
}
