package cn.nianbao.io.pdf;

import java.util.List;
import java.util.regex.Pattern;

/** A run of glyphs on one line with no wide gap inside: a cell's text, a word, a number; x in points. */
record Segment(double x0, double x1, double size, String text, List<Segment> parts) {

    private static final String VALUE_START = "+-0123456789０１２３４５６７８９/／－—–";
    private static final Pattern VALUE = Pattern.compile("[+-]?[0-9０-９][0-9０-９,，]*(\\.[0-9]+)?|[/／\\-－—–]{1,2}");

    /** The space-separated words of the segment, each with its own position. */
    List<Segment> words() {
        return parts.isEmpty() ? List.of(this) : parts;
    }

    /** A number or a blank mark, the content of a value cell. */
    boolean isValue() {
        // most segments are label text: decided by their first character before the pattern runs
        return !text.isEmpty() && VALUE_START.indexOf(text.charAt(0)) >= 0 && VALUE.matcher(text).matches();
    }
}
