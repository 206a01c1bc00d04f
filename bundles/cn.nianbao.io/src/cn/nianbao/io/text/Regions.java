package cn.nianbao.io.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.io.ImportNote.Kind;
import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.TemplateVersion;

/**
 * The line ranges (0-based, end exclusive) of the sections, with fallbacks for the tables when a heading
 * is missing: table 三 is recognised by its first row label, table 二 by its "第二十条" captions.
 */
final class Regions {

    /** The digits of the numbering before a caption. */
    private static final String ORDINAL_DIGITS = "一二三四五六七八九十0123456789";
    /** What may follow a caption on its line ("（附表）", "（单位：件）"). */
    private static final int MAX_CAPTION_EXTRA = 8;

    /** The longest line that may hold a caption (the longest caption, numbering and a note). */
    private static final int MAX_CAPTION_LINE = 48;

    private final List<String> lines;
    private ShortLines shortLines;
    private final Map<TableLayout, List<Integer>> captionLines = new HashMap<>();
    private final List<Heading> headings;

    Regions(List<String> lines, List<Heading> headings) {
        this.lines = lines;
        this.headings = headings;
    }

    int firstHeading() {
        return headings.isEmpty() ? -1 : headings.get(0).index();
    }

    /** From the line after the heading to the next heading found (or the end). */
    int[] of(String key) {
        for (int h = 0; h < headings.size(); h++) {
            if (headings.get(h).key().equals(key)) {
                int end = h + 1 < headings.size() ? headings.get(h + 1).index() : lines.size();
                return new int[] {headings.get(h).index() + 1, end};
            }
        }
        return null;
    }

    /**
     * The lines of a table: from its caption line (the section heading in the national layout, a heading of
     * an appendix in a local one) to the next heading or the next table's caption; without a caption, its
     * section, or where its printed layout's first label is found.
     */
    int[] of(TableLayout table, List<TableLayout> all) {
        int caption = lastCaption(table);
        if (caption >= 0) {
            int end = nextHeadingAfter(caption);
            for (TableLayout other : all) {
                int next = nextCaption(other, caption + 1);
                if (other != table && next >= 0 && next < end) {
                    end = next;
                }
            }
            return new int[] {caption + 1, end};
        }
        return switch (table.definition().getPrintedLayout()) {
            case BLOCKS -> table2(table.definition().getSection());
            case GRID -> table3(table.definition().getSection());
            default -> of(table.definition().getSection());
        };
    }

    int[] table3() {
        return table3("S3");
    }

    private int[] table2(String section) {
        int[] region = of(section);
        if (region != null) {
            return region;
        }
        int first = find("第二十条", 0);
        return first < 0 ? null : new int[] {first, nextHeadingAfter(first)};
    }

    private int[] table3(String section) {
        int[] region = of(section);
        if (region != null) {
            return region;
        }
        int first = find("本年新收政府信息公开申请", 0);
        return first < 0 ? null : new int[] {Math.max(0, first - 10), nextHeadingAfter(first)};
    }

    String text(int[] region) {
        return region == null ? "" : String.join("\n", lines.subList(region[0], region[1]));
    }

    void reportMissing(ImportContext context) {
        List<SectionDef> defs = FormatCatalogue.template(TemplateVersion.V2021).sections();
        for (int k = 0; k < defs.size(); k++) {
            String key = "S" + (k + 1);
            if (of(key) == null) {
                context.note(Kind.ABSENT, null, key, 0, "section.absent", SectionFinder.NUMERALS[k], defs.get(k).getHeading());
            }
        }
    }

    /** The last line that captions the table; a caption named twice (in 一 and as a heading) is the later one. */
    private int lastCaption(TableLayout table) {
        List<Integer> found = captionLines(table);
        return found.isEmpty() ? -1 : found.get(found.size() - 1);
    }

    private int nextCaption(TableLayout table, int from) {
        for (int index : captionLines(table)) {
            if (index >= from) {
                return index;
            }
        }
        return -1;
    }

    /** The lines that caption the table, in order; found once per table, every region is cut with them. */
    private List<Integer> captionLines(TableLayout table) {
        return captionLines.computeIfAbsent(table, t -> {
            String caption = LabelLocator.compactLabel(t.definition().getCaption());
            ShortLines lines = shortLines();
            List<Integer> found = new ArrayList<>();
            for (int s = 0; s < lines.count; s++) {
                if (lines.restStartsWith(s, caption) && lines.restLength(s) <= caption.length() + MAX_CAPTION_EXTRA) {
                    found.add(lines.index[s]);
                }
            }
            return found;
        });
    }

    /**
     * The lines that could be captions, compacted once and without their numbering: every caption search goes
     * over these only. Their compact text is kept end to end in one array, not as two strings a line (most
     * lines of a report are short, and their strings were most of the caption search).
     */
    private static final class ShortLines {

        private char[] text;
        private final int[] index;
        private final int[] restStart;
        private final int[] end;
        private int count;

        private ShortLines(int lines) {
            text = new char[lines * 16];
            index = new int[lines];
            restStart = new int[lines];
            end = new int[lines];
        }

        private void add(int line, String source) {
            int from = count == 0 ? 0 : end[count - 1];
            if (from + source.length() > text.length) {
                text = Arrays.copyOf(text, Math.max(2 * text.length, from + source.length()));
            }
            int to = LabelLocator.compactInto(source, text, from);
            index[count] = line;
            restStart[count] = from + ordinalEnd(text, from, to);
            end[count] = to;
            count++;
        }

        private int restLength(int s) {
            return end[s] - restStart[s];
        }

        private boolean restStartsWith(int s, String prefix) {
            return restLength(s) >= prefix.length() && startsWith(text, restStart[s], end[s], prefix);
        }
    }

    private ShortLines shortLines() {
        if (shortLines == null) {
            shortLines = new ShortLines(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                if (isShort(lines.get(i))) {
                    shortLines.add(i, lines.get(i));
                }
            }
        }
        return shortLines;
    }

    private static boolean isShort(String line) {
        return line.length() <= MAX_CAPTION_LINE && line.indexOf('\t') < 0;
    }

    /**
     * Where the numbering before a caption ends in text[from, to) (0 when there is none): 二、 / （二） / 表二 /
     * 附表2 / 2., read without a regex since every short line is asked.
     */
    static int ordinalEnd(char[] text, int from, int to) {
        int n = to - from;
        int i = startsWith(text, from, to, "附表") ? 2 : startsWith(text, from, to, "表") ? 1 : 0;
        if (i < n && isOneOf(text[from + i], "（(")) {
            i++;
        }
        int digits = i;
        while (i < n && isOneOf(text[from + i], ORDINAL_DIGITS)) {
            i++;
        }
        if (i == digits) {
            return 0;
        }
        if (i < n && isOneOf(text[from + i], "）)")) {
            i++;
        }
        if (i < n && isOneOf(text[from + i], "、.．:：")) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(char[] text, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOneOf(char c, String chars) {
        return chars.indexOf(c) >= 0;
    }

    private int find(String marker, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (LabelLocator.compact(lines.get(i)).contains(marker)) {
                return i;
            }
        }
        return -1;
    }

    private int nextHeadingAfter(int line) {
        for (Heading heading : headings) {
            if (heading.index() > line) {
                return heading.index();
            }
        }
        return lines.size();
    }
}
