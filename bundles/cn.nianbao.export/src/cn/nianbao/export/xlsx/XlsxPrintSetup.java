package cn.nianbao.export.xlsx;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How a sheet prints: on A4, one page wide (as many pages down as it takes), and for a table its caption and
 * header rows again at the top of every page, so that a page of 表三 that starts in the middle still says
 * which column is which. Tables print across the page (landscape): the official tables are wider than tall
 * per row and fit at full size that way.
 */
final class XlsxPrintSetup {

    private XlsxPrintSetup() {
    }

    static void table(XSSFSheet sheet, int lastHeaderRow) {
        onePageWide(sheet, true);
        sheet.setRepeatingRows(new CellRangeAddress(0, lastHeaderRow, -1, -1));
    }

    static void text(XSSFSheet sheet) {
        onePageWide(sheet, false);
    }

    private static void onePageWide(XSSFSheet sheet, boolean landscape) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        // 0: as many pages down as the sheet needs
        setup.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
    }
}
