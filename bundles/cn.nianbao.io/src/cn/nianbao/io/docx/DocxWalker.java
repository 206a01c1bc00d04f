package cn.nianbao.io.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import cn.nianbao.io.grid.DocumentLines;
import cn.nianbao.io.grid.TableGrid;

/**
 * Walks a Word document's body in order. A table whose cells hold no tables is a data table: gridSpan
 * widens a cell, a vMerge continuation is an empty position under the merged cell. A table that holds
 * tables is page layout and its cells are read as blocks.
 */
final class DocxWalker {

    private static final int MAX_DEPTH = 20;

    private final DocumentLines lines = new DocumentLines();

    List<String> lines(XWPFDocument document) {
        body(document.getBodyElements(), 0);
        return lines.lines();
    }

    private void body(List<IBodyElement> elements, int depth) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.text(paragraph.getText());
                lines.breakLine();
            } else if (element instanceof XWPFTable table) {
                table(table, depth);
            } else if (element instanceof XWPFSDT sdt) {
                lines.text(sdt.getContent().getText());
                lines.breakLine();
            }
        }
    }

    private void table(XWPFTable table, int depth) {
        if (isLayout(table)) {
            if (depth < MAX_DEPTH) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(cell.getBodyElements(), depth + 1);
                    }
                }
            }
            return;
        }
        TableGrid grid = new TableGrid();
        for (XWPFTableRow row : table.getRows()) {
            grid.startRow();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                grid.cell(isContinuation(properties) ? "" : text(cell), 1, span(properties));
            }
        }
        lines.table(grid);
    }

    private static boolean isLayout(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                if (!cell.getTables().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String text(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            text.append(text.isEmpty() ? "" : " ").append(paragraph.getText());
        }
        return text.toString();
    }

    private static int span(CTTcPr properties) {
        if (properties == null || !properties.isSetGridSpan() || properties.getGridSpan().getVal() == null) {
            return 1;
        }
        return properties.getGridSpan().getVal().intValue();
    }

    private static boolean isContinuation(CTTcPr properties) {
        return properties != null && properties.isSetVMerge()
                && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }
}
