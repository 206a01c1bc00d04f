package cn.nianbao.export.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import cn.nianbao.export.layout.ExportTexts;
import cn.nianbao.export.layout.OpenDiagnostic;

/** The sheet 检查结果: one row per open finding of the checks, in both languages. */
final class XlsxDiagnosticsSheet {

    private static final String[] COLUMNS = {"rule", "severity", "cells", "expected", "actual", "formula", "messageZh", "messageEn"};
    private static final int[] WIDTHS = {10, 6, 28, 8, 8, 30, 60, 60};

    private XlsxDiagnosticsSheet() {
    }

    static void write(XSSFSheet sheet, XlsxStyles styles, List<OpenDiagnostic> diagnostics) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < COLUMNS.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(ExportTexts.get("diagnostics." + COLUMNS[c]));
            cell.setCellStyle(styles.plain(true));
            sheet.setColumnWidth(c, WIDTHS[c] * 256 * 2);
        }
        int r = 1;
        for (OpenDiagnostic d : diagnostics) {
            Row row = sheet.createRow(r++);
            String[] values = {d.ruleId(), d.severityZh(), d.cellsText(), d.expected(), d.actual(), d.formula(), d.messageZh(),
                d.messageEn()};
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                if (values[c] != null) {
                    cell.setCellValue(values[c]);
                }
                cell.setCellStyle(styles.plain(false));
            }
        }
        sheet.createFreezePane(0, 1);
    }
}
