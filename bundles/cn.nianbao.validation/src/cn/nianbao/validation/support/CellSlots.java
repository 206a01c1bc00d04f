package cn.nianbao.validation.support;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.AxisNode;
import cn.nianbao.model.catalogue.ColumnDef;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;

/**
 * Every cell a template can name, numbered once: the data rows × leaf columns of each table, table after
 * table, in print order. A report's cells are then held in arrays by position ({@link CellIndex}) and the
 * rules that know their cells from the catalogue (the identities, TYP-*) reach them without hashing an
 * address. Depends on the template only, so it is worked out once and shared by every check against it.
 */
public final class CellSlots {

    private static final Map<Template, CellSlots> OF = Collections.synchronizedMap(new WeakHashMap<>());

    /** The slots of this template, numbered on first use. */
    public static CellSlots of(Template template) {
        return OF.computeIfAbsent(template, CellSlots::new);
    }

    /** One table's block of slots: row r, column c is slot {@code base + r * columns + c}. */
    record Block(TableLayout table, int base, int rowBase, int columns, Map<String, Integer> rows,
            Map<String, Integer> columnIndex) {

        /** The slot of a cell in the r-th data row of this table, or -1 when the table has no such leaf column. */
        int slot(int r, String column) {
            Integer c = columnIndex.get(column);
            return r < 0 || c == null ? -1 : base + r * columns + c;
        }

        /** The row's number among the template's data rows, or -1. */
        int row(String row) {
            Integer r = rows.get(row);
            return r == null ? -1 : r;
        }
    }

    private final Map<String, Block> blocks = new HashMap<>();
    private final Map<TableLayout, Block> byLayout = new IdentityHashMap<>();
    private final Map<CellAddress, Integer> byAddress = new HashMap<>();
    private final Block[] blockOf;
    private final RowDef[] rowOf;
    private final ColumnDef[] columnOf;
    private final CellAddress[] addressOf;
    private final int rowCount;

    private CellSlots(Template template) {
        int size = 0;
        int rows = 0;
        for (TableLayout table : template.tables()) {
            Block block = new Block(table, size, rows, table.leafColumns().size(), positions(table.dataRows()),
                    positions(table.leafColumns()));
            blocks.putIfAbsent(table.id(), block);
            byLayout.put(table, block);
            size += block.rows().size() * block.columns();
            rows += block.rows().size();
        }
        rowCount = rows;
        blockOf = new Block[size];
        rowOf = new RowDef[size];
        columnOf = new ColumnDef[size];
        addressOf = new CellAddress[size];
        for (Block block : byLayout.values()) {
            List<RowDef> dataRows = block.table().dataRows();
            List<ColumnDef> leafColumns = block.table().leafColumns();
            for (int r = 0; r < dataRows.size(); r++) {
                for (int c = 0; c < leafColumns.size(); c++) {
                    int slot = block.base() + r * block.columns() + c;
                    blockOf[slot] = block;
                    rowOf[slot] = dataRows.get(r);
                    columnOf[slot] = leafColumns.get(c);
                    addressOf[slot] = new CellAddress(block.table().id(), dataRows.get(r).getId(), leafColumns.get(c).getId());
                    byAddress.putIfAbsent(addressOf[slot], slot);
                }
            }
        }
    }

    private static Map<String, Integer> positions(List<? extends AxisNode> nodes) {
        Map<String, Integer> positions = HashMap.newHashMap(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            positions.putIfAbsent(nodes.get(i).getId(), i);
        }
        // a HashMap rather than Map.copyOf: every cell of every report is looked up here, and it is faster
        return positions;
    }

    /** The slots of cell lists that stay the same from check to check, by identity (see {@link #slots(List)}). */
    private final Map<List<CellAddress>, int[]> slotsOfLists = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * The slot of each of these cells (-1 where the template names none), remembered for this very list:
     * for the lists a template's rules share between checks, such as the expected cells of a table.
     */
    public int[] slots(List<CellAddress> cells) {
        int[] slots = slotsOfLists.get(cells);
        if (slots == null) {
            slots = new int[cells.size()];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = slot(cells.get(i));
            }
            slotsOfLists.put(cells, slots);
        }
        return slots;
    }

    private final Map<List<CellAddress>, boolean[]> marksOfLists = Collections.synchronizedMap(new IdentityHashMap<>());

    /** Whether each slot is one of these cells, remembered for this very list as {@link #slots(List)} is. */
    public boolean[] marks(List<CellAddress> cells) {
        boolean[] marks = marksOfLists.get(cells);
        if (marks == null) {
            marks = new boolean[size()];
            for (int slot : slots(cells)) {
                if (slot >= 0) {
                    marks[slot] = true;
                }
            }
            marksOfLists.put(cells, marks);
        }
        return marks;
    }

    /** How many slots the template has. */
    public int size() {
        return addressOf.length;
    }

    /** How many data rows the template's tables have together. */
    int rowCount() {
        return rowCount;
    }

    /** The block of the table with this id, or null when the template has no such table. */
    Block block(String tableId) {
        return blocks.get(tableId);
    }

    /** The slot of a cell, or -1 when the template has no such data row or leaf column in that table. */
    public int slot(CellAddress address) {
        Integer slot = byAddress.get(address);
        return slot == null ? -1 : slot;
    }

    /** The number of the table's data row among all the template's data rows, or -1. */
    int row(TableLayout table, RowDef row) {
        Block block = byLayout.get(table);
        int r = block == null ? -1 : block.row(row.getId());
        return r < 0 ? -1 : block.rowBase() + r;
    }

    public CellAddress address(int slot) {
        return addressOf[slot];
    }

    public TableLayout table(int slot) {
        return blockOf[slot].table();
    }

    public RowDef row(int slot) {
        return rowOf[slot];
    }

    public ColumnDef column(int slot) {
        return columnOf[slot];
    }
}
