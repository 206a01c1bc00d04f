package cn.nianbao.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.nianbao.export.layout.ExportTexts;
import cn.nianbao.export.layout.OpenDiagnostic;
import cn.nianbao.export.layout.PrintedTable;
import cn.nianbao.export.layout.PrintedTables;
import cn.nianbao.export.layout.ReportOutline;
import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.report.AnnualReport;

/**
 * The report as a workbook: the sheet 正文 (the text), one sheet per table named after its section (表二, 表三,
 * 表四), and the sheet 检查结果. Formula results are computed before saving, so that a reader that does not recalculate
 * (a viewer, a script) sees the same numbers as Excel.
 */
public final class XlsxWorkbookWriter {

    private XlsxWorkbookWriter() {
    }

    public static void write(AnnualReport report, List<OpenDiagnostic> diagnostics, OutputStream out) throws IOException {
        Template template = FormatCatalogue.template(report);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            XSSFSheet text = workbook.createSheet(ExportTexts.get("sheet.text"));
            XlsxTextSheet.write(text, styles, ReportOutline.of(report, null), table -> sheetName(template, table));
            XlsxPrintSetup.text(text);
            for (PrintedTable table : PrintedTables.of(report)) {
                new XlsxTableSheet(workbook.createSheet(sheetName(template, table)), styles).write(report, table);
            }
            XSSFSheet checks = workbook.createSheet(ExportTexts.get("sheet.diagnostics"));
            XlsxDiagnosticsSheet.write(checks, styles, diagnostics);
            XlsxPrintSetup.text(checks);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.write(out);
        }
    }

    /** "表" and the ordinal of the table's section heading (二、主动公开… → 表二); the table id otherwise. */
    static String sheetName(Template template, PrintedTable table) {
        for (SectionDef section : template.sections()) {
            String heading = section.getHeading();
            if (section.getKey().equals(table.section()) && heading != null && heading.indexOf('、') > 0) {
                return "表" + heading.substring(0, heading.indexOf('、'));
            }
        }
        return table.id();
    }
}
