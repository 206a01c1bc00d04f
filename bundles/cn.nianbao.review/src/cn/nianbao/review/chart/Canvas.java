package cn.nianbao.review.chart;

/**
 * The few drawing operations a chart needs, so that one painter draws both the PNG (Java2D) and the SVG.
 * Colours are 0xRRGGBB; coordinates are pixels from the top left.
 */
public interface Canvas {

    enum Anchor {
        START, MIDDLE, END
    }

    void rect(double x, double y, double width, double height, int fill);

    void line(double x1, double y1, double x2, double y2, int colour, double width);

    void circle(double cx, double cy, double r, int fill);

    void text(String text, double x, double y, double size, int colour, Anchor anchor, boolean bold);

    /** The width the text takes at this size (approximate for SVG). */
    double textWidth(String text, double size);
}
