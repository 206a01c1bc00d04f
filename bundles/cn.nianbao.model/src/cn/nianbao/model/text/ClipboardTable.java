package cn.nianbao.model.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A block copied from Excel or WPS: lines separated by newlines, cells by tabs. A trailing newline does
 * not make an extra row; a cell Excel quoted because it holds a tab, a newline or a quote is unquoted and
 * keeps them. A quote that is never closed is an ordinary character, as in text copied from elsewhere.
 */
public final class ClipboardTable {

    private ClipboardTable() {
    }

    public static List<List<String>> parse(String text) {
        return parse(text, '\t');
    }

    /** The same for a CSV file ({@code separator} ','), which Excel quotes the same way. */
    public static List<List<String>> parse(String text, char separator) {
        if (text == null || text.isEmpty()) {
            return new ArrayList<>();
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!normalized.endsWith("\n")) {
            normalized += "\n";
        }
        List<List<String>> rows = read(normalized, separator, true);
        return rows != null ? rows : read(normalized, separator, false);
    }

    /** The rows of text ending in a newline; null when Excel quoting is honoured and a quote is left open. */
    private static List<List<String>> read(String text, char separator, boolean quoting) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                boolean doubled = c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"';
                if (doubled) {
                    i++;
                }
                if (c != '"' || doubled) {
                    cell.append(c);
                } else {
                    quoted = false;
                }
            } else if (c == '"' && quoting && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator || c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                if (c == '\n') {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else {
                cell.append(c);
            }
        }
        return quoted ? null : rows;
    }
}
