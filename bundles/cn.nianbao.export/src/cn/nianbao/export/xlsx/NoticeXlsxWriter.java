package cn.nianbao.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.nianbao.export.notice.Notice;
import cn.nianbao.export.notice.NoticeLine;
import cn.nianbao.export.notice.NoticeTexts;
import cn.nianbao.export.notice.NoticeUnit;

/**
 * A 通报 as an Excel workbook a 公开办 sorts and filters: the scores (one row per unit, numbers as numbers),
 * every finding with its points and 整改建议, and units × rules with the number of findings.
 */
public final class NoticeXlsxWriter {

    private static final String[] SCORE_COLUMNS = { "col.unit", "col.year", "col.source", "col.score", "col.maximum",
            "col.deducted", "col.forPerson" };
    private static final int[] SCORE_WIDTHS = { 30, 6, 30, 8, 8, 8, 10 };
    private static final String[] FINDING_COLUMNS = { "col.unit", "col.item", "col.rule", "col.treatment",
            "col.points", "col.evidence", "col.remedy" };
    private static final int[] FINDING_WIDTHS = { 30, 30, 9, 16, 7, 60, 50 };

    private final boolean chinese;
    private final XlsxStyles styles;

    private NoticeXlsxWriter(boolean chinese, XlsxStyles styles) {
        this.chinese = chinese;
        this.styles = styles;
    }

    public static void write(Notice notice, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            NoticeXlsxWriter writer = new NoticeXlsxWriter(notice.chinese(), new XlsxStyles(workbook));
            writer.scores(workbook.createSheet(writer.text("sheet.scores")), notice);
            writer.findings(workbook.createSheet(writer.text("sheet.findings")), notice);
            writer.matrix(workbook.createSheet(writer.text("sheet.matrix")), notice);
            workbook.write(out);
        }
    }

    private void scores(XSSFSheet sheet, Notice notice) {
        header(sheet, SCORE_COLUMNS, SCORE_WIDTHS);
        int r = 1;
        for (NoticeUnit unit : notice.units()) {
            Row row = sheet.createRow(r++);
            text(row, 0, unit.unit());
            number(row, 1, BigDecimal.valueOf(unit.year()));
            text(row, 2, unit.source());
            number(row, 3, unit.score());
            number(row, 4, unit.maximum());
            number(row, 5, unit.maximum().subtract(unit.score()));
            number(row, 6, BigDecimal.valueOf(unit.forPerson()));
        }
    }

    private void findings(XSSFSheet sheet, Notice notice) {
        header(sheet, FINDING_COLUMNS, FINDING_WIDTHS);
        int r = 1;
        for (NoticeUnit unit : notice.units()) {
            for (NoticeLine line : unit.lines()) {
                Row row = sheet.createRow(r++);
                text(row, 0, unit.unit());
                text(row, 1, line.item());
                text(row, 2, line.rule());
                text(row, 3, line.treatment());
                number(row, 4, line.points());
                text(row, 5, line.evidence());
                text(row, 6, line.remedy());
            }
        }
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0,
                FINDING_COLUMNS.length - 1));
    }

    /** Rows: units; columns: every rule some unit has a finding of; a cell: how many. */
    private void matrix(XSSFSheet sheet, Notice notice) {
        TreeSet<String> rules = new TreeSet<>();
        notice.units().forEach(u -> u.lines().stream().map(NoticeLine::rule).filter(java.util.Objects::nonNull)
                .forEach(rules::add));
        Row header = sheet.createRow(0);
        styled(header.createCell(0), text("col.unit"), true);
        sheet.setColumnWidth(0, 30 * 256 * 2);
        int c = 1;
        for (String rule : rules) {
            styled(header.createCell(c), rule, true);
            sheet.setColumnWidth(c++, 9 * 256);
        }
        int r = 1;
        for (NoticeUnit unit : notice.units()) {
            Map<String, Integer> counts = new TreeMap<>();
            unit.lines().stream().map(NoticeLine::rule).filter(java.util.Objects::nonNull)
                    .forEach(rule -> counts.merge(rule, 1, Integer::sum));
            Row row = sheet.createRow(r++);
            text(row, 0, unit.unit());
            c = 1;
            for (String rule : rules) {
                Integer count = counts.get(rule);
                if (count != null) {
                    number(row, c, BigDecimal.valueOf(count));
                }
                c++;
            }
        }
        styled(sheet.createRow(r + 1).createCell(0), text("matrix.note"), false);
        sheet.createFreezePane(1, 1);
    }

    private void header(XSSFSheet sheet, String[] keys, int[] widths) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < keys.length; c++) {
            styled(header.createCell(c), text(keys[c]), true);
            sheet.setColumnWidth(c, widths[c] * 256 * 2);
        }
        sheet.createFreezePane(0, 1);
    }

    private void text(Row row, int column, String value) {
        styled(row.createCell(column), value, false);
    }

    private void styled(Cell cell, String value, boolean header) {
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(styles.plain(header));
    }

    /** A number cell Excel can add up; left blank when there is no number (blank is not zero). */
    private void number(Row row, int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(styles.plain(false));
    }

    private String text(String key) {
        return NoticeTexts.get(chinese, key);
    }
}
