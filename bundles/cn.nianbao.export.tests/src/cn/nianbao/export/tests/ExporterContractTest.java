package cn.nianbao.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.nianbao.export.ExportOptions;
import cn.nianbao.export.Exporters;
import cn.nianbao.export.ReportExporter;
import cn.nianbao.export.layout.ExportTexts;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.catalogue.AxisNode;
import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.validation.Validator;

/**
 * The contract every document exporter keeps (in the manner of Passage's contract tests): each subclass
 * supplies the exporter and a reader independent of it; the final tests run over the seed and every corpus
 * report. Text is compared with all whitespace removed, because documents wrap lines.
 */
abstract class ExporterContractTest {

    private static final Map<String, ExportedView> VIEWS = new ConcurrentHashMap<>();

    protected abstract ReportExporter exporter();

    protected abstract ExportedView read(byte[] bytes);

    /**
     * Whether a cell with a value is written as a number even when the report printed a unit beside it: a
     * spreadsheet keeps numbers summable; a document in the official layout prints what the report printed.
     */
    protected boolean keepsNumbersAsNumbers() {
        return false;
    }

    /** Whether {@link ExportOptions#includeDiagnostics()} adds an appendix to this format. */
    protected boolean hasAppendix() {
        return true;
    }

    static Stream<Named<AnnualReport>> reports() {
        return TestReports.all().stream();
    }

    static Stream<Named<TestReports.Sample>> samples() {
        return TestReports.samples().stream();
    }

