package cn.nianbao.io.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;

/**
 * Groups the glyphs of one page into lines (by baseline) and each line into segments: a gap wider than
 * about a character ends a segment (a new cell or column), a smaller one is a space.
 */
final class PageLines {

    private static final double SAME_LINE = 0.45;
    private static final double NEW_SEGMENT = 0.9;
    private static final double SPACE = 0.2;

    private record Glyph(double x, double y, double width, double size, String text) {
    }

    private PageLines() {
    }

    static List<List<Segment>> of(List<TextPosition> positions) {
        List<Glyph> glyphs = new ArrayList<>();
        for (TextPosition p : positions) {
            String text = p.getUnicode();
            if (text == null || isSpace(text)) {
                continue;
            }
            double size = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : Math.max(1, p.getHeightDir());
            glyphs.add(new Glyph(p.getXDirAdj(), p.getYDirAdj(), Math.max(0, p.getWidthDirAdj()), Math.min(size, 200), text));
        }
        glyphs.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        double y = Double.NaN;
        for (Glyph g : glyphs) {
            if (!line.isEmpty() && Math.abs(g.y() - y) > SAME_LINE * g.size()) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                y = g.y();
            }
            line.add(g);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        List<List<Segment>> result = new ArrayList<>();
        for (List<Glyph> l : lines) {
            result.add(segments(l));
        }
        return result;
    }

    private static boolean isSpace(String text) {
        // a loop, not a code point stream: this runs for every glyph of the document
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0xFEFF) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Segments split at wide gaps; a segment made only of numbers split at spaces is several values. */
    private static List<Segment> segments(List<Glyph> line) {
        line.sort(Comparator.comparingDouble(Glyph::x));
        List<Segment> segments = new ArrayList<>();
        List<Segment> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double x0 = 0;
        double end = 0;
        double size = 0;
        for (Glyph g : line) {
            double gap = g.x() - end;
            if (!text.isEmpty() && gap > SPACE * g.size()) {
                words.add(new Segment(x0, end, size, text.toString(), List.of()));
                text.setLength(0);
                if (gap > NEW_SEGMENT * g.size()) {
                    close(segments, words);
                }
            }
            if (text.isEmpty()) {
                x0 = g.x();
                size = g.size();
            }
            text.append(g.text());
            end = Math.max(end, g.x() + g.width());
        }
        if (!text.isEmpty()) {
            words.add(new Segment(x0, end, size, text.toString(), List.of()));
        }
        close(segments, words);
        return segments;
    }

    private static void close(List<Segment> segments, List<Segment> words) {
        int label = words.size();
        while (label > 0 && words.get(label - 1).isValue()) {
            label--;
        }
        if (label > 0) {
            List<Segment> labelWords = words.subList(0, label);
            StringBuilder text = new StringBuilder();
            for (Segment w : labelWords) {
                text.append(text.isEmpty() ? "" : " ").append(w.text());
            }
            Segment first = labelWords.get(0);
            segments.add(new Segment(first.x0(), labelWords.get(label - 1).x1(), first.size(), text.toString(),
                    label > 1 ? List.copyOf(labelWords) : List.of()));
        }
        // values typed after a label with only a small gap, or several values in one run, are cells of their own
        segments.addAll(words.subList(label, words.size()));
        words.clear();
    }
}
