package cn.nianbao.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;

/**
 * Next year's report started from last year's: the same agency and level, the year after, 二、上年结转 filled
 * with last year's 四、结转下年度继续办理 in every column, everything else blank. Which rows and columns carry
 * over is read from the year-to-year rules of the catalogue (XY-01 for the carried-over requests, XY-02 for
 * the documents in force), so the new report satisfies XY-01 by construction.
 */
public final class RollForward {

    /** The rule saying "this year's carried-over row = last year's carried-forward row", in each column. */
    static final String CARRIED_OVER = "XY-01";
    /** The rule saying "in force = last year's in force + issued − repealed", in each row. */
    static final String IN_FORCE = "XY-02";

    private static final Pattern LEFT = Pattern.compile("^\\s*([A-Za-z0-9_]+)\\s*=");
    private static final Pattern PREVIOUS = Pattern.compile("PREV\\.([A-Za-z0-9_]+)");

    private RollForward() {
    }

    public static AnnualReport from(AnnualReport previous) {
        AnnualReport next = BlankReport.create(previous.getAgencyName(), previous.getAgencyLevel(), previous.getYear() + 1);
        next.setReportScope(previous.getReportScope());
        Template template = FormatCatalogue.template(next);
        RuleDef rule = template.rule(CARRIED_OVER);
        if (rule == null) {
            return next;
        }
        TableLayout table = template.table(rule.getTable());
        RowDef carriedOver = table.row(term(LEFT, rule));
        String carriedForward = term(PREVIOUS, rule);
        for (ColumnDef column : table.columnsOf(carriedOver)) {
            BigDecimal last = ReportData.value(previous, new CellAddress(table.id(), carriedForward, column.getId()));
            ReportData.setValue(next, new CellAddress(table.id(), carriedOver.getId(), column.getId()), last);
        }
        return next;
    }

    /**
     * Last year's documents in force, by the cell of this year's report they are the base of (表二's
     * 现行有效件数 of each row XY-02 applies to), in the catalogue's order; blank ones are left out.
     */
    public static Map<CellAddress, BigDecimal> inForceLastYear(AnnualReport previous, AnnualReport next) {
        Map<CellAddress, BigDecimal> base = new LinkedHashMap<>();
        Template template = FormatCatalogue.template(next);
        RuleDef rule = template.rule(IN_FORCE);
        if (rule == null) {
            return base;
        }
        TableLayout table = template.table(rule.getTable());
        ColumnDef inForce = table.column(term(PREVIOUS, rule));
        for (RowDef row : table.rowsOf(inForce)) {
            if (rule.getAppliesTo().isEmpty() || rule.getAppliesTo().contains(row.getId()) || appliesToParent(table, rule, row)) {
                CellAddress cell = new CellAddress(table.id(), row.getId(), inForce.getId());
                BigDecimal value = ReportData.value(previous, cell);
                if (value != null) {
                    base.put(cell, value);
                }
            }
        }
        return base;
    }

    private static boolean appliesToParent(TableLayout table, RuleDef rule, RowDef row) {
        return row.eContainer() instanceof RowDef parent && rule.getAppliesTo().contains(parent.getId());
    }

    private static String term(Pattern pattern, RuleDef rule) {
        Matcher matcher = pattern.matcher(rule.getFormula());
        if (!matcher.find()) {
            throw new IllegalStateException("rule " + rule.getId() + " has no term " + pattern + ": " + rule.getFormula());
        }
        return matcher.group(1);
    }
}
