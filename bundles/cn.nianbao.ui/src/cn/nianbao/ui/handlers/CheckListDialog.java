package cn.nianbao.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import cn.nianbao.ui.Messages;

/**
 * One question about several reports at once, as Eclipse's Save Resources dialog asks it: a list with a
 * check box each (all checked), Select All / Deselect All, and two answers. Enter gives the first answer
 * for the checked reports; Esc cancels.
 */
final class CheckListDialog extends Dialog {

    static final int SECOND_ANSWER = IDialogConstants.CLIENT_ID + 1;

    private final String title;
    private final String message;
    private final List<String> items;
    private final String firstAnswer;
    private final String secondAnswer;
    private final List<Boolean> checked = new ArrayList<>();
    private Table table;

    CheckListDialog(Shell parent, String title, String message, List<String> items, String firstAnswer, String secondAnswer) {
        super(parent);
        this.title = title;
        this.message = message;
        this.items = items;
        this.firstAnswer = firstAnswer;
        this.secondAnswer = secondAnswer;
    }

    /** Which items were checked when the first answer was given; all false for the second; null when cancelled. */
    List<Boolean> ask() {
        int answer = open();
        if (answer == OK) {
            return checked;
        }
        return answer == SECOND_ANSWER ? items.stream().map(item -> false).toList() : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label label = new Label(area, SWT.WRAP);
        label.setText(message);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(label);
        table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        for (String item : items) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(item);
            row.setChecked(true);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(520, Math.min(10, items.size() + 1) * table.getItemHeight())
                .applyTo(table);
        Composite selection = new Composite(area, SWT.NONE);
        selection.setLayout(new org.eclipse.swt.layout.RowLayout());
        checkAllButton(selection, Messages.Save_selectAll, true);
        checkAllButton(selection, Messages.Save_deselectAll, false);
        return area;
    }

    private void checkAllButton(Composite parent, String text, boolean check) {
        org.eclipse.swt.widgets.Button button = new org.eclipse.swt.widgets.Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> {
            for (TableItem row : table.getItems()) {
                row.setChecked(check);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, OK, firstAnswer, true);
        createButton(parent, SECOND_ANSWER, secondAnswer, false);
        createButton(parent, CANCEL, Messages.Save_cancel, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == SECOND_ANSWER) {
            setReturnCode(SECOND_ANSWER);
            close();
            return;
        }
        if (buttonId == OK) {
            checked.clear();
            for (TableItem row : table.getItems()) {
                checked.add(row.getChecked());
            }
        }
        super.buttonPressed(buttonId);
    }
}
