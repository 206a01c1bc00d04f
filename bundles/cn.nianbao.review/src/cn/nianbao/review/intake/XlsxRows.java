package cn.nianbao.review.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The rows of the first sheet of an Excel workbook (.xlsx), each cell as Excel shows it. */
final class XlsxRows {

    private XlsxRows() {
    }

    static List<List<String>> parse(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int col = 0; col < row.getLastCellNum(); col++) {
                        Cell cell = row.getCell(col);
                        cells.add(cell == null ? "" : shown.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
