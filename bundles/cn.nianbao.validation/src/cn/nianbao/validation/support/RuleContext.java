package cn.nianbao.validation.support;

import java.util.List;
import java.util.function.Function;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.catalogue.RuleDef;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.CheckOptions;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.prose.ProseView;
import cn.nianbao.validation.support.Messages.Text;

/** What every rule needs while checking one report: the report, its template, names and messages. */
public final class RuleContext {

    private final AnnualReport report;
    private final Template template;
    private final Names names;
    private final Messages messages;
    private final CheckOptions options;
    private CellIndex cells;
    private CellIndex previousCells;
    private ProseView prose;
    private final Function<AnnualReport, ProseView> proseSource;
    /** The shape of each table in this report (alternate rows in use, expected rows and cells), by table id. */
    private final java.util.Map<String, Shape> shapes = new java.util.HashMap<>();

    private record Shape(List<RowDef> alternatesInUse, ReportShape.Expected expected, int[] slots) {
    }

    public RuleContext(AnnualReport report, Template template, Messages messages) {
        this(report, template, messages, CheckOptions.NONE);
    }

    public RuleContext(AnnualReport report, Template template, Messages messages, CheckOptions options) {
        this(report, template, new Names(template), messages, options);
    }

    /** @param names the template's names, which may be shared by every check against the template */
    public RuleContext(AnnualReport report, Template template, Names names, Messages messages, CheckOptions options) {
        this(report, template, names, messages, options, ProseView::new);
    }

    /** @param proseSource makes (or finds again, see {@link cn.nianbao.validation.prose.LastProse}) the report's prose view */
    public RuleContext(AnnualReport report, Template template, Names names, Messages messages, CheckOptions options,
            Function<AnnualReport, ProseView> proseSource) {
        this.proseSource = proseSource;
        this.report = report;
        this.template = template;
        this.names = names;
        this.messages = messages;
        this.options = options == null ? CheckOptions.NONE : options;
    }

    public CheckOptions options() {
        return options;
    }

    /** Last year's report, or null. */
    public AnnualReport previous() {
        return options.previous();
    }

    /** The report's cells by address, built on first use. */
    public CellIndex cells() {
        if (cells == null) {
            cells = new CellIndex(report, CellSlots.of(template));
        }
        return cells;
    }

    /*
     * The rules that read every cell (TYP-01, TYP-02, TYP-04) go through cells() by position, in the report's
     * order, and ask these of each cell: no object is made per cell (a report has some 250), and a cell
     * held by slot answers from the template's arrays instead of looking up table, row and column by id.
     */

    /** The template's column of the report's i-th cell ({@link CellIndex#cellAt}), or null when its table or column is not the template's. */
    public ColumnDef knownColumn(int i) {
        int slot = cells().slotAt(i);
        if (slot >= 0) {
            return cells().slots().column(slot);
        }
        // a row or column the template does not have: only a known column makes the cell known
        TableLayout table = templateTableAt(i);
        return table == null ? null : table.column(cells().addressAt(i).column());
    }

    /** The template's row of the report's i-th cell, or null when its table or row is not the template's. */
    public RowDef knownRow(int i) {
        int slot = cells().slotAt(i);
        return slot >= 0 ? cells().slots().row(slot) : rowOutsideSlots(i);
    }

    private RowDef rowOutsideSlots(int i) {
        TableLayout table = templateTableAt(i);
        return table == null ? null : table.row(cells().addressAt(i).row());
    }

    private TableLayout templateTableAt(int i) {
        return template.table(cells().addressAt(i).table());
    }

    /** Whether the report has a table with this id (ReportData.table is not null), asked by every identity. */
    public boolean hasTable(String tableId) {
        if (tableIds == null) {
            List<cn.nianbao.model.report.DataTable> tables = report.getTables();
            tableIds = new String[tables.size()];
            for (int t = 0; t < tableIds.length; t++) {
                tableIds[t] = tables.get(t).getTableId();
            }
        }
        for (String id : tableIds) {
            if (tableId.equals(id)) {
                return true;
            }
        }
        return false;
    }

    private String[] tableIds;

    /** {@link Template#maxDecimals} read once per check (it goes through the catalogue's rules). */
    public int maxDecimals() {
        if (maxDecimals == Integer.MIN_VALUE) {
            maxDecimals = template.maxDecimals();
        }
        return maxDecimals;
    }

