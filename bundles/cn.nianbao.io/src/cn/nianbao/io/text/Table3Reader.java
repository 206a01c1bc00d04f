package cn.nianbao.io.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import cn.nianbao.io.ImportNote.Kind;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.LabelAxis;
import cn.nianbao.model.text.CellText;

/**
 * Reads table 三. Collects the "number rows" (lines or tab rows carrying the seven values) in order with
 * the label fragments around them; assigns them to the template rows one by one when their count is the
 * template's (25, or 23 with （六） unsplit), otherwise by label similarity.
 */
final class Table3Reader {

    private static final int MAX_HEADER_LINES = 40;
    private static final double MIN_SIMILARITY = 0.5;
    private static final String DIGIT_OR_MARK = "/／-－—";
    /**
     * The header words of each table layout, made once: they depend on the catalogue only, and making them
     * (every row label against every column label) was a few per cent of a text import. Weak keys, so a
     * template registered and dropped again (a local variant, a test) takes its entry with it.
     */
    private static final Map<TableLayout, List<String>> HEADER_WORDS = Collections.synchronizedMap(new WeakHashMap<>());

    /** A number row: its line, its own label piece, and its cells (null when they cannot be placed). */
    private record Row(int line, int piece, List<CellText> cells, int found, boolean ambiguous) {
    }

    private final ImportContext context;
    private final TableLayout layout;
    private final List<Piece> pieces = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<SourceLine> header = new ArrayList<>();
    /** The number of values in a row: the table's leaf columns (seven in the national formats). */
    private final int width;
    /** Labels of the column headers, which a tab row may carry without being a number row. */
    private final List<String> headerWords;

    Table3Reader(ImportContext context, TableLayout layout) {
        this.context = context;
        this.layout = layout;
        this.width = layout.leafColumns().size();
        this.headerWords = HEADER_WORDS.computeIfAbsent(layout, Table3Reader::headerWords);
    }

    void read(int from, int to) {
        collect(from, to);
        if (rows.isEmpty()) {
            context.note(Kind.ABSENT, layout.id(), null, 0, "table.absent", layout.definition().getNumber());
            return;
        }
        List<RowDef> assigned = assign();
        for (int i = 0; i < rows.size(); i++) {
            if (assigned.get(i) == null) {
                context.note(Kind.UNREADABLE, layout.id(), null, rows.get(i).line(), "row.unmatched", rows.get(i).line(), layout.definition().getNumber());
            } else {
                write(i, assigned.get(i));
            }
        }
        reportAbsent(assigned);
        readColumnLabels();
    }

    private void collect(int from, int to) {
        List<String> lines = context.lines();
        for (int i = from; i < to; i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            SourceLine line = SourceLine.of(i + 1, text);
            if (line.isPageNumber()) {
                continue;
            }
            if (isNumberRow(line)) {
                rows.add(row(line));
            } else if (rows.isEmpty()) {
                header.add(line);
                if (header.size() > MAX_HEADER_LINES) {
                    header.remove(0);
                }
            }
            pieces.add(new Piece(line.line(), line.label()));
        }
    }

    private boolean isNumberRow(SourceLine line) {
        if (line.tabbed()) {
            boolean headerText = line.filledCells() == 0 && isHeaderText(LabelLocator.compact(line.label()));
            return !headerText && (line.filledCells() > 0 || line.cells().size() >= width);
        }
        for (String cell : line.cells()) {
            if (holdsDigitOrMark(cell)) {
                return true;
            }
        }
        return false;
    }

