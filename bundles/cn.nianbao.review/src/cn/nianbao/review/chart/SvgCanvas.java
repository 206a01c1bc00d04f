package cn.nianbao.review.chart;

import java.util.Locale;

import cn.nianbao.model.text.Markup;

/** Writes the drawing as SVG 1.1 text; the viewer picks a Chinese font from the family list. */
final class SvgCanvas implements Canvas {

    static final String FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', SimSun, sans-serif";

    private final StringBuilder svg = new StringBuilder();

    SvgCanvas(int width, int height) {
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\" font-family=\"%s\">\n", width, height, width, height, FONTS));
    }

    @Override
    public void rect(double x, double y, double width, double height, int fill) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#%06X\"/>\n",
                x, y, width, height, fill));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int colour, double width) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#%06X\""
                + " stroke-width=\"%.1f\" stroke-linecap=\"round\"/>\n", x1, y1, x2, y2, colour, width));
    }

    @Override
    public void circle(double cx, double cy, double r, int fill) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#%06X\"/>\n", cx, cy, r, fill));
    }

    @Override
    public void text(String text, double x, double y, double size, int colour, Anchor anchor, boolean bold) {
        String position = switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\" fill=\"#%06X\""
                + " text-anchor=\"%s\"%s>%s</text>\n", x, y, size, colour, position, bold ? " font-weight=\"bold\"" : "",
                Markup.escape(text)));
    }

    /** Chinese characters are about one em wide, Latin ones about half. */
    @Override
    public double textWidth(String text, double size) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? 0.55 : 1.0;
        }
        return width * size;
    }

    String finish() {
        return svg.append("</svg>\n").toString();
    }
}
