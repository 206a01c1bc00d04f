package cn.nianbao.export.tests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** HTML read back with jsoup: the text, and each table expanded over rowspan and colspan. */
record HtmlView(Document document, String text, List<List<List<String>>> grids) implements ExportedView {

    static HtmlView read(byte[] bytes) {
        Document document = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        List<List<List<String>>> grids = new ArrayList<>();
        for (Element table : document.select("table")) {
            grids.add(grid(table));
        }
        document.select("style").remove();
        return new HtmlView(document, document.body().wholeText(), grids);
    }

    private static List<List<String>> grid(Element table) {
        List<List<String>> grid = new ArrayList<>();
        Map<Long, Boolean> taken = new HashMap<>();
        List<Element> rows = table.select("tr");
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = row(grid, r);
            int c = 0;
            for (Element cell : rows.get(r).select("> th, > td")) {
                while (taken.containsKey(key(r, c))) {
                    c++;
                }
                int rowSpan = span(cell, "rowspan");
                int colSpan = span(cell, "colspan");
                for (int dr = 0; dr < rowSpan; dr++) {
                    for (int dc = 0; dc < colSpan; dc++) {
                        taken.put(key(r + dr, c + dc), true);
                        set(row(grid, r + dr), c + dc, dr == 0 && dc == 0 ? cell.text() : null);
                    }
                }
                c += colSpan;
            }
            cells.size();
        }
        return grid;
    }

    private static List<String> row(List<List<String>> grid, int r) {
        while (grid.size() <= r) {
            grid.add(new ArrayList<>());
        }
        return grid.get(r);
    }

    private static void set(List<String> row, int c, String text) {
        while (row.size() <= c) {
            row.add(null);
        }
        row.set(c, text);
    }

    private static int span(Element cell, String attribute) {
        String value = cell.attr(attribute);
        return value.isEmpty() ? 1 : Integer.parseInt(value);
    }

    private static long key(int r, int c) {
        return (long) r << 32 | c;
    }
}
