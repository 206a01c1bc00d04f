package cn.nianbao.ui;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.CellAddress;

/**
 * The cell each open report's grid has selected last, for the status line (which names it as the table prints
 * it). One instance lives in the application's context, beside {@link OpenReports}; the grids report to it.
 */
public final class CellCursor {

    private final Map<ReportDocument, CellAddress> cells = new WeakHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public synchronized void moved(ReportDocument document, CellAddress cell) {
        if (cell == null ? cells.remove(document) != null : !cell.equals(cells.put(document, cell))) {
            listeners.forEach(Runnable::run);
        }
    }

    /** The cell selected last in this report's grids; null when none was. */
    public synchronized CellAddress of(ReportDocument document) {
        return cells.get(document);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
