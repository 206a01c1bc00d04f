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

    public CellChange cell(CellAddress address) {
        for (CellChange cell : cells) {
            if (cell.address().equals(address)) {
                return cell;
            }
        }
        return null;
    }
}