    /** A digit or a blank mark anywhere in the cell; asked of every table line, so without a regex. */
    private static boolean holdsDigitOrMark(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９' || DIGIT_OR_MARK.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The column labels that no row label contains (其他 and 总计 are row labels too). */
    private static List<String> headerWords(TableLayout layout) {
        List<String> rowLabels = layout.dataRows().stream().map(r -> LabelLocator.compactLabel(r.getLabel())).toList();
        return layout.columnNodes().stream().map(c -> LabelLocator.compactLabel(c.getLabel()))
                .filter(w -> !w.isEmpty() && rowLabels.stream().noneMatch(r -> r.contains(w))).toList();
    }

    /** A column label, or a piece of the note in the corner (本列数据的勾稽关系为 …). */
    private boolean isHeaderText(String label) {
        String corner = LabelLocator.compactLabel(layout.definition().getCornerLabel());
        return headerWords.stream().anyMatch(label::contains)
                || label.length() >= 4 && corner.contains(label);
    }

    private Row row(SourceLine line) {
        int piece = pieces.size();
        if (line.tabbed()) {
            WindowAligner.Placement placement = WindowAligner.place(line.parsedCells(), width, true, WindowAligner::totalHolds);
            return placement == null ? new Row(line.line(), piece, null, line.filledCells(), false)
                    : new Row(line.line(), piece, placement.cells(), width, placement.ambiguous());
        }
        List<String> cells = line.cells();
        if (cells.size() < width) {
            return new Row(line.line(), piece, null, cells.size(), false);
        }
        if (cells.size() > width) {
            context.note(Kind.AMBIGUOUS, layout.id(), null, line.line(), "row.tooMany", line.line(), width);
        }
        List<CellText> parsed = line.parsedCells().subList(cells.size() - width, cells.size());
        return new Row(line.line(), piece, parsed, width, false);
    }

    /** The template row of each number row, or null. */
    private List<RowDef> assign() {
        List<RowDef> full = layout.dataRows().stream().filter(r -> !layout.isAlternate(r)).toList();
        List<RowDef> unsplit = unsplitRows(full);
        if (rows.size() == full.size()) {
            return new ArrayList<>(full);
        }
        if (unsplit != null && rows.size() == unsplit.size()) {
            return new ArrayList<>(unsplit);
        }
        List<RowDef> candidates = layout.dataRows();
        double[][] similarity = new double[rows.size()][candidates.size()];
        for (int i = 0; i < rows.size(); i++) {
            LabelLocator.Context around = LabelLocator.Context.of(context(i));
            for (int j = 0; j < candidates.size(); j++) {
                similarity[i][j] = best(around, candidates.get(j)).similarity();
            }
        }
        int[] match = RowAligner.align(similarity, MIN_SIMILARITY);
        List<RowDef> assigned = new ArrayList<>();
        for (int m : match) {
            assigned.add(m < 0 ? null : candidates.get(m));
        }
        return assigned;
    }

    /** The 2021 rows with R21..R23 replaced by the unsplit R21_23, or null when the template has no such row. */
    private List<RowDef> unsplitRows(List<RowDef> full) {
        RowDef alternate = layout.dataRows().stream().filter(layout::isAlternate).findFirst().orElse(null);
        if (alternate == null) {
            return null;
        }
        List<RowDef> rowsOf = new ArrayList<>();
        for (RowDef row : full) {
            if (alternate.getAlternateFor().contains(row.getId())) {
                if (!rowsOf.contains(alternate)) {
                    rowsOf.add(alternate);
                }
            } else {
                rowsOf.add(row);
            }
        }
        return rowsOf;
    }

    private void write(int index, RowDef def) {
        Row row = rows.get(index);
        if (row.cells() == null) {
            context.note(Kind.UNREADABLE, layout.id(), def.getId(), row.line(), "row.unreadable", row.line(), row.found(), width);
        } else {
            List<ColumnDef> columns = layout.columnsOf(def);
            for (int c = 0; c < columns.size() && c < row.cells().size(); c++) {
                CellText cell = row.cells().get(c);
                if (cell != null) {
                    context.cell(layout.id(), def.getId(), columns.get(c).getId(), cell);
                }
            }
            if (row.ambiguous()) {
                context.note(Kind.AMBIGUOUS, layout.id(), def.getId(), row.line(), "row.ambiguous", row.line());
            }
        }
        if (layout.isAlternate(def)) {
            context.note(Kind.DEVIATION, layout.id(), def.getId(), row.line(), "row.unsplit");
        }
        LabelLocator.Match match = withoutInterleaved(context(index), def);
        if (match.similarity() >= MIN_SIMILARITY) {
            context.label(layout.id(), LabelAxis.ROW, def.getId(), match.printed(), match.line());
        }
    }

    private void reportAbsent(List<RowDef> assigned) {
        for (RowDef def : layout.dataRows()) {
            if (assigned.contains(def)) {
                continue;
            }
            // an alternate row is never missing on its own: the rows it stands for are reported instead
            boolean covered = layout.isAlternate(def)
                    || assigned.stream().anyMatch(a -> a != null && a.getAlternateFor().contains(def.getId()));
            if (!covered) {
                context.note(Kind.ABSENT, layout.id(), def.getId(), 0, "row.absent", def.getId(), def.getLabel(), layout.definition().getNumber());
            }
        }
    }

    private void readColumnLabels() {
        HeaderLabels labels = new HeaderLabels(header);
        for (ColumnDef column : layout.leafColumns()) {
            List<String> names = new ArrayList<>();
            names.add(column.getLabel());
            names.addAll(column.getVariants());
            LabelLocator.Match match = labels.find(names);
            if (match != null) {
                context.label(layout.id(), LabelAxis.COLUMN, column.getId(), match.printed(), match.line());
            }
        }
    }

    /** The label pieces of a number row: those since the previous number row, its own, those up to the next. */
    private List<Piece> context(int index) {
        int from = index == 0 ? Math.max(0, rows.get(0).piece() - 3) : rows.get(index - 1).piece() + 1;
        int to = index + 1 < rows.size() ? rows.get(index + 1).piece() : Math.min(pieces.size(), rows.get(index).piece() + 4);
        return pieces.subList(from, to);
    }

    /**
     * The best match once fragments of vertical group labels printed between the lines of a wrapped label
     * ("（六）其" / "他处理" in the middle of row R22) are left out, one piece at a time.
     */
    private static LabelLocator.Match withoutInterleaved(List<Piece> around, RowDef def) {
        List<Piece> pieces = new ArrayList<>(around);
        LabelLocator.Match best = best(LabelLocator.Context.of(pieces), def);
        boolean improved = best.similarity() < 1;
        while (improved) {
            improved = false;
            for (int p = 0; p < pieces.size() && !improved; p++) {
                List<Piece> fewer = new ArrayList<>(pieces);
                fewer.remove(p);
                LabelLocator.Match match = best(LabelLocator.Context.of(fewer), def);
                if (match.similarity() > best.similarity()) {
                    best = match;
                    pieces = fewer;
                    improved = best.similarity() < 1;
                }
            }
        }
        return best;
    }

    /**
     * The label or variant that matches best. One printed as it is (similarity 1) is the answer, the first of
     * them in the catalogue's order: looked for with a plain search before any edit distance is computed.
     */
    private static LabelLocator.Match best(LabelLocator.Context around, RowDef def) {
        if (LabelLocator.isPrintedIn(around, def.getLabel())) {
            return LabelLocator.locate(around, def.getLabel());
        }
        for (String variant : def.getVariants()) {
            if (LabelLocator.isPrintedIn(around, variant)) {
                return LabelLocator.locate(around, variant);
            }
        }
        LabelLocator.Match best = LabelLocator.locate(around, def.getLabel());
        for (String variant : def.getVariants()) {
            LabelLocator.Match match = LabelLocator.locate(around, variant);
            if (match.similarity() > best.similarity()) {
                best = match;
            }
        }
        return best;
    }
}
