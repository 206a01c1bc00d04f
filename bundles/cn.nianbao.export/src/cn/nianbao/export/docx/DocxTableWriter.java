package cn.nianbao.export.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import cn.nianbao.export.layout.ColumnWeights;
import cn.nianbao.export.layout.PrintedTable;
import cn.nianbao.model.format.PrintedCell;

/**
 * One printed table as a Word table: a fixed grid, horizontal spans as gridSpan, vertical spans as vMerge
 * (restart in the first row, continue below), header rows repeated on every page, numbers right-aligned and
 * blank cells left empty.
 */
final class DocxTableWriter {

    private final XWPFDocument document;
    private final int widthTwips;

    DocxTableWriter(XWPFDocument document, int widthTwips) {
        this.document = document;
        this.widthTwips = widthTwips;
    }

    void write(PrintedTable printed) {
        XWPFParagraph caption = document.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.setKeepNext(true);
        DocxParagraphs.text(caption, printed.caption(), DocxFonts.CAPTION);
        XWPFTable table = document.createTable();
        table.removeRow(0);
        int[] widths = widths(printed);
        grid(table, widths);
        table.setWidth(widthTwips);
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        for (int r = 0; r < printed.rowCount(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            row.setCantSplitRow(true);
            if (r < printed.headerRows()) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < printed.columnCount();) {
                PrintedCell cell = printed.at(r, c);
                c += cell == null ? 1 : cell.columnSpan();
                writeCell(row.createCell(), cell, cell == null ? "" : printed.text(cell), r, widths);
            }
        }
        document.createParagraph();
    }

    private int[] widths(PrintedTable printed) {
        double[] weights = ColumnWeights.of(printed);
        int[] widths = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = (int) Math.round(weights[i] * widthTwips);
        }
        return widths;
    }

    private static void grid(XWPFTable table, int[] widths) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.getCTTbl().getTblPr().addNewTblLayout().setType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
    }

    private static void writeCell(XWPFTableCell target, PrintedCell cell, String text, int row, int[] widths) {
        CTTcPr pr = target.getCTTc().isSetTcPr() ? target.getCTTc().getTcPr() : target.getCTTc().addNewTcPr();
        target.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        if (cell == null) {
            return;
        }
        int width = 0;
        for (int c = cell.column(); c <= cell.lastColumn(); c++) {
            width += widths[c];
        }
        pr.addNewTcW().setW(BigInteger.valueOf(width));
        pr.getTcW().setType(STTblWidth.DXA);
        if (cell.columnSpan() > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.columnSpan()));
        }
        if (cell.rowSpan() > 1) {
            pr.addNewVMerge().setVal(cell.row() == row ? STMerge.RESTART : STMerge.CONTINUE);
        }
        if (cell.row() != row) {
            return;
        }
        XWPFParagraph paragraph = target.getParagraphs().get(0);
        paragraph.setAlignment(alignment(cell));
        paragraph.setSpacingAfter(0);
        if (!text.isEmpty()) {
            DocxParagraphs.text(paragraph, text, cell.kind() == PrintedCell.Kind.CAPTION ? DocxFonts.CAPTION : DocxFonts.TABLE);
        }
    }

    private static ParagraphAlignment alignment(PrintedCell cell) {
        return switch (cell.kind()) {
            case DATA -> ParagraphAlignment.RIGHT;
            case ROW_HEADER -> ParagraphAlignment.LEFT;
            default -> ParagraphAlignment.CENTER;
        };
    }
}
