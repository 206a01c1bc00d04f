package cn.nianbao.export.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import cn.nianbao.export.layout.ExportTexts;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.report.AnnualReport;

/**
 * Writes a total cell so that the sheet keeps adding up when edited, without silently correcting the report:
 * <ul>
 * <li>printed total equals the sum of its parts: the cell is the formula {@code =SUM(...)};</li>
 * <li>printed total differs: the cell keeps the printed number, shaded, with a comment giving the sum and the
 * formula to put in once the figure is checked;</li>
 * <li>total left blank: the cell stays blank (never 0), with a comment when its parts hold numbers.</li>
 * </ul>
 * Every total cell also gets a conditional format that shades it whenever it differs from the sum of its parts,
 * so a later edit that breaks an identity shows at once.
 */
final class TotalWriter {

    private final XSSFSheet sheet;
    private final XlsxStyles styles;
    private final TotalCells totals;

    TotalWriter(XSSFSheet sheet, XlsxStyles styles, TotalCells totals) {
        this.sheet = sheet;
        this.styles = styles;
        this.totals = totals;
    }

    /** Writes the cell if it is a total; false when it is an ordinary value cell. */
    boolean write(Cell cell, PrintedCell printed, String text, AnnualReport report) {
        List<PrintedCell> addends = totals.addends(printed);
        if (addends.isEmpty()) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean anyPart = false;
        for (PrintedCell part : addends) {
            BigDecimal value = ReportData.value(report, part.address());
            if (value != null) {
                sum = sum.add(value);
                anyPart = true;
            }
        }
        String formula = "SUM(" + references(addends) + ")";
        BigDecimal value = ReportData.value(report, printed.address());
        if (value != null && value.compareTo(sum) == 0) {
            cell.setCellFormula(formula);
            cell.setCellStyle(styles.number(Math.max(0, value.scale()), false));
        } else if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.number(Math.max(0, value.scale()), true));
            comment(cell, ExportTexts.get("total.differs", value.toPlainString(), sum.toPlainString(), "=" + formula));
        } else {
            if (!text.isEmpty()) {
                cell.setCellValue(text);
            }
            if (anyPart) {
                cell.setCellStyle(styles.number(0, true));
                comment(cell, ExportTexts.get("total.blank", sum.toPlainString(), "=" + formula));
            }
        }
        highlightWhenOff(cell, formula);
        return true;
    }

    private void comment(Cell cell, String text) {
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        XSSFComment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(new XSSFRichTextString(text));
        comment.setAuthor("Nianbao");
        cell.setCellComment(comment);
    }

    private void highlightWhenOff(Cell cell, String formula) {
        String self = new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString();
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule("N(" + self + ")<>" + formula);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.CORAL.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        formatting.addConditionalFormatting(new CellRangeAddress[] {
            new CellRangeAddress(cell.getRowIndex(), cell.getRowIndex(), cell.getColumnIndex(), cell.getColumnIndex()) }, rule);
    }

    /** The parts as A1 references, consecutive cells of one row or one column joined into a range. */
    private static String references(List<PrintedCell> parts) {
        List<String> refs = new ArrayList<>();
        int i = 0;
        while (i < parts.size()) {
            int j = i;
            while (j + 1 < parts.size() && next(parts.get(j), parts.get(j + 1))) {
                j++;
            }
            String from = reference(parts.get(i));
            refs.add(i == j ? from : from + ":" + reference(parts.get(j)));
            i = j + 1;
        }
        return String.join(",", refs);
    }

    private static boolean next(PrintedCell a, PrintedCell b) {
        return a.row() == b.row() && b.column() == a.column() + 1 || a.column() == b.column() && b.row() == a.row() + 1;
    }

    private static String reference(PrintedCell cell) {
        return new CellReference(XlsxTableSheet.FIRST_ROW + cell.row(), cell.column()).formatAsString();
    }
}