    @ParameterizedTest
    @MethodSource("reports")
    final void titleHeadingsAndCaptionsAppear(AnnualReport report) {
        String text = compact(view(report).text());
        Template template = FormatCatalogue.template(report.getTemplateVersion());
        List<String> expected = new ArrayList<>(List.of(report.getTitle()));
        for (SectionDef section : template.sections()) {
            expected.add(section.getHeading());
            section.getSubsections().forEach(sub -> expected.add(sub.getHeading()));
        }
        template.tables().forEach(table -> expected.add(table.definition().getCaption()));
        for (String heading : expected) {
            assertTrue(text.contains(compact(heading)), () -> "missing heading or caption: " + heading);
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    final void everyParagraphAppears(AnnualReport report) {
        String text = compact(view(report).text());
        for (TextSection section : report.getSections()) {
            for (String line : section.getBody().split("\\R")) {
                assertTrue(text.contains(compact(line)), () -> "missing text of " + section.getKey() + ": " + line);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    final void everyRowAndColumnLabelAppears(TestReports.Sample sample) {
        AnnualReport report = sample.report();
        String text = compact(view(report).text());
        for (TableLayout table : FormatCatalogue.template(report.getTemplateVersion()).tables()) {
            for (ExpectedCells.Expected cell : ExpectedCells.of(sample.expected()::printed, table)) {
                AxisNode column = table.column(cell.address().column());
                assertTrue(text.contains(compact(cell.rowLabel())), () -> "missing row label " + cell.rowLabel());
                assertTrue(text.contains(compact(column.getLabel())), () -> "missing column label " + column.getLabel());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    final void everyValueIsInItsCellAndBlanksStayEmpty(TestReports.Sample sample) {
        AnnualReport report = sample.report();
        ExportedView view = view(report);
        if (view.grids() == null) {
            assertEquals(numbersInPrintOrder(sample), numberTokens(view.text()), "the numbers of the tables, in print order");
            return;
        }
        List<TableLayout> tables = FormatCatalogue.template(report.getTemplateVersion()).tables();
        assertEquals(tables.size(), view.grids().size(), "one table per table of the format");
        for (int t = 0; t < tables.size(); t++) {
            List<List<String>> grid = view.grids().get(t);
            for (ExpectedCells.Expected cell : ExpectedCells.of(sample.expected()::printed, tables.get(t))) {
                String actual = actualText(grid, tables.get(t), cell);
                assertTrue(sameValue(cell.text(), actual), () -> cell.address() + ": expected \"" + cell.text() + "\" but the cell holds \""
                        + actual + "\"");
            }
        }
    }

    /**
     * A cell keeps what the report printed: "251000元" (a value with the unit the filer typed, format.md's
     * annotated cells) and "/" (no value) are shown as printed, never as the bare number or as blank.
     */
    @Test
    final void aCellShowsWhatTheReportPrinted() throws IOException {
        AnnualReport report = TestReports.seed();
        TableLayout table = FormatCatalogue.template(report.getTemplateVersion()).table("T3");
        CellAddress withUnit = new CellAddress("T3", "R01", "C1");
        CellAddress slash = new CellAddress("T3", "R01", "C2");
        ReportData.setText(report, withUnit, "251000元").setValue(new BigDecimal("251000"));
        ReportData.setText(report, slash, "/");
        ExportedView view = read(export(report, ExportOptions.DEFAULTS));
        if (view.grids() == null) {
            String text = compact(view.text());
            assertTrue(text.contains("251000元"), "the amount with its unit, as printed");
            return;
        }
        List<String> ids = FormatCatalogue.template(report.getTemplateVersion()).tables().stream().map(TableLayout::id).toList();
        List<List<String>> grid = view.grids().get(ids.indexOf("T3"));
        String label = table.row("R01").getLabel();
        List<String> cells = ExpectedCells.rightOf(grid, label, table.columnsOf(table.row("R01")).size());
        assertNotNull(cells, "the row " + label);
        assertEquals(keepsNumbersAsNumbers() ? "251000" : "251000元", cells.get(0).strip());
        assertEquals("/", cells.get(1).strip());
    }

    @Test
    final void isRegisteredUnderItsFormat() {
        ReportExporter registered = Exporters.forFormat(exporter().format()).orElseThrow();
        assertSame(exporter().getClass(), registered.getClass());
        assertEquals(exporter().format(), registered.format());
    }

    @Test
    final void diagnosticsAppendixOnlyOnRequest() throws IOException {
        AnnualReport report = TestReports.seed();
        String heading = compact(ExportTexts.get("appendix.heading"));
        String plain = compact(read(export(report, ExportOptions.DEFAULTS)).text());
        String review = compact(read(export(report, ExportOptions.DEFAULTS.withDiagnostics(true))).text());
        if (!hasAppendix()) {
            return;
        }
        assertFalse(plain.contains(heading), "the published document has no appendix");
        assertTrue(review.contains(heading), "the review copy has the appendix");
        new Validator().check(report).forEach(d -> assertTrue(review.contains(d.ruleId()), "appendix lists " + d.ruleId()));
    }

    private static String actualText(List<List<String>> grid, TableLayout table, ExpectedCells.Expected cell) {
        if (ExpectedCells.oneLine(table)) {
            List<String> line = ExpectedCells.lastLine(grid);
            int index = cell.rowIndex() * cell.columns() + cell.position();
            return index < line.size() ? line.get(index) : null;
        }
        List<String> right = ExpectedCells.rightOf(grid, cell.rowLabel(), cell.columns());
        assertNotNull(right, () -> "no row labelled " + cell.rowLabel() + " with " + cell.columns() + " cells");
        return right.get(cell.position());
    }

    static boolean sameValue(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        String a = actual.strip();
        try {
            return new BigDecimal(expected).compareTo(new BigDecimal(a)) == 0;
        } catch (NumberFormatException e) {
            return expected.equals(a);
        }
    }

    private static List<String> numbersInPrintOrder(TestReports.Sample sample) {
        List<String> numbers = new ArrayList<>();
        for (TableLayout table : FormatCatalogue.template(sample.report().getTemplateVersion()).tables()) {
            ExpectedCells.of(sample.expected()::printed, table).stream().map(ExpectedCells.Expected::text).filter(t -> t.matches("-?\\d+(\\.\\d+)?"))
                    .forEach(numbers::add);
        }
        return numbers;
    }

    private static List<String> numberTokens(String text) {
        return Stream.of(text.split("\\s+")).filter(t -> t.matches("-?\\d+(\\.\\d+)?")).toList();
    }

    static String compact(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }

    private ExportedView view(AnnualReport report) {
        String key = getClass().getSimpleName() + "/" + report.getTitle();
        return VIEWS.computeIfAbsent(key, k -> {
            try {
                return read(export(report, ExportOptions.DEFAULTS));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    protected final byte[] export(AnnualReport report, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter().write(report, out, options);
        return out.toByteArray();
    }
}
