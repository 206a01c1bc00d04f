package cn.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;

import cn.nianbao.export.xlsx.XlsxWorkbookWriter;
import cn.nianbao.model.report.AnnualReport;

/**
 * Excel (XLSX, Apache POI): one sheet per table with the official merged headers and formulas for the totals,
 * and the sheet 检查结果 with the open findings of the checks (always: the workbook is a working copy).
 */
public final class XlsxExporter implements ReportExporter {

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(AnnualReport report, OutputStream out) throws IOException {
        XlsxWorkbookWriter.write(report, OpenDiagnostics.of(report), out);
    }
}
