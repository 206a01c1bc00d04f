package cn.nianbao.review.compare;

import java.util.List;

import cn.nianbao.model.CellAddress;

/** One table of both reports, cell by cell in the print order of the later report's format. */
public record TableComparison(String tableId, List<CellChange> cells) {

    public TableComparison {
        cells = List.copyOf(cells);
    }

    public List<CellChange> changes() {
        return cells.stream().filter(CellChange::changed).toList();
    }

    public long largeChanges() {
        return cells.stream().filter(CellChange::large).count();
    }

    /**
     * True when the row says nothing in either year: every cell is 0 in both, or blank in both. A cell blank one
     * year and 0 the other was filled in, a change the reviewer is shown (blank is not zero).
     */
    public boolean zeroInBothYears(String rowId) {
        return cells.stream().filter(c -> c.address().row().equals(rowId))
                .allMatch(c -> !c.changed() && (c.before() == null || c.before().signum() == 0));
    }

    public CellChange cell(CellAddress address) {
        for (CellChange cell : cells) {
            if (cell.address().equals(address)) {
                return cell;
            }
        }
        return null;
    }
}
