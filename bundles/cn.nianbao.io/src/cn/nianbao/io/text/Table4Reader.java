package cn.nianbao.io.text;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.io.ImportNote.Kind;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.AxisNode;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.LabelAxis;
import cn.nianbao.model.text.CellText;

/**
 * Reads a table printed on one line (表四): every cell's value (复议, 直诉, 复议后诉 × 维持, 纠正, 其他,
 * 尚未审结, 总计: fifteen in the national formats) on one line after the header, or spread over a few
 * consecutive lines holding only values.
 */
final class Table4Reader {

    private static final int MAX_VALUE_LINES = 3;

    private final ImportContext context;
    private final TableLayout layout;
    /** Values on the line: every cell of the table (15 in the national formats). */
    private final int width;
    /** Values per row group: the leaf columns (5: four results and 总计). */
    private final int group;

    Table4Reader(ImportContext context, TableLayout layout) {
        this.context = context;
        this.layout = layout;
        this.width = layout.cells(false).size();
        this.group = layout.leafColumns().size();
    }

    void read(int from, int to) {
        List<String> lines = context.lines();
        List<SourceLine> header = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            SourceLine line = SourceLine.of(i + 1, lines.get(i));
            if (isValueLine(line)) {
                readValues(line, lines, i + 1, to);
                readLabels(header);
                return;
            }
            if (!line.isPageNumber() && header.size() < 40) {
                header.add(line);
            }
        }
        context.note(Kind.ABSENT, layout.id(), null, 0, "table.absent", layout.definition().getNumber());
    }

    private static boolean isValueLine(SourceLine line) {
        return !line.hasLabel() && line.filledCells() > 0 && !line.isPageNumber();
    }

    private void readValues(SourceLine first, List<String> lines, int next, int to) {
        List<CellText> cells;
        if (first.tabbed()) {
            WindowAligner.Placement placement = WindowAligner.place(first.parsedCells(), width, false, this::totalsHold);
            cells = placement == null ? null : placement.cells();
            if (placement != null && placement.ambiguous()) {
                context.note(Kind.AMBIGUOUS, layout.id(), null, first.line(), "row.ambiguous", first.line());
            }
        } else {
            cells = layoutValues(first, lines, next, to);
        }
        if (cells == null) {
            context.note(Kind.UNREADABLE, layout.id(), null, first.line(), "t4.unreadable", first.filledCells(), first.line());
            return;
        }
        List<CellAddress> addresses = layout.cells(false);
        for (int c = 0; c < width && c < addresses.size(); c++) {
            if (cells.get(c) != null) {
                CellAddress a = addresses.get(c);
                context.cell(layout.id(), a.row(), a.column(), cells.get(c));
            }
        }
    }

    /** Values of one line, or of up to three consecutive value lines together. */
    private List<CellText> layoutValues(SourceLine first, List<String> lines, int next, int to) {
        List<String> tokens = new ArrayList<>(first.cells());
        for (int i = next; i < to && tokens.size() < width && i < next + MAX_VALUE_LINES; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            SourceLine line = SourceLine.of(i + 1, lines.get(i));
            if (!isValueLine(line) || line.tabbed()) {
                break;
            }
            tokens.addAll(line.cells());
        }
        return tokens.size() == width ? tokens.stream().map(CellText::parse).toList() : null;
    }

    /** Each group's 总计 is the sum of its four results (SUM-05..07), blank counting as 0. */
    private boolean totalsHold(List<CellText> cells) {
        for (int g = 0; g + group <= cells.size(); g += group) {
            if (!WindowAligner.totalHolds(cells.subList(g, g + group))) {
                return false;
            }
        }
        return true;
    }

    private void readLabels(List<SourceLine> header) {
        HeaderLabels labels = new HeaderLabels(header);
        for (RowDef row : layout.dataRows()) {
            label(labels, row, LabelAxis.ROW);
        }
        for (AxisNode column : layout.leafColumns()) {
            label(labels, column, LabelAxis.COLUMN);
        }
    }

    private void label(HeaderLabels labels, AxisNode node, LabelAxis axis) {
        List<String> names = new ArrayList<>();
        names.add(node.getLabel());
        names.addAll(node.getVariants());
        LabelLocator.Match match = labels.find(names);
        if (match != null) {
            context.label(layout.id(), axis, node.getId(), match.printed(), match.line());
        }
    }
}
