package cn.nianbao.io.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the positioned lines of a PDF into the text the shared reading takes. Prose and table 二 become
 * layout text. Rows of tables 三 and 四 become tab-separated rows, each value in the column its position
 * says, so blank cells stay blank instead of shifting the values; a row label without values in those
 * tables is a row of blank cells. Repeated headers on the next page set the columns again.
 */
final class TableLines {

    private static final int HEADER_LINES = 8;
    private static final String GAP = "   ";
    private static final Pattern ROW_START = Pattern.compile("\\d{1,2}\\s*[.、．].*|[（(]\\s*[一二七]\\s*[）)].*");
    private static final Pattern TOP_ROW = Pattern.compile("[一二四]\\s*、.*(申请|结转|办理).*");
    private static final Pattern LATER_SECTION = Pattern.compile("[五六]\\s*、.*|四\\s*、.*(复议|诉讼).*");

    private final List<List<Segment>> lines;
    private final List<String> out = new ArrayList<>();
    private final List<Segment> header = new ArrayList<>();
    private final List<Integer> headerSizes = new ArrayList<>();
    private List<Double> anchors;

    private TableLines(List<List<Segment>> lines) {
        this.lines = lines;
    }

    static List<String> of(List<List<List<Segment>>> pages) {
        List<List<Segment>> all = new ArrayList<>();
        for (List<List<Segment>> page : pages) {
            all.addAll(PageNumbers.strip(page));
            all.add(List.of());
        }
        TableLines table = new TableLines(WrappedValues.join(all));
        for (int i = 0; i < all.size(); i++) {
            i = table.wrappedRow(i);
            if (i >= 0) {
                table.line(i);
            } else {
                i = -i;
            }
        }
        return table.out;
    }

    private void line(int index) {
        List<Segment> line = lines.get(index);
        if (line.isEmpty()) {
            out.add("");
            return;
        }
        List<Segment> values = values(line);
        List<Segment> label = new ArrayList<>(line.subList(0, line.size() - values.size()));
        if (values.isEmpty()) {
            remember(line);
            if (LATER_SECTION.matcher(line.get(0).text()).matches()) {
                anchors = null;
            }
            out.add(anchors != null && isRowStart(label) && !valuesFollow(index) ? tabbed(label, values, new int[0])
                    : layout(line));
            return;
        }
        List<Double> found = ColumnAnchors.find(header);
        if (found != null) {
            anchors = found;
        }
        header.clear();
        headerSizes.clear();
        int[] columns = anchors == null || label.isEmpty() && values.size() < 2 ? null : ColumnAnchors.place(values, anchors);
        out.add(columns == null ? layout(line) : tabbed(label, values, columns));
    }

    /**
     * A row label wrapped around values that are centred vertically ("行政规范性文" / "8 26 66" / "件")
     * outside tables 三 and 四: written as one line; returns the negated last index used, or the index.
     */
    private int wrappedRow(int index) {
        if (anchors != null || index + 2 >= lines.size()) {
            return index;
        }
        List<Segment> first = lines.get(index);
        List<Segment> middle = lines.get(index + 1);
        List<Segment> last = lines.get(index + 2);
        boolean shape = first.size() == 1 && !first.get(0).isValue() && !middle.isEmpty() && values(middle).size() == middle.size()
                && last.size() == 1 && !last.get(0).isValue() && last.get(0).text().length() <= 3
                && Math.abs(last.get(0).x0() - first.get(0).x0()) < 2 && middle.get(0).x0() > first.get(0).x1();
        if (!shape) {
            return index;
        }
        List<Segment> row = new ArrayList<>();
        Segment label = first.get(0);
        row.add(new Segment(label.x0(), label.x1(), label.size(), label.text() + last.get(0).text(), List.of()));
        row.addAll(middle);
        out.add(layout(row));
        out.add("");
        out.add("");
        return -(index + 2);
    }

    /** The value segments at the end of the line. */
    private static List<Segment> values(List<Segment> line) {
        int first = line.size();
        while (first > 0 && line.get(first - 1).isValue()) {
            first--;
        }
        return line.subList(first, line.size());
    }

    private void remember(List<Segment> line) {
        header.addAll(line);
        headerSizes.add(line.size());
        while (headerSizes.size() > HEADER_LINES) {
            header.subList(0, headerSizes.remove(0)).clear();
        }
    }

    private static boolean isRowStart(List<Segment> label) {
        if (label.isEmpty()) {
            return false;
        }
        if (TOP_ROW.matcher(label.get(0).text()).matches()) {
            return true;
        }
        return label.stream().anyMatch(s -> ROW_START.matcher(s.text()).matches());
    }

    /** Whether the values of a label come on a later line (labels wrapped above vertically centred values). */
    private boolean valuesFollow(int index) {
        for (int i = index + 1; i < lines.size() && i <= index + 3; i++) {
            List<Segment> line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            List<Segment> values = values(line);
            List<Segment> label = line.subList(0, line.size() - values.size());
            if (isRowStart(label)) {
                return false;
            }
            if (!values.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private String tabbed(List<Segment> label, List<Segment> values, int[] columns) {
        String[] cells = new String[anchors.size()];
        for (int v = 0; v < values.size(); v++) {
            cells[columns[v]] = values.get(v).text();
        }
        StringBuilder text = new StringBuilder(join(label));
        for (int c = 0; c < cells.length; c++) {
            text.append(c == 0 && label.isEmpty() ? "" : "\t").append(cells[c] == null ? "" : cells[c]);
        }
        return text.toString();
    }

    private static String layout(List<Segment> line) {
        return join(line);
    }

    private static String join(List<Segment> segments) {
        StringBuilder text = new StringBuilder();
        for (Segment s : segments) {
            text.append(text.isEmpty() ? "" : GAP).append(s.text());
        }
        return text.toString();
    }
}
