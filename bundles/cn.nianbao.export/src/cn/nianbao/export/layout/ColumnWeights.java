package cn.nianbao.export.layout;

import cn.nianbao.model.format.PrintedCell;

/**
 * Relative column widths for a printed table, from its own labels: a column is as wide as the longest label
 * that sits in it alone wants, damped so that a 40-character row label does not starve the number columns.
 * Page writers (DOCX, PDF) scale these to the text width.
 */
public final class ColumnWeights {

    private static final int MIN_CHARS = 4;
    private static final int MAX_CHARS = 24;
    private static final double DAMPING = 0.7;

    private ColumnWeights() {
    }

    /** Fractions of the table width, one per grid column, adding up to 1. */
    public static double[] of(PrintedTable table) {
        int[] chars = new int[table.columnCount()];
        java.util.Arrays.fill(chars, MIN_CHARS);
        for (PrintedCell cell : table.cells()) {
            if (cell.columnSpan() == 1 && cell.kind() != PrintedCell.Kind.CORNER) {
                String text = table.text(cell);
                int length = Math.min(MAX_CHARS, text.codePointCount(0, text.length()));
                chars[cell.column()] = Math.max(chars[cell.column()], length);
            }
        }
        double[] weights = new double[chars.length];
        double sum = 0;
        for (int i = 0; i < chars.length; i++) {
            weights[i] = Math.pow(chars[i], DAMPING);
            sum += weights[i];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        return weights;
    }
}
