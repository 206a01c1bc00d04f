package cn.nianbao.validation.prose;

import java.util.concurrent.atomic.AtomicReference;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TextSection;

/**
 * The prose of the report checked last, reused while everything it was read from is still the very same
 * object: the workbench checks the open report again after every cell edit, and a cell edit leaves its
 * text alone, so the normalised sections and the figures read from them need not be made again. One entry
 * only, so that checking a batch of reports keeps nothing beyond the last; safe to share between threads.
 */
public final class LastProse {

    private record Entry(AnnualReport report, Object[] inputs, ProseView view) {
    }

    private final AtomicReference<Entry> last = new AtomicReference<>();

    public ProseView of(AnnualReport report) {
        Object[] inputs = inputs(report);
        Entry entry = last.get();
        if (entry != null && entry.report() == report && same(entry.inputs(), inputs)) {
            return entry.view();
        }
        ProseView view = new ProseView(report);
        last.set(new Entry(report, inputs, view));
        return view;
    }

    /** What a ProseView reads from the report; an edited text is a new String, so identity tells a change. */
    private static Object[] inputs(AnnualReport report) {
        Object[] inputs = new Object[6 + 2 * report.getSections().size()];
        inputs[0] = report.getTemplateVersion();
        inputs[1] = report.getTemplateKey();
        inputs[2] = report.getAgencyLevel();
        inputs[3] = report.getTitle();
        inputs[4] = report.getPreamble();
        inputs[5] = report.getReportScope();
        int i = 6;
        for (TextSection section : report.getSections()) {
            inputs[i++] = section.getKey();
            inputs[i++] = section.getBody();
        }
        return inputs;
    }

    private static boolean same(Object[] a, Object[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
