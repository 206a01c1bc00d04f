package cn.nianbao.export.layout;

import java.util.Comparator;

/** Orderings of printed cells. */
final class Cells {

    static final Comparator<PrintedCell> READING_ORDER = Comparator.comparingInt(PrintedCell::row)
            .thenComparingInt(PrintedCell::column);

    private Cells() {
    }
}
