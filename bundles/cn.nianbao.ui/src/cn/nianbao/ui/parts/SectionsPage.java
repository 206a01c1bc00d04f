package cn.nianbao.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cn.nianbao.model.report.ReportPackage;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.document.ReportDocument;

/**
 * Text sections as the report prints them, each heading above an editable text. Typing is committed to the
 * undo history when the officer pauses or leaves the field, not for every character.
 */
final class SectionsPage {

    private static final int PAUSE_MS = 800;

    private final ScrolledComposite scroller;
    private final ReportDocument document;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final Runnable listener = () -> refreshers.forEach(Runnable::run);

    SectionsPage(Composite parent, ReportDocument document, Predicate<String> keys) {
        this.document = document;
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

    private void addSection(Composite content, TextSection section) {
        Label heading = new Label(content, SWT.NONE);
        heading.setText(section.getHeading() == null ? section.getKey() : section.getHeading());
        heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        Text body = new Text(content, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        body.setText(section.getBody() == null ? "" : section.getBody());
        GridDataFactory.fillDefaults().grab(true, false).hint(600, section.getKey().equals("S1") ? 80 : 160).applyTo(body);
        Runnable commit = () -> commit(section, body);
        body.addListener(SWT.Modify, e -> body.getDisplay().timerExec(PAUSE_MS, commit));
        body.addListener(SWT.FocusOut, e -> commit.run());
        refreshers.add(() -> {
            String text = section.getBody() == null ? "" : section.getBody();
            if (!body.isDisposed() && !body.isFocusControl() && !text.equals(body.getText())) {
                body.setText(text);
            }
        });
    }

    private void commit(TextSection section, Text body) {
        if (body.isDisposed()) {
            return;
        }
        String text = body.getText();
        String current = section.getBody() == null ? "" : section.getBody();
        if (!text.equals(current)) {
            SetCommand command = new SetCommand(document.domain(), section, ReportPackage.Literals.TEXT_SECTION__BODY, text);
            command.setLabel(Messages.Edit_text);
            document.execute(command);
        }
    }
}
