package cn.nianbao.io.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.nianbao.model.text.CellText;

/**
 * One line of a table split into its label part and its cells. A line with tabs is a row of cells, one
 * field each (blank fields are blank cells). A line without tabs is layout text: the cells are the
 * whitespace-separated value tokens at its end, and blank cells cannot be seen at all.
 */
record SourceLine(int line, String text, boolean tabbed, String label, List<String> cells, List<CellText> parsedCells, int labelEnd) {

    private static final Pattern ASCII_TEXT = Pattern.compile("[A-Za-z0-9.,+\\-/%*#?]+");
    private static final Pattern LABEL_PREFIX = Pattern.compile("\\d+[.、．]");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "\\s*(?:[-—–－]\\s*\\d{1,4}\\s*[-—–－]|第\\s*\\d{1,4}\\s*页.*|\\d{1,4}\\s*/\\s*\\d{1,4}|\\d{1,3})\\s*");

    private static final String PAGE_NUMBER_START = "-—–－第";

    static SourceLine of(int line, String text) {
        return text.indexOf('\t') >= 0 ? tabbed(line, text) : layout(line, text);
    }

    private static SourceLine tabbed(int line, String text) {
        String[] fields = text.split("\t", -1);
        // each field is read once, here: the table readers place the cells read (parse strips as strip did)
        CellText[] parsed = new CellText[fields.length];
        int last = -1;
        for (int i = 0; i < fields.length; i++) {
            parsed[i] = CellText.parse(fields[i]);
            if (!parsed[i].isBlank() && !isValueToken(parsed[i])) {
                last = i;
            }
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            String field = fields[i].strip();
            if (!field.isEmpty()) {
                label.append(label.isEmpty() ? "" : " ").append(field);
            }
        }
        List<String> cells = new ArrayList<>();
        for (int i = last + 1; i < fields.length; i++) {
            cells.add(fields[i]);
        }
        return new SourceLine(line, text, true, label.toString(), cells, List.of(parsed).subList(last + 1, fields.length), last + 1);
    }

    private static SourceLine layout(int line, String text) {
        List<int[]> spans = tokens(text);
        List<CellText> parsed = new ArrayList<>();
        int first = spans.size();
        while (first > 0) {
            int[] span = spans.get(first - 1);
            CellText cell = CellText.parse(text.substring(span[0], span[1]));
            if (!isValueToken(cell)) {
                break;
            }
            parsed.add(cell);
            first--;
        }
        List<String> cells = new ArrayList<>();
        for (int i = first; i < spans.size(); i++) {
            cells.add(text.substring(spans.get(i)[0], spans.get(i)[1]));
        }
        int labelEnd = first < spans.size() ? spans.get(first)[0] : text.length();
        return new SourceLine(line, text, false, text.substring(0, labelEnd).strip(), cells, parsed.reversed(), first);
    }

    /** The spans of the runs of non-space characters (the regex \\S+, without a regex: asked of every line of a table). */
    static List<int[]> tokens(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || isSpace(text.charAt(i));
            if (space && start >= 0) {
                spans.add(new int[] {start, i});
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return spans;
    }

    /** What \\s matches: ASCII white space only (an ideographic space stays inside a token). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * Whether a whitespace-separated token of layout text is a cell rather than a piece of a label: a
     * number, a placeholder, a number with a unit or note, or ASCII letters, but not a numbering like "1.".
     */
    private static boolean isValueToken(CellText cell) {
        if (cell.isBlank()) {
            return false;
        }
        if (cell.kind() != CellText.Kind.TEXT) {
            // a number, a mark or a number with a unit or note never reads as a numbering "1."
            return true;
        }
        if (hasIdeograph(cell.printed())) {
            // most label words: their plain form keeps the ideograph, so it is no ASCII text
            return false;
        }
        String plain = CellText.plain(cell.printed());
        return !LABEL_PREFIX.matcher(plain).matches() && ASCII_TEXT.matcher(plain).matches();
    }

    private static boolean hasIdeograph(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                return true;
            }
        }
        return false;
    }

    boolean hasLabel() {
        return !label.isEmpty();
    }

    /** Cells that hold something (a number, a mark, text). */
    int filledCells() {
        int n = 0;
        for (String cell : cells) {
            if (!cell.isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** A page number or page footer of a PDF extraction ("- 3 -", "第 3 页", "3/10", a lone "3"). */
    boolean isPageNumber() {
        if (tabbed) {
            return false;
        }
        int first = 0;
        while (first < text.length() && isSpace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return false;
        }
        char c = text.charAt(first);
        if (isDigit(c)) {
            return isNumeralPageNumber(text, first);
        }
        return PAGE_NUMBER_START.indexOf(c) >= 0 && PAGE_NUMBER.matcher(text).matches();
    }

    /**
     * The pattern's forms that open with a digit, "3/10" (up to four digits each side) and a lone "3" (up to
     * three), decided without it: every row of numbers of a layout table opens with a digit.
     */
    private static boolean isNumeralPageNumber(String text, int from) {
        int i = digitsEnd(text, from);
        int before = i - from;
        i = spacesEnd(text, i);
        if (i == text.length()) {
            return before <= 3;
        }
        if (text.charAt(i) != '/' || before > 4) {
            return false;
        }
        int start = spacesEnd(text, i + 1);
        i = digitsEnd(text, start);
        int after = i - start;
        return after >= 1 && after <= 4 && spacesEnd(text, i) == text.length();
    }

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int spacesEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    boolean isEmpty() {
        return text.isBlank();
    }
}
