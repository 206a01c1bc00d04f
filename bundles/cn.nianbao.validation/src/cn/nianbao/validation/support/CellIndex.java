package cn.nianbao.validation.support;

import java.util.HashMap;
import java.util.Map;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;

/**
 * The cells of one report by address, built once per check so that the rules look cells up in constant
 * time (ReportData.cell scans the table). Read values once: {@link #value} caches the CellValue too.
 */
public final class CellIndex {

    /** What an address absent from the report reads as: blank. */
    private static final CellValue ABSENT = CellValue.of(null);

    /** A cell, its address and, once read, its value. */
    private static final class Slot {
        final Cell cell;
        final CellAddress address;
        CellValue value;

        Slot(Cell cell, CellAddress address) {
            this.cell = cell;
            this.address = address;
        }

        CellValue value() {
            if (value == null) {
                value = CellValue.of(cell);
            }
            return value;
        }
    }

    private final Map<CellAddress, Slot> cells;
    /** Every cell of the report in the report's order, a second cell at one address included. */
    private final Slot[] inOrder;

    public CellIndex(AnnualReport report) {
        int count = 0;
        for (DataTable table : report.getTables()) {
            count += table.getCells().size();
        }
        cells = HashMap.newHashMap(count);
        inOrder = new Slot[count];
        int i = 0;
        for (DataTable table : report.getTables()) {
            String tableId = table.getTableId();
            for (Cell cell : table.getCells()) {
                Slot slot = new Slot(cell, new CellAddress(tableId, cell.getRow(), cell.getColumn()));
                cells.putIfAbsent(slot.address, slot);
                inOrder[i++] = slot;
            }
        }
    }

    /** How many cells the report has (a second cell at one address counted too). */
    public int size() {
        return inOrder.length;
    }

    /** The i-th cell of the report, in the order of its tables and cells. */
    public Cell cellAt(int i) {
        return inOrder[i].cell;
    }

    /** The address of {@link #cellAt}. */
    public CellAddress addressAt(int i) {
        return inOrder[i].address;
    }

    /** The value of {@link #cellAt}, read once: the same as {@link #value(Cell)} of it. */
    public CellValue valueAt(int i) {
        return inOrder[i].value();
    }

    /** The cell, or null when the report has none at this address. */
    public Cell cell(CellAddress address) {
        Slot slot = cells.get(address);
        return slot == null ? null : slot.cell;
    }

    /** Whether a value came from an address the report does not have (as {@link #value} reads it). */
    public static boolean isAbsent(CellValue value) {
        return value == ABSENT;
    }

    public boolean has(CellAddress address) {
        return cells.containsKey(address);
    }

    public CellValue value(CellAddress address) {
        Slot slot = cells.get(address);
        return slot == null ? ABSENT : slot.value();
    }

    /**
     * {@link CellValue#of} of a cell of the report, read once per index: the rules that go through the
     * tables cell by cell share the values the identities read.
     */
    public CellValue value(Cell cell) {
        if (byCell == null) {
            byCell = new java.util.IdentityHashMap<>(cells.size() * 2);
            for (Slot slot : cells.values()) {
                byCell.put(slot.cell, slot);
            }
        }
        Slot slot = byCell.get(cell);
        return slot == null ? CellValue.of(cell) : slot.value();
    }

    private java.util.Map<Cell, Slot> byCell;

    /** The value the arithmetic uses (blank and text count as 0). */
    public java.math.BigDecimal number(CellAddress address) {
        return value(address).arithmetic();
    }
}
