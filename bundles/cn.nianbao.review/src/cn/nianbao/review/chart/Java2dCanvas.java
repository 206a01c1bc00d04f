package cn.nianbao.review.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Draws on a Java2D graphics (an offscreen image: no window, works headless), with a CJK font. */
final class Java2dCanvas implements Canvas {

    private final Graphics2D g;
    private final Font base;

    Java2dCanvas(Graphics2D g) {
        this.g = g;
        this.base = CjkFonts.base();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    @Override
    public void rect(double x, double y, double width, double height, int fill) {
        g.setColor(new Color(fill));
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int colour, double width) {
        g.setColor(new Color(colour));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void circle(double cx, double cy, double r, int fill) {
        g.setColor(new Color(fill));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void text(String text, double x, double y, double size, int colour, Anchor anchor, boolean bold) {
        g.setFont(base.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) size));
        g.setColor(new Color(colour));
        double width = textWidth(text, size);
        double start = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        g.drawString(text, (float) start, (float) y);
    }

    @Override
    public double textWidth(String text, double size) {
        return g.getFontMetrics(base.deriveFont((float) size)).getStringBounds(text, g).getWidth();
    }
}
