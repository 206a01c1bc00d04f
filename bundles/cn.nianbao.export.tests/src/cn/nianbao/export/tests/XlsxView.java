package cn.nianbao.export.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSX read back with POI: the sheet names and cell texts as text, and each table sheet (表二, 表三, 表四) as a
 * grid below its caption row, merged regions expanded. Formula cells read their cached result.
 */
record XlsxView(String text, List<List<List<String>>> grids) implements ExportedView {

    static XlsxView read(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            List<List<List<String>>> grids = new ArrayList<>();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                text.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(text(cell)).append('\t');
                    }
                    text.append('\n');
                }
                if (sheet.getSheetName().startsWith("表")) {
                    grids.add(grid(sheet));
                }
            }
            return new XlsxView(text.toString(), grids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> grid(XSSFSheet sheet) {
        List<List<String>> grid = new ArrayList<>();
        int columns = 0;
        for (Row row : sheet) {
            columns = Math.max(columns, row.getLastCellNum());
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            List<String> cells = new ArrayList<>();
            Row row = sheet.getRow(r);
            for (int c = 0; c < columns; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                cells.add(spanned(sheet, r, c) ? null : cell == null ? "" : text(cell));
            }
            grid.add(cells);
        }
        return grid;
    }

    private static boolean spanned(XSSFSheet sheet, int r, int c) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(r, c) && (region.getFirstRow() != r || region.getFirstColumn() != c)) {
                return true;
            }
        }
        return false;
    }

    static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }
}
