package cn.nianbao.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.nianbao.ui.document.ReportDocument;

/**
 * The reports open in this workbench and the one the user works on now, for the views and handlers that
 * follow the active editor (Checks view, Save, Undo, Export).
 */
public final class OpenReports {

    private static final List<ReportDocument> DOCUMENTS = new CopyOnWriteArrayList<>();
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile ReportDocument current;

    private OpenReports() {
    }

    public static void opened(ReportDocument document) {
        if (!DOCUMENTS.contains(document)) {
            DOCUMENTS.add(document);
        }
        activate(document);
    }

    public static void closed(ReportDocument document) {
        DOCUMENTS.remove(document);
        if (current == document) {
            current = DOCUMENTS.isEmpty() ? null : DOCUMENTS.get(DOCUMENTS.size() - 1);
        }
        fire();
    }

    public static void activate(ReportDocument document) {
        if (current != document) {
            current = document;
            fire();
        }
    }

    public static ReportDocument current() {
        return current;
    }

    public static List<ReportDocument> all() {
        return new ArrayList<>(DOCUMENTS);
    }

    public static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    private static void fire() {
        LISTENERS.forEach(Runnable::run);
    }
}
