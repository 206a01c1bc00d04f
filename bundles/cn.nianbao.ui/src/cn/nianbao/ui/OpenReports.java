package cn.nianbao.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.core.contexts.IEclipseContext;

import cn.nianbao.editing.ReportDocument;

/**
 * The reports open in this workbench and the one the user works on now, for the views and handlers that
 * follow the active editor (Checks view, Save, Undo, Export). One instance lives in the application's
 * {@link IEclipseContext} (set up by {@link LifeCycle}); it also keeps the active report there as
 * {@code ReportDocument.class}, so that a handler asks for {@code @Optional ReportDocument}. The active
 * report is the editor focused last, not the focused part: it stays when the Checks view takes the focus.
 */
public final class OpenReports {

    private final List<ReportDocument> documents = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final IEclipseContext context;
    private volatile ReportDocument current;

    /** Open reports published in a context (the workbench's application context). */
    public OpenReports(IEclipseContext context) {
        this.context = context;
    }

    /** Open reports outside a workbench (tests). */
    public OpenReports() {
        this(null);
    }

    public void opened(ReportDocument document) {
        if (!documents.contains(document)) {
            documents.add(document);
        }
        activate(document);
    }

    public void closed(ReportDocument document) {
        documents.remove(document);
        if (current == document) {
            setCurrent(documents.isEmpty() ? null : documents.get(documents.size() - 1));
        }
        fire();
    }

    public void activate(ReportDocument document) {
        if (current != document) {
            setCurrent(document);
            fire();
        }
    }

    public ReportDocument current() {
        return current;
    }

    public List<ReportDocument> all() {
        return new ArrayList<>(documents);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void setCurrent(ReportDocument document) {
        current = document;
        if (context != null) {
            context.set(ReportDocument.class, document);
        }
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
