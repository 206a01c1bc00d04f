package cn.nianbao.validation.support;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.RowDef;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.Cell;
import cn.nianbao.model.report.DataTable;

/**
 * The cells of one report, built once per check so that the rules look cells up in constant time
 * (ReportData.cell scans the table). With the template's {@link CellSlots} the cells it names are held in
 * arrays by slot; any other cell (a row or column the template lacks) by address. Values are read once.
 */
public final class CellIndex {

    /** What an address absent from the report reads as: blank. */
    private static final CellValue ABSENT = CellValue.of(null);

    /** {@link #numberKind}: the slot has no cell in the report. */
    public static final byte MISSING = 0;
    /** {@link #numberKind}: the arithmetic value is a whole number of at most 12 digits (or 0), see {@link #wholeNumber}. */
    public static final byte WHOLE = 1;
    /** {@link #numberKind}: the arithmetic value has decimals or more than 12 digits. */
    public static final byte OTHER = 2;

    private final CellSlots slots;
    /** Every cell of the report in the report's order, a second cell at one address included. */
    private final Cell[] inOrder;
    /** The slot of each cell of {@link #inOrder}, -1 for one the template does not name. */
    private final int[] slotOf;
    private final CellValue[] values;
    /** The first cell of the report at each slot, as its position in {@link #inOrder}, or -1. */
    private final int[] firstAt;
    /** Whether the report's (first) table has a cell in each data row of the template. */
    private final boolean[] filledRows;
    /** The cells the template does not name: their first position in {@link #inOrder} by address. */
    private Map<CellAddress, Integer> others;
    private CellAddress[] otherAddresses;
    private byte[] numberKinds;
    private long[] wholeNumbers;

    /** Every cell by address (for a report whose template is not at hand). */
    public CellIndex(AnnualReport report) {
        this(report, null);
    }

