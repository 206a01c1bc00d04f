package cn.nianbao.validation.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.AxisNode;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.Iteration;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.support.CellValue;
import cn.nianbao.validation.support.ReportShape;

/**
 * A catalogue rule with a formula, ready to evaluate against reports. This is the only class that knows
 * what an identity means; every arithmetic rule of every template, national or provincial, runs here.
 * EACH_COLUMN: bare ids are rows, evaluated in every leaf column (or the columns in appliesTo);
 * EACH_ROW: bare ids are columns, evaluated in every data row the report fills (or appliesTo);
 * ONCE: ids are ROW/COLUMN cells. Ranges follow the print order of the table.
 */
public final class IdentityRule {

    private final RuleDef rule;
    private final Formula formula;
    private final TableLayout table;

    public IdentityRule(Template template, RuleDef rule) {
        this.rule = rule;
        this.formula = FormulaParser.parse(rule.getFormula());
        this.table = template.table(rule.getTable());
        if (table == null) {
            throw new IllegalArgumentException("rule " + rule.getId() + ": no table " + rule.getTable() + " in the template");
        }
    }

    public RuleDef rule() {
        return rule;
    }

    /** Every evaluation of the rule on this report, holding or not, in iteration order. */
    public List<Evaluation> evaluate(AnnualReport report) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (String where : iterationIds(report)) {
            List<TermValue> left = side(report, formula.left(), where);
            List<TermValue> right = side(report, formula.right(), where);
            if (left != null && right != null) {
                evaluations.add(new Evaluation(rule, table.id(), formula, where, left, right));
            }
        }
        return evaluations;
    }

    public List<Evaluation> failures(AnnualReport report) {
        return evaluate(report).stream().filter(e -> !e.holds()).toList();
    }

    private List<String> iterationIds(AnnualReport report) {
        Iteration iteration = rule.getIteration() == null ? Iteration.ONCE : rule.getIteration();
        if (iteration == Iteration.ONCE) {
            return Collections.singletonList(null);
        }
        if (!rule.getAppliesTo().isEmpty()) {
            return List.copyOf(rule.getAppliesTo());
        }
        if (iteration == Iteration.EACH_COLUMN) {
            return table.leafColumns().stream().map(AxisNode::getId).toList();
        }
        return ReportShape.expectedRows(report, table).stream().map(AxisNode::getId).toList();
    }

    /** The side's terms with their values, or null when a single term has no cell where iterated. */
    private List<TermValue> side(AnnualReport report, List<Term> terms, String where) {
        List<TermValue> values = new ArrayList<>();
        for (Term term : terms) {
            List<CellAddress> cells = cells(term, where);
            if (cells.isEmpty()) {
                return null;
            }
            List<CellValue> cellValues = cells.stream().map(c -> CellValue.of(ReportData.cell(report, c))).toList();
            values.add(new TermValue(term, cells, cellValues));
        }
        return values;
    }

    private List<CellAddress> cells(Term term, String where) {
        Iteration iteration = rule.getIteration() == null ? Iteration.ONCE : rule.getIteration();
        List<CellAddress> cells = new ArrayList<>();
        if (iteration == Iteration.ONCE) {
            for (String id : ids(term, true)) {
                String[] parts = id.split("/", 2);
                addIfPresent(cells, parts[0], parts.length > 1 ? parts[1] : "");
            }
        } else if (iteration == Iteration.EACH_COLUMN) {
            for (String row : ids(term, true)) {
                addIfPresent(cells, row, where);
            }
        } else {
            for (String column : ids(term, false)) {
                addIfPresent(cells, where, column);
            }
        }
        return cells;
    }

    private List<String> ids(Term term, boolean rows) {
        if (!term.isRange()) {
            return List.of(term.first());
        }
        return rows ? table.rowRange(term.first(), term.last()) : table.columnRange(term.first(), term.last());
    }

    /** Adds the cell when the format has it; a range may pass rows that lack the column (table 二). */
    private void addIfPresent(List<CellAddress> cells, String rowId, String columnId) {
        RowDef row = table.row(rowId);
        ColumnDef column = table.column(columnId);
        if (row == null || column == null) {
            throw new IllegalArgumentException("rule " + rule.getId() + ": no cell " + rowId + "/" + columnId
                    + " in table " + table.id());
        }
        if (table.columnsOf(row).contains(column)) {
            cells.add(new CellAddress(table.id(), rowId, columnId));
        }
    }
}
