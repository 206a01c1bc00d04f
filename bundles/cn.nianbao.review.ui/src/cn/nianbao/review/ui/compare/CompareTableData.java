package cn.nianbao.review.ui.compare;

import java.util.HashMap;
import java.util.Map;


import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.PrintedCell;
import cn.nianbao.model.format.PrintedLayout;
import cn.nianbao.ui.grid.PrintedLayoutData;
import cn.nianbao.review.compare.CellChange;
import cn.nianbao.review.compare.CrossYearCheck;
import cn.nianbao.review.compare.TableComparison;

/**
 * One side of a compared table in the official printed layout (read-only): the left side shows the earlier
 * report's values, the right side the later report's values followed by the difference and the percentage
 * change where the value changed ("3525  +14 (+0.4%)"), a large change flagged with "!" as well as colour.
 */
final class CompareTableData extends PrintedLayoutData {

    private final PrintedLayout layout;
    private final boolean right;
    private final Map<CellAddress, CellChange> cells = new HashMap<>();
    private final Map<CellAddress, CrossYearCheck> checks = new HashMap<>();

    CompareTableData(PrintedLayout layout, TableComparison table, Iterable<CrossYearCheck> crossYear, boolean right,
            boolean english) {
        super(english);
        this.layout = layout;
        this.right = right;
        table.cells().forEach(c -> cells.put(c.address(), c));
        if (right) {
            crossYear.forEach(c -> checks.merge(c.target(), c, (a, b) -> a.holds() ? b : a));
        }
    }

    @Override
    protected PrintedLayout layout() {
        return layout;
    }

    boolean isRight() {
        return right;
    }

    CellChange change(PrintedCell cell) {
        return cell.address() == null ? null : cells.get(cell.address());
    }

    /** The year-to-year check whose left-hand cell this is (right side only), or null. */
    CrossYearCheck check(PrintedCell cell) {
        return cell.address() == null ? null : checks.get(cell.address());
    }

    @Override
    public Object getDataValue(int column, int row) {
        PrintedCell cell = layout.at(row, column);
        if (cell.kind() != PrintedCell.Kind.DATA) {
            return labelText(cell);
        }
        CellChange change = change(cell);
        if (change == null) {
            return "";
        }
        if (!right) {
            return Format.value(change.before());
        }
        String value = Format.value(change.after());
        if (!change.changed()) {
            return value;
        }
        return (change.large() ? "! " : "") + value + "  " + Format.delta(change) ;
    }

    @Override
    public void setDataValue(int column, int row, Object newValue) {
        // read-only
    }

}