    private int maxDecimals = Integer.MIN_VALUE;

    /** Last year's cells by address, or null without a previous report. */
    public CellIndex previousCells() {
        if (previousCells == null && previous() != null) {
            previousCells = new CellIndex(previous());
        }
        return previousCells;
    }

    /** The figures the prose states, read once for the XS rules. */
    public ProseView prose() {
        if (prose == null) {
            prose = proseSource.apply(report);
        }
        return prose;
    }

    /** {@link ReportShape#alternatesInUse} of this report, worked out once per check. */
    public List<RowDef> alternatesInUse(TableLayout table) {
        return shape(table).alternatesInUse();
    }

    /** {@link ReportShape#expectedRows} of this report, worked out once per check. */
    public List<RowDef> expectedRows(TableLayout table) {
        return shape(table).expected().rows();
    }

    /** {@link ReportShape#expectedCells} of this report, worked out once per check. */
    public List<CellAddress> expectedCells(TableLayout table) {
        return shape(table).expected().cells();
    }

    /**
     * The slots in {@link #cells()} of {@link #expectedCells}, in the same order; -1 where the cell index
     * does not hold the cell by slot (a table of another template).
     */
    public int[] expectedSlots(TableLayout table) {
        return shape(table).slots();
    }

    /** Whether each slot of {@link #cells()} is one of {@link #expectedCells}. */
    public boolean[] expectedSlotMarks(TableLayout table) {
        return cells().slots().marks(expectedCells(table));
    }

    /** {@link #expectedCells} as a set, for the rules that ask whether a cell is one of them. */
    public java.util.Set<CellAddress> expectedCellSet(TableLayout table) {
        return shape(table).expected().cellSet();
    }

    private Shape shape(TableLayout table) {
        Shape shape = shapes.get(table.id());
        if (shape == null) {
            List<RowDef> alternates = List.copyOf(alternates(table));
            ReportShape.Expected expected = ReportShape.expected(table, alternates);
            shape = new Shape(alternates, expected, cells().slots().slots(expected.cells()));
            shapes.put(table.id(), shape);
        }
        return shape;
    }

    /** The alternate rows in use, from the rows the cell index saw filled when it knows the table. */
    private List<RowDef> alternates(TableLayout table) {
        List<RowDef> used = new java.util.ArrayList<>();
        for (RowDef row : table.dataRows()) {
            if (table.isAlternate(row)) {
                Boolean filled = cells().rowFilled(table, row);
                if (filled == null) {
                    return ReportShape.alternatesInUse(report, table);
                }
                if (filled) {
                    used.add(row);
                }
            }
        }
        return used;
    }

    public AnnualReport report() {
        return report;
    }

    public Template template() {
        return template;
    }

    public Names names() {
        return names;
    }

    public Messages messages() {
        return messages;
    }

    /** The severity the catalogue gives the rule; rules missing from the catalogue are not run at all. */
    public Severity severity(String ruleId) {
        RuleDef rule = template.rule(ruleId);
        return rule == null ? Severity.ERROR : rule.getSeverity();
    }

    public Diagnostic diagnostic(String ruleId, List<CellAddress> cells, String expected, String actual, Text message) {
        return diagnostic(ruleId, severity(ruleId), cells, expected, actual, message);
    }

    public Diagnostic diagnostic(String ruleId, Severity severity, List<CellAddress> cells, String expected,
            String actual, Text message) {
        return diagnostic(ruleId, severity, cells, expected, actual, null, message);
    }

    public Diagnostic diagnostic(String ruleId, Severity severity, List<CellAddress> cells, String expected,
            String actual, String formula, Text message) {
        return Diagnostic.worded(ruleId, severity, cells, expected, actual,
                () -> new Diagnostic.Words(formula, message.zh(), message.en()));
    }

    /**
     * The message in both languages from one key, formatted when first read.
     *
     * @param args strings and numbers (immutable: they are formatted later)
     */
    public Text text(String key, Object... args) {
        Object[] fixed = args.clone();
        return Text.later(() -> new Text(messages.zh(key, fixed), messages.en(key, fixed)));
    }

    /** The text of all sections, normalised (no whitespace, ASCII digits). */
    public String allText() {
        return prose().all();
    }
}
