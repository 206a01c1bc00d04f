package cn.nianbao.ui.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A block copied from Excel or WPS: lines separated by newlines, cells by tabs. A trailing newline does
 * not make an extra row; a cell Excel quoted because it holds a tab or newline is unquoted.
 */
public final class ClipboardTable {

    private ClipboardTable() {
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.endsWith("\n")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        for (String line : normalized.split("\n", -1)) {
            List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
            cells.replaceAll(ClipboardTable::unquote);
            rows.add(cells);
        }
        return rows;
    }

    private static String unquote(String cell) {
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            return cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
        }
        return cell;
    }
}
