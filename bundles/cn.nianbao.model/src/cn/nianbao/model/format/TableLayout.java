package cn.nianbao.model.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.AxisNode;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.catalogue.TableDef;

/**
 * The row and column trees of one table, flattened: the data rows and leaf columns in the order the
 * format prints them, and which columns each row has cells in.
 */
public final class TableLayout {

    private final TableDef definition;
    private final Map<String, RowDef> dataRows = new LinkedHashMap<>();
    private final Map<String, ColumnDef> leafColumns = new LinkedHashMap<>();
    private final Map<String, AxisNode> nodes = new LinkedHashMap<>();
    /** The values of the two maps as immutable lists, made once: every check asks for them. */
    private final List<RowDef> dataRowList;
    private final List<ColumnDef> leafColumnList;

    TableLayout(TableDef definition) {
        this.definition = definition;
        collectRows(definition.getRows());
        collectColumns(definition.getColumns());
        dataRowList = List.copyOf(dataRows.values());
        leafColumnList = List.copyOf(leafColumns.values());
    }

    private void collectRows(List<RowDef> rows) {
        for (RowDef row : rows) {
            nodes.put(row.getId(), row);
            if (row.getChildren().isEmpty()) {
                dataRows.put(row.getId(), row);
            } else {
                collectRows(row.getChildren());
            }
        }
    }

    private void collectColumns(List<ColumnDef> columns) {
        for (ColumnDef column : columns) {
            nodes.put(column.getId(), column);
            if (column.getChildren().isEmpty()) {
                leafColumns.put(column.getId(), column);
            } else {
                collectColumns(column.getChildren());
            }
        }
    }

    public String id() {
        return definition.getId();
    }

    public TableDef definition() {
        return definition;
    }

    /** Data rows in print order, alternate rows (the unsplit （六）) included where the format has them. */
    public List<RowDef> dataRows() {
        return dataRowList;
    }

    public List<ColumnDef> leafColumns() {
        return leafColumnList;
    }

    public RowDef row(String id) {
        return dataRows.get(id);
    }

    public ColumnDef column(String id) {
        return leafColumns.get(id);
    }

    /** Every column node, groups before their children, in print order. */
    public List<ColumnDef> columnNodes() {
        return nodes.values().stream().filter(ColumnDef.class::isInstance).map(ColumnDef.class::cast).toList();
    }

    /** Any row or column node, group nodes included. */
    public AxisNode node(String id) {
        return nodes.get(id);
    }

    /** The row or column node of this role (a group node when the role names a group), or null. */
    public AxisNode nodeWithRole(String role) {
        for (AxisNode node : nodes.values()) {
            if (role.equals(node.getRole())) {
                return node;
            }
        }
        return null;
    }

    /**
     * The data rows of a row role: the row itself or every data row under the group, and an alternate row
     * printed instead of all of them (the unsplit （六） for the group （六）, not for its row 2).
     */
    public List<RowDef> rowsOfRole(String role) {
        List<RowDef> rows = new ArrayList<>();
        if (nodeWithRole(role) instanceof RowDef node) {
            collectLeaves(node, rows);
        }
        List<String> ids = rows.stream().map(RowDef::getId).toList();
        for (RowDef row : dataRows.values()) {
            if (!rows.contains(row) && !row.getAlternateFor().isEmpty() && ids.containsAll(row.getAlternateFor())) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static void collectLeaves(RowDef row, List<RowDef> leaves) {
        if (row.getChildren().isEmpty()) {
            leaves.add(row);
        }
        row.getChildren().forEach(child -> collectLeaves(child, leaves));
    }

    /** The table's total column (the one marked total among the leaves), or null. */
    public ColumnDef totalColumn() {
        return leafColumns.values().stream().filter(ColumnDef::isTotal).findFirst().orElse(null);
    }

    /**
     * The cells of the rows of a role in the column of another role; a null column role means the table's
     * total column. Empty when the template has no such row or column.
     */
    public List<CellAddress> cellsOfRole(String rowRole, String columnRole) {
        ColumnDef column = columnRole == null ? totalColumn()
                : nodeWithRole(columnRole) instanceof ColumnDef c ? c : null;
        List<CellAddress> cells = new ArrayList<>();
        if (column == null) {
            return cells;
        }
        for (RowDef row : rowsOfRole(rowRole)) {
            cells.add(new CellAddress(id(), row.getId(), column.getId()));
        }
        return cells;
    }

    public boolean isAlternate(RowDef row) {
        return !row.getAlternateFor().isEmpty();
    }

    /** The leaf columns a row has cells in. */
    public List<ColumnDef> columnsOf(RowDef row) {
        if (row.getColumns().isEmpty()) {
            return leafColumns();
        }
        List<ColumnDef> columns = new ArrayList<>();
        for (String id : row.getColumns()) {
            ColumnDef column = leafColumns.get(id);
            if (column != null) {
                columns.add(column);
            }
        }
        return Collections.unmodifiableList(columns);
    }

    /** The data rows that have a cell in this column, in print order. */
    public List<RowDef> rowsOf(ColumnDef column) {
        List<RowDef> rows = new ArrayList<>();
        for (RowDef row : dataRows.values()) {
            if (columnsOf(row).contains(column)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The cells of this table in catalogue order, with or without the alternate rows. */
    public List<CellAddress> cells(boolean withAlternates) {
        List<CellAddress> cells = new ArrayList<>();
        for (RowDef row : dataRows.values()) {
            if (withAlternates || !isAlternate(row)) {
                for (ColumnDef column : columnsOf(row)) {
                    cells.add(new CellAddress(id(), row.getId(), column.getId()));
                }
            }
        }
        return cells;
    }

    /** Data row ids from {@code first} to {@code last} inclusive, in print order. */
    public List<String> rowRange(String first, String last) {
        return range(new ArrayList<>(dataRows.keySet()), first, last);
    }

    /** Leaf column ids from {@code first} to {@code last} inclusive, in print order. */
    public List<String> columnRange(String first, String last) {
        return range(new ArrayList<>(leafColumns.keySet()), first, last);
    }

    private static List<String> range(List<String> ids, String first, String last) {
        int from = ids.indexOf(first);
        int to = ids.indexOf(last);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no range " + first + ".." + last + " in " + ids);
        }
        return List.copyOf(ids.subList(from, to + 1));
    }
}
