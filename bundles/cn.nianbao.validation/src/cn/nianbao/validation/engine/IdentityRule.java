package cn.nianbao.validation.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.AxisNode;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.Iteration;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.support.CellIndex;
import cn.nianbao.validation.support.CellSlots;
import cn.nianbao.validation.support.CellValue;
import cn.nianbao.validation.support.ReportShape;
import cn.nianbao.validation.support.RuleContext;

/**
 * A catalogue rule with a formula, ready to evaluate against reports. This is the only class that knows
 * what an identity means; every arithmetic rule of every template, national or provincial, runs here.
 * EACH_COLUMN: bare ids are rows, evaluated in every leaf column (or the columns in appliesTo);
 * EACH_ROW: bare ids are columns, evaluated in every data row the report fills (or appliesTo);
 * ONCE: ids are ROW/COLUMN cells. Ranges follow the print order of the table. Terms written PREV.id read
 * last year's report: without one the rule is not evaluated, and a cell last year's report lacks (its
 * format had no such cell) skips that evaluation rather than counting as 0.
 */
public final class IdentityRule {

    private final RuleDef rule;
    private final Formula formula;
    private final TableLayout table;
    private final Iteration iteration;
    private final boolean crossYear;
    private final CellSlots slots;

    public IdentityRule(Template template, RuleDef rule) {
        this.rule = rule;
        this.formula = FormulaParser.parse(rule.getFormula());
        this.iteration = rule.getIteration() == null ? Iteration.ONCE : rule.getIteration();
        this.crossYear = formula.left().stream().anyMatch(Term::previous) || formula.right().stream().anyMatch(Term::previous);
        this.table = template.table(rule.getTable());
        if (table == null) {
            throw new IllegalArgumentException("rule " + rule.getId() + ": no table " + rule.getTable() + " in the template");
        }
        this.slots = CellSlots.of(template);
    }

    public RuleDef rule() {
        return rule;
    }

    /** True when the formula reads last year's report. */
    public boolean isCrossYear() {
        return crossYear;
    }

    /** Every evaluation of the rule on this report, holding or not, in iteration order. */
    public List<Evaluation> evaluate(AnnualReport report) {
        return evaluate(report, new CellIndex(report), null);
    }

    /**
     * Every evaluation on this report, with its cells already indexed.
     *
     * @param previous last year's report indexed, or null
     */
    public List<Evaluation> evaluate(AnnualReport report, CellIndex current, CellIndex previous) {
        List<Evaluation> evaluations = new ArrayList<>();
        if (previous == null && isCrossYear()) {
            return evaluations;
        }
        for (String where : iterationIds(report)) {
            List<TermValue> left = side(current, previous, formula.left(), where);
            List<TermValue> right = side(current, previous, formula.right(), where);
            if (left != null && right != null) {
                evaluations.add(new Evaluation(rule, table.id(), formula, where, left, right));
            }
        }
        return evaluations;
    }

    public List<Evaluation> failures(AnnualReport report) {
        return evaluate(report).stream().filter(e -> !e.holds()).toList();
    }

    /**
     * The evaluations that fail, as {@link #failures(AnnualReport, CellIndex, CellIndex)} gives them, for the
     * validator: the rows iterated over come from the context (worked out once per check), the sides are
     * summed straight from the cell values, and only a failing evaluation is built in full.
     *
     * @param previous last year's report indexed, or null
     */
    public List<Evaluation> failures(RuleContext context, CellIndex previous) {
        return check(context, previous).failures();
    }

    /**
     * What one check found: the failing evaluations, and the cells of this year's report that evaluations
     * needed but the report does not have (a truncated table): those evaluations are not made, because a
     * cell that is not in the document is unknown, not 0. A table missing as a whole gives neither (STR-02
     * says it is missing).
     */
    public record Outcome(List<Evaluation> failures, List<CellAddress> missing) {
        static final Outcome NONE = new Outcome(List.of(), List.of());
    }

    /** The failures as {@link #failures(RuleContext, CellIndex)}, and the operands absent from the report. */
    public Outcome check(RuleContext context, CellIndex previous) {
        if (previous == null && crossYear || !context.hasTable(table.id())) {
            return Outcome.NONE;
        }
        CellIndex current = context.cells();
        if (current.slots() != slots) {
            current = new CellIndex(context.report(), slots);
        }
        List<Evaluation> failures = null;
        java.util.Set<CellAddress> missing = null;
        boolean[] expected = null;
        Iterations iterations = iterations(context);
        for (int k = 0; k < iterations.ids().size(); k++) {
            String where = iterations.ids().get(k);
            Plan plan = iterations.plans()[k];
            if (plan == null) {
                continue;
            }
            int holds = holds(current, previous, plan, true);
            if (holds == MISSING) {
                if (expected == null) {
                    expected = context.expectedSlotMarks(table);
                }
                List<CellAddress> absent = absent(current, plan, expected);
                if (!absent.isEmpty()) {
                    if (missing == null) {
                        missing = new java.util.LinkedHashSet<>();
                    }
                    missing.addAll(absent);
                    continue;
                }
                // only the rows of the layout the report does not use are absent (（六） printed unsplit)
                holds = holds(current, previous, plan, false);
            }
            if (holds != FAILS) {
                continue;
            }
            List<TermValue> leftValues = side(current, previous, formula.left(), where);
            List<TermValue> rightValues = side(current, previous, formula.right(), where);
            if (failures == null) {
                failures = new ArrayList<>();
            }
            failures.add(new Evaluation(rule, table.id(), formula, where, leftValues, rightValues));
        }
        if (failures == null && missing == null) {
            return Outcome.NONE;
        }
        return new Outcome(failures == null ? List.of() : failures, missing == null ? List.of() : List.copyOf(missing));
    }

