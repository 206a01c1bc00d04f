package cn.nianbao.io.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportReport;
import cn.nianbao.io.internal.Messages;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.format.Labels;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;
import cn.nianbao.model.report.LabelAxis;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.SourceLabel;
import cn.nianbao.model.text.CellText;

/** What the table readers share: the lines, the report being filled, its template and the notes. */
final class ImportContext {

    private final List<String> lines;
    private final AnnualReport report;
    private final ImportReport notes;
    private Template template;
    /**
     * The cells written so far, by address: readers write a cell more than once (a better reading replaces a
     * first one), and finding it again by scanning a table's cells was a twentieth of a text import. Every
     * cell of an import is written here, so an address not in it is not in the report yet and is added
     * without looking (the look-up scanned the table: quadratic in its cells, a tenth of a text import).
     */
    private final Map<CellAddress, Cell> written = new HashMap<>();
    /** The report's tables by id: every cell written looked its table up in the report's list. */
    private final Map<String, DataTable> tables = new HashMap<>();

    ImportContext(List<String> lines, AnnualReport report, ImportReport notes) {
        this.lines = lines;
        this.report = report;
        this.notes = notes;
    }

    List<String> lines() {
        return lines;
    }

    AnnualReport report() {
        return report;
    }

    Template template() {
        return template;
    }

    void template(Template template) {
        this.template = template;
    }

    void note(ImportNote.Kind kind, String table, String element, int line, String key, Object... args) {
        notes.add(Messages.note(kind, table, element, line, key, args));
    }

    /** Writes one cell as the source printed it: blank, a number, or text such as "/" (value null). */
    void cell(String table, String row, String column, CellText cell) {
        CellAddress address = new CellAddress(table, row, column);
        Cell target = written.get(address);
        if (target == null) {
            target = ReportFactory.eINSTANCE.createCell();
            target.setRow(row);
            target.setColumn(column);
            tables.computeIfAbsent(table, id -> ReportData.tableCreating(report, id)).getCells().add(target);
            written.put(address, target);
        }
        target.setValue(cell.value());
        target.setText(cell.text());
    }

    /** Records a row or column label as printed, for LBL-01. */
    void label(String table, LabelAxis axis, String elementId, String printed, int line) {
        String text = Labels.printed(printed);
        if (text.isEmpty()) {
            return;
        }
        SourceLabel label = ReportFactory.eINSTANCE.createSourceLabel();
        label.setTableId(table);
        label.setAxis(axis);
        label.setElementId(elementId);
        label.setText(text);
        label.setLine(line);
        report.getSourceLabels().add(label);
    }
}