    /** @param slots the slots of the report's template, or null to index every cell by address */
    public CellIndex(AnnualReport report, CellSlots slots) {
        this.slots = slots;
        // by index, not EMF's checked iterators: this runs over every cell of every report checked
        List<DataTable> tables = report.getTables();
        int count = 0;
        for (int t = 0; t < tables.size(); t++) {
            count += tables.get(t).getCells().size();
        }
        inOrder = new Cell[count];
        slotOf = new int[count];
        values = new CellValue[count];
        firstAt = new int[slots == null ? 0 : slots.size()];
        Arrays.fill(firstAt, -1);
        filledRows = new boolean[slots == null ? 0 : slots.rowCount()];
        int i = 0;
        for (int t = 0; t < tables.size(); t++) {
            DataTable table = tables.get(t);
            String tableId = table.getTableId();
            CellSlots.Block block = slots == null ? null : slots.block(tableId);
            // a second table with the same id does not decide which rows are filled (ReportShape reads the first)
            boolean first = isFirst(tables, t);
            List<Cell> cells = table.getCells();
            // a row's cells follow one another and share their row id: look the row up once
            String lastRowId = null;
            int lastRow = -1;
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                int slot = -1;
                if (block != null) {
                    String rowId = cell.getRow();
                    int row = rowId != null && rowId.equals(lastRowId) ? lastRow : block.row(rowId);
                    lastRowId = rowId;
                    lastRow = row;
                    if (row >= 0 && first) {
                        filledRows[block.rowBase() + row] = true;
                    }
                    slot = block.slot(row, cell.getColumn());
                }
                inOrder[i] = cell;
                slotOf[i] = slot;
                if (slot >= 0) {
                    if (firstAt[slot] < 0) {
                        firstAt[slot] = i;
                    }
                } else {
                    other(new CellAddress(tableId, cell.getRow(), cell.getColumn()), i);
                }
                i++;
            }
        }
    }

    /** Whether no table before the t-th has its id (a report has three or four tables). */
    private static boolean isFirst(List<DataTable> tables, int t) {
        String id = tables.get(t).getTableId();
        for (int u = 0; u < t; u++) {
            if (java.util.Objects.equals(id, tables.get(u).getTableId())) {
                return false;
            }
        }
        return true;
    }

    private void other(CellAddress address, int i) {
        if (others == null) {
            others = new HashMap<>();
            otherAddresses = new CellAddress[inOrder.length];
        }
        others.putIfAbsent(address, i);
        otherAddresses[i] = address;
    }

    /** The slots the cells are held by, or null when every cell is held by address. */
    public CellSlots slots() {
        return slots;
    }

    /** How many cells the report has (a second cell at one address counted too). */
    public int size() {
        return inOrder.length;
    }

    /** The i-th cell of the report, in the order of its tables and cells. */
    public Cell cellAt(int i) {
        return inOrder[i];
    }

    /** The slot of {@link #cellAt}, or -1 when the template does not name its cell. */
    public int slotAt(int i) {
        return slotOf[i];
    }

    /** The address of {@link #cellAt}. */
    public CellAddress addressAt(int i) {
        return slotOf[i] >= 0 ? slots.address(slotOf[i]) : otherAddresses[i];
    }

    /** The value of {@link #cellAt}, read once: the same as {@link #value(Cell)} of it. */
    public CellValue valueAt(int i) {
        CellValue value = values[i];
        if (value == null) {
            value = CellValue.of(inOrder[i]);
            values[i] = value;
        }
        return value;
    }

    /** The position in the report's order of the first cell at this address, or -1. */
    private int position(CellAddress address) {
        if (slots != null) {
            int slot = slots.slot(address);
            if (slot >= 0) {
                return firstAt[slot];
            }
        }
        Integer i = others == null ? null : others.get(address);
        return i == null ? -1 : i;
    }

    /** The cell, or null when the report has none at this address. */
    public Cell cell(CellAddress address) {
        int i = position(address);
        return i < 0 ? null : inOrder[i];
    }

    /** Whether a value came from an address the report does not have (as {@link #value} reads it). */
    public static boolean isAbsent(CellValue value) {
        return value == ABSENT;
    }

    public boolean has(CellAddress address) {
        return position(address) >= 0;
    }

    public CellValue value(CellAddress address) {
        int i = position(address);
        return i < 0 ? ABSENT : valueAt(i);
    }

    /** Whether the report has a cell at this slot of {@link #slots}. */
    public boolean hasSlot(int slot) {
        return firstAt[slot] >= 0;
    }

    /** The value at a slot of {@link #slots}, as {@link #value(CellAddress)} reads it. */
    public CellValue valueOfSlot(int slot) {
        int i = firstAt[slot];
        return i < 0 ? ABSENT : valueAt(i);
    }

    /**
     * Whether the report's table has any cell in this data row; null when the index cannot tell (no slots,
     * or a table of another template).
     */
    public Boolean rowFilled(TableLayout table, RowDef row) {
        int r = slots == null ? -1 : slots.row(table, row);
        return r < 0 ? null : filledRows[r];
    }

    /** {@link #MISSING}, {@link #WHOLE} or {@link #OTHER}: how the identities may add the value at a slot. */
    public byte numberKind(int slot) {
        if (numberKinds == null) {
            readNumbers();
        }
        return numberKinds[slot];
    }

    /** The arithmetic value at a slot whose {@link #numberKind} is {@link #WHOLE}. */
    public long wholeNumber(int slot) {
        if (wholeNumbers == null) {
            readNumbers();
        }
        return wholeNumbers[slot];
    }

    /** Every slot's number read once, so that the identities add longs instead of BigDecimals. */
    private void readNumbers() {
        byte[] kinds = new byte[firstAt.length];
        long[] numbers = new long[firstAt.length];
        for (int slot = 0; slot < firstAt.length; slot++) {
            if (firstAt[slot] < 0) {
                kinds[slot] = MISSING;
                continue;
            }
            BigDecimal value = valueAt(firstAt[slot]).arithmetic();
            if (value.signum() == 0) {
                kinds[slot] = WHOLE;
            } else if (value.scale() != 0 || value.precision() > 12) {
                kinds[slot] = OTHER;
            } else {
                kinds[slot] = WHOLE;
                numbers[slot] = value.longValue();
            }
        }
        wholeNumbers = numbers;
        numberKinds = kinds;
    }

    /**
     * {@link CellValue#of} of a cell of the report, read once per index: the rules that go through the
     * tables cell by cell share the values the identities read.
     */
    public CellValue value(Cell cell) {
        if (byCell == null) {
            byCell = new java.util.IdentityHashMap<>(inOrder.length * 2);
            for (int i = 0; i < inOrder.length; i++) {
                if (position(addressAt(i)) == i) {
                    byCell.put(inOrder[i], i);
                }
            }
        }
        Integer i = byCell.get(cell);
        return i == null ? CellValue.of(cell) : valueAt(i);
    }

    private Map<Cell, Integer> byCell;

    /** The value the arithmetic uses (blank and text count as 0). */
    public BigDecimal number(CellAddress address) {
        return value(address).arithmetic();
    }
}