    /**
     * The cells of this year's terms that the report should have and does not (a range passes the rows
     * of both printed layouts of （六）; only the one in use is expected).
     */
    private List<CellAddress> absent(CellIndex current, Plan plan, boolean[] expected) {
        List<CellAddress> absent = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            List<Term> terms = side == 0 ? formula.left() : formula.right();
            List<CellAddress>[] cells = side == 0 ? plan.left() : plan.right();
            int[][] cellSlots = side == 0 ? plan.leftSlots() : plan.rightSlots();
            for (int i = 0; i < cells.length; i++) {
                for (int j = 0; j < cellSlots[i].length && !terms.get(i).previous(); j++) {
                    int slot = cellSlots[i][j];
                    if (!current.hasSlot(slot) && expected[slot]) {
                        absent.add(cells[i].get(j));
                    }
                }
            }
        }
        return absent;
    }

    /** Whether a cell of this year's terms is absent from the report. */
    private boolean anyAbsent(CellIndex current, Plan plan) {
        for (int side = 0; side < 2; side++) {
            List<Term> terms = side == 0 ? formula.left() : formula.right();
            int[][] cellSlots = side == 0 ? plan.leftSlots() : plan.rightSlots();
            for (int i = 0; i < cellSlots.length; i++) {
                for (int j = 0; j < cellSlots[i].length && !terms.get(i).previous(); j++) {
                    if (!current.hasSlot(cellSlots[i][j])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The cells of each term of both sides in one iteration, and their slots in the template's
     * {@link CellSlots}; null when a term has none there.
     */
    private record Plan(List<CellAddress>[] left, List<CellAddress>[] right, int[][] leftSlots, int[][] rightSlots) {
    }

    private static final Plan NO_PLAN = new Plan(null, null, null, null);
    private final java.util.Map<String, Plan> plans = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Plan oncePlan;

    private Plan plan(String where) {
        Plan plan = where == null ? oncePlan : plans.get(where);
        if (plan == null) {
            List<CellAddress>[] left = termCells(formula.left(), where);
            List<CellAddress>[] right = left == null ? null : termCells(formula.right(), where);
            plan = right == null ? NO_PLAN : new Plan(left, right, slotsOf(left), slotsOf(right));
            if (where == null) {
                oncePlan = plan;
            } else {
                plans.put(where, plan);
            }
        }
        return plan == NO_PLAN ? null : plan;
    }

    private int[][] slotsOf(List<CellAddress>[] cells) {
        int[][] slotsOf = new int[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            slotsOf[i] = new int[cells[i].size()];
            for (int j = 0; j < slotsOf[i].length; j++) {
                slotsOf[i][j] = slots.slot(cells[i].get(j));
            }
        }
        return slotsOf;
    }

    @SuppressWarnings("unchecked")
    private List<CellAddress>[] termCells(List<Term> terms, String where) {
        List<CellAddress>[] cells = new List[terms.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells(terms.get(i), where);
            if (cells[i].isEmpty()) {
                return null;
            }
        }
        return cells;
    }

    private static final int HOLDS = 0;
    private static final int FAILS = 1;
    private static final int SKIPPED = 2;
    private static final int MISSING = 3;

    /**
     * Whether the identity holds in one iteration, SKIPPED when a PREV. cell is missing from last year's
     * report, MISSING when a cell of this year's terms is missing from this year's report and {@code
     * strict} (otherwise such a cell reads as blank). Whole numbers of at most 12 digits (nearly all cells) are added as longs, which cannot overflow
     * for up to 1,000 cells a term; any other value makes the whole evaluation add exactly as BigDecimal.
     */
    private int holds(CellIndex current, CellIndex previous, Plan plan, boolean strict) {
        long left = 0;
        long right = 0;
        boolean exact = true;
        for (int side = 0; side < 2 && exact; side++) {
            List<Term> terms = side == 0 ? formula.left() : formula.right();
            List<CellAddress>[] cells = side == 0 ? plan.left() : plan.right();
            int[][] cellSlots = side == 0 ? plan.leftSlots() : plan.rightSlots();
            long total = 0;
            for (int i = 0; i < cells.length && exact; i++) {
                Term term = terms.get(i);
                if (cells[i].size() > 1000) {
                    exact = false;
                    break;
                }
                long sum = 0;
                if (term.previous()) {
                    for (CellAddress cell : cells[i]) {
                        if (!previous.has(cell)) {
                            return SKIPPED;
                        }
                        BigDecimal value = previous.value(cell).arithmetic();
                        if (value.signum() == 0) {
                            continue;
                        }
                        if (value.scale() != 0 || value.precision() > 12) {
                            exact = false;
                            break;
                        }
                        sum += value.longValue();
                    }
                } else {
                    for (int slot : cellSlots[i]) {
                        byte kind = current.numberKind(slot);
                        if (kind == CellIndex.MISSING) {
                            if (strict) {
                                return MISSING;
                            }
                        } else if (kind == CellIndex.WHOLE) {
                            sum += current.wholeNumber(slot);
                        } else {
                            exact = false;
                            break;
                        }
                    }
                }
                total = term.negative() ? total - sum : total + sum;
            }
            if (side == 0) {
                left = total;
            } else {
                right = total;
            }
        }
        if (!exact) {
            // the long sums stopped early, before they saw every cell
            if (strict && anyAbsent(current, plan)) {
                return MISSING;
            }
            BigDecimal l = sum(current, previous, formula.left(), plan.left());
            if (l == null) {
                return SKIPPED;
            }
            BigDecimal r = sum(current, previous, formula.right(), plan.right());
            if (r == null) {
                return SKIPPED;
            }
            return formula.relation().holds(l, r) ? HOLDS : FAILS;
        }
        return formula.relation().holds(left, right) ? HOLDS : FAILS;
    }

    /** The signed sum of one side, or null when a PREV. cell is missing from last year's report. */
    private static BigDecimal sum(CellIndex current, CellIndex previous, List<Term> terms, List<CellAddress>[] cells) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < cells.length; i++) {
            Term term = terms.get(i);
            CellIndex index = term.previous() ? previous : current;
            BigDecimal sum = BigDecimal.ZERO;
            for (CellAddress cell : cells[i]) {
                if (term.previous() && !index.has(cell)) {
                    return null;
                }
                sum = sum.add(index.value(cell).arithmetic());
            }
            total = term.negative() ? total.subtract(sum) : total.add(sum);
        }
        return total;
    }

    /**
     * The ids iterated over and the plan of each (null where a term has no cell).
     *
     * @param rows the expected rows they were made for (EACH_ROW over the rows the report fills), else null
     */
    private record Iterations(List<RowDef> rows, List<String> ids, Plan[] plans) {
    }

    /** The iterations when they do not depend on the report (ONCE, EACH_COLUMN, appliesTo). */
    private volatile Iterations fixedIterations;
    /**
     * The iterations over the expected rows last asked for: the context gives one list per table and
     * alternate rows in use, so nearly every check finds them here.
     */
    private volatile Iterations rowIterations;

    private Iterations iterations(RuleContext context) {
        if (iteration == Iteration.EACH_ROW && rule.getAppliesTo().isEmpty()) {
            List<RowDef> rows = context.expectedRows(table);
            Iterations iterations = rowIterations;
            if (iterations == null || iterations.rows() != rows) {
                iterations = iterations(rows, rows.stream().map(RowDef::getId).toList());
                rowIterations = iterations;
            }
            return iterations;
        }
        Iterations iterations = fixedIterations;
        if (iterations == null) {
            iterations = iterations(null, iterationIds(context.report()));
            fixedIterations = iterations;
        }
        return iterations;
    }

    private Iterations iterations(List<RowDef> rows, List<String> ids) {
        Plan[] plans = new Plan[ids.size()];
        for (int k = 0; k < plans.length; k++) {
            plans[k] = plan(ids.get(k));
        }
        return new Iterations(rows, ids, plans);
    }

    public List<Evaluation> failures(AnnualReport report, CellIndex current, CellIndex previous) {
        List<Evaluation> failures = new ArrayList<>();
        for (Evaluation evaluation : evaluate(report, current, previous)) {
            if (!evaluation.holds()) {
                failures.add(evaluation);
            }
        }
        return failures;
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
    private List<TermValue> side(CellIndex current, CellIndex previous, List<Term> terms, String where) {
        List<TermValue> values = new ArrayList<>();
        for (Term term : terms) {
            List<CellAddress> cells = cells(term, where);
            if (cells.isEmpty()) {
                return null;
            }
            CellIndex index = term.previous() ? previous : current;
            List<CellValue> cellValues = new ArrayList<>(cells.size());
            for (CellAddress cell : cells) {
                if (term.previous() && !index.has(cell)) {
                    return null;
                }
                cellValues.add(index.value(cell));
            }
            values.add(new TermValue(term, cells, cellValues));
        }
        return values;
    }

    /** The cells of a term in one iteration depend on the template only: computed once. */
    private final java.util.Map<String, List<CellAddress>> cellCache = new java.util.concurrent.ConcurrentHashMap<>();

    private List<CellAddress> cells(Term term, String where) {
        return cellCache.computeIfAbsent(term + "@" + where, k -> List.copyOf(computeCells(term, where)));
    }

    private List<CellAddress> computeCells(Term term, String where) {
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
