package cn.nianbao.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width. Chinese text may break after any character; a run of Latin
 * letters or digits moves to the next line whole when it fits there; closing punctuation (，。、）” …) never
 * starts a line but hangs at the end of the previous one, as Chinese typesetting does.
 */
final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：！？）》」』】〕”’…,.;:!?)%";

    private final LoadedFont font;
    private final float size;

    LineBreaker(LoadedFont font, float size) {
        this.font = font;
        this.size = size;
    }

    List<String> lines(String text, float width, float firstIndent) throws IOException {
        List<String> lines = new ArrayList<>();
        int[] points = font.drawable(text).codePoints().toArray();
        StringBuilder line = new StringBuilder();
        float used = firstIndent;
        int i = 0;
        while (i < points.length) {
            int end = wordEnd(points, i);
            String piece = new String(points, i, end - i);
            float w = font.width(piece, size);
            boolean hangs = end - i == 1 && NO_LINE_START.indexOf(points[i]) >= 0;
            if (used + w > width && line.length() > 0 && !hangs) {
                if (end - i > 1 && w > width - (lines.isEmpty() ? firstIndent : 0)) {
                    // a word longer than a whole line: break it by character
                    end = i + 1;
                    piece = new String(points, i, 1);
                    w = font.width(piece, size);
                    if (used + w <= width) {
                        line.append(piece);
                        used += w;
                        i = end;
                        continue;
                    }
                }
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(piece);
            used += w;
            i = end;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The end of the unbreakable piece starting at i: one CJK character, or a run of Latin letters and digits. */
    private static int wordEnd(int[] points, int i) {
        if (!isWordChar(points[i])) {
            return i + 1;
        }
        int end = i + 1;
        while (end < points.length && isWordChar(points[end])) {
            end++;
        }
        return end;
    }

    private static boolean isWordChar(int c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }
}
