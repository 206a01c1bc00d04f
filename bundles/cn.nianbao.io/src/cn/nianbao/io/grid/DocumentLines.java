package cn.nianbao.io.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a document as the text importer reads them: one line per paragraph, one tab-separated line
 * per table row. Page furniture above the title (navigation, breadcrumbs) is cut off.
 */
public final class DocumentLines {

    static final int MAX_LINES = 100_000;
    private static final int TITLE_SEARCH = 80;
    private static final Pattern TITLE = Pattern.compile(".*(19|20)\\d{2}\\s*年.*(报告|年度).*");
    private static final Pattern STARTS_WITH_YEAR = Pattern.compile("\\s*(19|20)\\d{2}\\s*年.*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]+");

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    public void text(String text) {
        if (current.length() < 1_000_000) {
            current.append(text);
        }
    }

    /** Ends the current paragraph. */
    public void breakLine() {
        String line = clean(current.toString());
        current.setLength(0);
        if (!line.isEmpty() && lines.size() < MAX_LINES) {
            lines.add(line);
        }
    }

    public void table(TableGrid grid) {
        breakLine();
        for (String line : grid.tabLines()) {
            if (lines.size() < MAX_LINES) {
                lines.add(line);
            }
        }
    }

    /** All lines, from the title on when a title is found near the top. */
    public List<String> lines() {
        return fromTitle(allLines());
    }

    /** All lines, the page furniture above the title included. */
    public List<String> allLines() {
        breakLine();
        return lines;
    }

    /** The lines from the title on, when a title with a year is found near the top (a copy in any case). */
    public static List<String> fromTitle(List<String> lines) {
        for (int i = 0; i < lines.size() && i < TITLE_SEARCH; i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') < 0 && line.length() < 80 && TITLE.matcher(line).matches()) {
                int start = i > 0 && STARTS_WITH_YEAR.matcher(line).matches() ? i - 1 : i;
                return new ArrayList<>(lines.subList(start, lines.size()));
            }
        }
        return new ArrayList<>(lines);
    }

    /** One cell's or paragraph's text on one line: every kind of space and line break becomes one space. */
    public static String clean(String text) {
        if (!hasSpaceToReplace(text)) {
            // most cells and paragraphs: the pattern would give the text back as it is
            return text.strip();
        }
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Whether SPACES would change the text: a space other than ' ', or two spaces in a row. */
    private static boolean hasSpaceToReplace(String text) {
        boolean previousSpace = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00A0'
                    || c >= '\u2000' && c <= '\u200B' || c == '\u3000' || c == '\uFEFF';
            if (space && (c != ' ' || previousSpace)) {
                return true;
            }
            previousSpace = space;
        }
        return false;
    }
}
