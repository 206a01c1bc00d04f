package cn.nianbao.export.tests;

import java.util.List;

/**
 * An exported document read back by a reader independent of the writer (POI, PDFBox, jsoup): its text, and
 * for formats that have table cells, each table as a grid in which a spanned position holds null and only
 * the top-left position of a cell holds its text.
 */
interface ExportedView {

    String text();

    /** The tables in document order, or null when the format has no cells (PDF). */
    List<List<List<String>>> grids();
}
