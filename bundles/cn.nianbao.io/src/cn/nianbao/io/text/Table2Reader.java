package cn.nianbao.io.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.nianbao.io.ImportNote.Kind;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.Labels;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.LabelAxis;
import cn.nianbao.model.text.CellText;

/**
 * Reads table 二: blocks that start with a caption "第二十条第（N）项", a header line "信息内容 …" naming
 * the block's columns, and data lines led by a row label ("规章 0 0 0"). Values are read from the left;
 * in layout text a line without its values takes them from the next line when that holds only values.
 */
final class Table2Reader {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final ImportContext context;
    private final TableLayout layout;
    private final Set<String> found = new HashSet<>();
    /** Normalised once per table, not once per line read: captions, the header's corner, rows by label. */
    private final List<String> captions;
    private final String corner;
    private final Map<String, RowDef> rowsByLabel = new HashMap<>();
    private SourceLine header;

    Table2Reader(ImportContext context, TableLayout layout) {
        this.context = context;
        this.layout = layout;
        this.captions = layout.definition().getRows().stream().filter(r -> !r.getChildren().isEmpty())
                .map(r -> Labels.normalize(r.getLabel())).toList();
        this.corner = Labels.normalize(layout.definition().getCornerLabel());
        // a printed label wins over another row's variant
        for (RowDef row : layout.dataRows()) {
            rowsByLabel.putIfAbsent(Labels.normalize(row.getLabel()), row);
        }
        for (RowDef row : layout.dataRows()) {
            row.getVariants().forEach(v -> rowsByLabel.putIfAbsent(Labels.normalize(v), row));
        }
    }

    void read(int from, int to) {
        List<String> lines = context.lines();
        for (int i = from; i < to; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            SourceLine line = SourceLine.of(i + 1, lines.get(i));
            String label = Labels.normalize(line.label());
            if (isCaption(label)) {
                header = null;
            } else if (label.startsWith(corner)) {
                header = line;
            } else {
                RowDef row = row(label);
                if (row != null && found.add(row.getId())) {
                    read(row, line, valuesLine(line, lines, i + 1, to));
                }
            }
        }
        for (RowDef row : layout.dataRows()) {
            if (!found.contains(row.getId())) {
                context.note(Kind.ABSENT, layout.id(), row.getId(), 0, "row.absent", row.getId(), row.getLabel(), number());
            }
        }
    }

    /** A block's caption: the label of a row group, as printed ("第二十条第（一）项") or within a longer line. */
    private boolean isCaption(String label) {
        return !label.isEmpty() && captions.stream().anyMatch(label::contains);
    }

    private RowDef row(String label) {
        return label.isEmpty() ? null : rowsByLabel.get(label);
    }

    private String number() {
        return layout.definition().getNumber();
    }

    /** The line itself, or in layout text the next non-blank line when it carries only the values. */
    private static SourceLine valuesLine(SourceLine line, List<String> lines, int next, int to) {
        if (line.tabbed() || !line.cells().isEmpty()) {
            return line;
        }
        for (int i = next; i < to; i++) {
            if (!lines.get(i).isBlank()) {
                SourceLine candidate = SourceLine.of(i + 1, lines.get(i));
                return candidate.hasLabel() ? line : candidate;
            }
        }
        return line;
    }

    private void read(RowDef row, SourceLine line, SourceLine values) {
        context.label(layout.id(), LabelAxis.ROW, row.getId(), line.label(), line.line());
        List<ColumnDef> columns = layout.columnsOf(row);
        List<CellText> cells = cells(values, columns.size());
        if (cells == null) {
            context.note(Kind.UNREADABLE, layout.id(), row.getId(), values.line(), "t2.unreadable", line.label(),
                    values.line(), values.filledCells(), columns.size());
        } else {
            for (int c = 0; c < columns.size(); c++) {
                if (cells.get(c) != null) {
                    context.cell(layout.id(), row.getId(), columns.get(c).getId(), cells.get(c));
                }
            }
        }
        readHeader(columns);
    }

    private static List<CellText> cells(SourceLine values, int width) {
        if (values.tabbed()) {
            WindowAligner.Placement placement = WindowAligner.place(values.parsedCells(), width, false, c -> true);
            return placement == null ? null : placement.cells();
        }
        if (values.cells().size() != width) {
            return null;
        }
        return values.parsedCells();
    }

    /** The column labels of the block's header line, once per block, when they can be told apart. */
    private void readHeader(List<ColumnDef> columns) {
        if (header == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        String[] parts = header.tabbed() ? header.text().split("\t") : SPACES.split(header.text().strip());
        for (String part : parts) {
            if (!part.isBlank() && !Labels.normalize(part).equals(corner)) {
                names.add(part.strip());
            }
        }
        if (columns.size() == 1 && !names.isEmpty()) {
            context.label(layout.id(), LabelAxis.COLUMN, columns.get(0).getId(), String.join(" ", names), header.line());
        } else if (names.size() == columns.size()) {
            for (int c = 0; c < columns.size(); c++) {
                context.label(layout.id(), LabelAxis.COLUMN, columns.get(c).getId(), names.get(c), header.line());
            }
        }
        header = null;
    }
}
