package cn.nianbao.ui.parts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.report.TextSection;

/**
 * Text sections as the report prints them, each heading above an editable text. Typing goes into the undo
 * history in runs: a pause, a caret move or leaving the field ends a run, so Ctrl+Z undoes what was typed
 * last in one step, not letter by letter.
 */
final class SectionsPage {

    private final ScrolledComposite scroller;
    private final ReportDocument document;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final Map<String, Text> bodies = new LinkedHashMap<>();
    private final Runnable listener = () -> refreshers.forEach(Runnable::run);
    private final BiConsumer<String, String> comment;

    /** {@code comment}: 添加意见… on a section and the words selected in it (null: the report takes none). */
    SectionsPage(Composite parent, ReportDocument document, Predicate<String> keys, BiConsumer<String, String> comment) {
        this.document = document;
        this.comment = comment;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        Composite content = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 12).applyTo(content);
        for (TextSection section : document.report().getSections()) {
            if (section.getKey() != null && keys.test(section.getKey())) {
                addSection(content, section);
            }
        }
        scroller.setContent(content);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> scroller.setMinSize(content.computeSize(scroller.getClientArea().width, SWT.DEFAULT)));
        document.addListener(listener);
        scroller.addDisposeListener(e -> document.removeListener(listener));
    }

    Control control() {
        return scroller;
    }

    boolean shows(String sectionKey) {
        return bodies.containsKey(sectionKey);
    }

    /** Puts the caret in a section's text and selects what an undo or redo just changed there. */
    void reveal(String sectionKey, String before) {
        Text body = bodies.get(sectionKey);
        if (body == null || body.isDisposed()) {
            return;
        }
        body.setFocus();
        TextDifference.select(body, before);
        scroller.showControl(body);
    }

    /** Selects the quoted words in a section's text again (the whole text is shown when they are no longer there). */
    void selectPassage(String sectionKey, String quote) {
        Text body = bodies.get(sectionKey);
        if (body == null || body.isDisposed()) {
            return;
        }
        body.setFocus();
        int at = quote == null ? -1 : body.getText().indexOf(quote);
        if (at >= 0) {
            body.setSelection(at, at + quote.length());
        }
        scroller.showControl(body);
    }

    /** A section's text field (tests select in it and open its menu). */
    Text body(String sectionKey) {
        return bodies.get(sectionKey);
    }

    private void addSection(Composite content, TextSection section) {
        Label heading = new Label(content, SWT.NONE);
        heading.setText(TypingRun.heading(section));
        heading.setFont(JFaceResources.getBannerFont());
        Text body = new Text(content, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, section.getKey().equals("S1") ? 80 : 160).applyTo(body);
        bodies.put(section.getKey(), body);
        TypingRun run = new TypingRun(document, section, body);
        // the quote must be in the section as stored: what is being typed is committed first
        SectionMenu.attach(body, section.getKey(), comment == null ? null : (key, selected) -> {
            document.endTyping();
            comment.accept(key, selected);
        });
        refreshers.add(run::showModel);
        run.showModel();
    }
}
