package cn.nianbao.io.internal;

import java.io.IOException;
import java.math.BigDecimal;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportReport;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportImporter;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TemplateFolder;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;

/**
 * Reads Nianbao's own file format, so that every caller of the importer registry (check, export, the
 * repository's folder import, the workbench's Open and drop) takes a saved report as it takes a published one.
 * Recognised by its namespace, not by its name: a renamed .nianbao file still opens.
 */
public final class NativeImporter implements ReportImporter {

    /**
     * Counts and amounts of a report have at most this many digits before the point and this many after;
     * a file is free to say 1E+999999999, and summing or printing that would exhaust memory.
     */
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_FRACTION_DIGITS = 10;

    @Override
    public String name() {
        return NativeFormat.EXTENSION;
    }

    @Override
    public boolean canRead(byte[] content, String fileName) {
        return content != null && NativeFormat.looksNative(content);
    }

    @Override
    public ImportResult read(byte[] content, String fileName) throws ImportException {
        return ImportGuard.run(fileName, ImportGuard.TIME_LIMIT_MILLIS, () -> {
            // XMI never needs a document type; one could pull in outside entities (XXE) or expand without end
            if (new String(content, java.nio.charset.StandardCharsets.ISO_8859_1).contains("<!DOCTYPE")) {
                throw Messages.exception("file.nativeDamaged", fileName);
            }
            AnnualReport report;
            try {
                report = NativeFormat.fromBytes(content);
            } catch (IOException e) {
                throw Messages.exception("file.nativeDamaged", fileName);
            }
            refuseOutOfRange(report, fileName);
            ImportReport notes = new ImportReport();
            noteUnknownTemplate(report, notes);
            return new ImportResult(report, notes);
        });
    }

    /**
     * A report made with a template that is not installed here (a province's variant, a newer format) is read
     * in the national layout of its version: cells of the other template's own rows and columns are not shown
     * or checked, which the user must be told.
     */
    private static void noteUnknownTemplate(AnnualReport report, ImportReport notes) {
        String key = report.getTemplateKey();
        if (key != null && !key.isEmpty() && FormatCatalogue.template(key) == null) {
            String national = FormatCatalogue.template(report).definition().getName();
            notes.add(Messages.note(ImportNote.Kind.DEVIATION, null, null, 0, "template.notInstalled", key, national,
                    TemplateFolder.NAME));
        }
    }

    private static void refuseOutOfRange(AnnualReport report, String fileName) throws ImportException {
        for (DataTable table : report.getTables()) {
            for (Cell cell : table.getCells()) {
                BigDecimal value = cell.getValue();
                if (value != null && (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_FRACTION_DIGITS)) {
                    String shown = value.toString(); // scientific for such values, so it stays short
                    throw Messages.exception("file.valueOutOfRange", fileName,
                            table.getTableId() + "/" + cell.getRow() + "/" + cell.getColumn(),
                            shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
                }
            }
        }
    }
}
