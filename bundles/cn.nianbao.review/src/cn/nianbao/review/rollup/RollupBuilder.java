package cn.nianbao.review.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.review.ReviewException;
import cn.nianbao.review.ReviewText;

/**
 * Sums reports of one year and one format cell by cell. Blank is not zero: a cell of the roll-up is blank
 * only when every member leaves it blank; text printed in a cell ("/") adds nothing. Members whose own
 * figures do not add up come first in the member list, then the others, each group by agency name.
 */
public final class RollupBuilder {

    private final List<RollupMember> members = new ArrayList<>();
    private final Consistency consistency = new Consistency();
    private Integer year;
    private Template template;

    /** Adds a report; all must be of the same year and format ({@link ReviewException} otherwise). */
    public RollupBuilder add(AnnualReport report, String source) {
        Template t = FormatCatalogue.template(report);
        if (year == null) {
            year = report.getYear();
            template = t;
        } else if (year != report.getYear() || template != t) {
            throw new ReviewException("rollup.mixed", source, String.valueOf(report.getYear()),
                    t.key(), String.valueOf(year), template.key());
        }
        String agency = report.getAgencyName() == null ? source : report.getAgencyName();
        members.add(new RollupMember(agency, source, report, consistency.broken(report, t)));
        return this;
    }

    public RollupResult build() {
        if (members.isEmpty()) {
            throw new ReviewException("rollup.empty");
        }
        List<RollupMember> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparing((RollupMember m) -> !m.inconsistent()).thenComparing(RollupMember::agency));
        Map<CellAddress, BigDecimal> sums = new LinkedHashMap<>();
        Map<CellAddress, List<Contribution>> byCell = new HashMap<>();
        for (RollupMember member : ordered) {
            for (DataTable table : member.report().getTables()) {
                for (Cell cell : table.getCells()) {
                    if (cell.getValue() != null) {
                        CellAddress address = new CellAddress(table.getTableId(), cell.getRow(), cell.getColumn());
                        sums.merge(address, cell.getValue(), BigDecimal::add);
                        byCell.computeIfAbsent(address, a -> new ArrayList<>()).add(new Contribution(member.agency(), cell.getValue()));
                    }
                }
            }
        }
        return new RollupResult(total(sums, ordered), ordered, byCell);
    }

    private AnnualReport total(Map<CellAddress, BigDecimal> sums, List<RollupMember> ordered) {
        AnnualReport total = ReportFactory.eINSTANCE.createAnnualReport();
        total.setAgencyName(ReviewText.zh("rollup.agency", ordered.size()));
        total.setYear(year);
        template.applyTo(total);
        total.setTitle(ReviewText.zh("rollup.title", ordered.size(), String.valueOf(year)));
        Map<String, DataTable> tables = new LinkedHashMap<>();
        sums.forEach((address, sum) -> {
            DataTable table = tables.computeIfAbsent(address.table(), id -> {
                DataTable t = ReportFactory.eINSTANCE.createDataTable();
                t.setTableId(id);
                return t;
            });
            Cell cell = ReportFactory.eINSTANCE.createCell();
            cell.setRow(address.row());
            cell.setColumn(address.column());
            cell.setValue(sum);
            table.getCells().add(cell);
        });
        total.getTables().addAll(tables.values());
        for (SectionDef def : template.sections()) {
            TextSection section = ReportFactory.eINSTANCE.createTextSection();
            section.setKey(def.getKey());
            section.setHeading(def.getHeading());
            section.setBody("S1".equals(def.getKey()) ? members(ordered) : "");
            total.getSections().add(section);
        }
        return total;
    }

    private static String members(List<RollupMember> ordered) {
        List<String> names = ordered.stream().map(RollupMember::agency).toList();
        return ReviewText.zh("rollup.members", names.size(), String.join("、", names));
    }
}
