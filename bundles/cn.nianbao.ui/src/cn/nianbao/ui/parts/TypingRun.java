package cn.nianbao.ui.parts;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.TextEdit;
import cn.nianbao.model.report.ReportPackage;
import cn.nianbao.model.report.TextSection;
import cn.nianbao.ui.Messages;

/**
 * Ties one text field to its section: what is typed becomes one undoable command per run of typing, and
 * the field shows the model again after an undo or redo, even while it has the focus.
 */
final class TypingRun implements TextEdit {

    static final int PAUSE_MS = 1_000;

    private final ReportDocument document;
    private final TextSection section;
    private final Text body;
    private final Runnable pause = this::endRun;
    private boolean showing;

    TypingRun(ReportDocument document, TextSection section, Text body) {
        this.document = document;
        this.section = section;
        this.body = body;
        body.addListener(SWT.Modify, e -> typed());
        body.addListener(SWT.FocusOut, e -> endRun());
        body.addListener(SWT.MouseDown, e -> endRun());
        body.addListener(SWT.KeyDown, this::keyDown);
    }

    static String heading(TextSection section) {
        return section.getHeading() == null ? section.getKey() : section.getHeading();
    }

    @Override
    public String label() {
        return Messages.bind(Messages.Edit_textOf, heading(section));
    }

    @Override
    public void commit() {
        if (body.isDisposed()) {
            return;
        }
        body.getDisplay().timerExec(-1, pause);
        String text = body.getText();
        if (!text.equals(modelText())) {
            SetCommand command = new SetCommand(document.domain(), section, ReportPackage.Literals.TEXT_SECTION__BODY, text);
            command.setLabel(label());
            document.execute(command);
        }
    }

    /** Shows the section's text unless the officer is in the middle of typing into this field. */
    void showModel() {
        if (body.isDisposed() || document.isTyping(this)) {
            return;
        }
        String text = modelText();
        if (!text.equals(body.getText())) {
            showing = true;
            try {
                body.setText(text);
            } finally {
                showing = false;
            }
        }
    }

    private void typed() {
        if (showing) {
            return;
        }
        document.typing(this);
        body.getDisplay().timerExec(PAUSE_MS, pause);
    }

    private void keyDown(Event event) {
        switch (event.keyCode) {
            case SWT.ARROW_LEFT, SWT.ARROW_RIGHT, SWT.ARROW_UP, SWT.ARROW_DOWN, SWT.HOME, SWT.END, SWT.PAGE_UP, SWT.PAGE_DOWN -> endRun();
            default -> {
                // typing continues the run
            }
        }
    }

    private void endRun() {
        if (document.isTyping(this)) {
            document.endTyping();
        }
    }

    private String modelText() {
        return section.getBody() == null ? "" : section.getBody();
    }
}
