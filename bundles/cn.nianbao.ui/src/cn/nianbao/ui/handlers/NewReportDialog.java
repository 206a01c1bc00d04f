package cn.nianbao.ui.handlers;

import java.time.Year;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.Messages;

/** Asks for the agency, its level and the report year of a new report. */
final class NewReportDialog extends TitleAreaDialog {

    private Text agencyText;
    private Combo levelCombo;
    private Spinner yearSpinner;
    private String agency;
    private AgencyLevel level;
    private int year;

    NewReportDialog(Shell shell) {
        super(shell);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.New_title);
        setMessage(Messages.New_message);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.New_agency);
        agencyText = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(agencyText);
        agencyText.addListener(SWT.Modify, e -> getButton(IDialogConstants.OK_ID).setEnabled(!agencyText.getText().isBlank()));
        new Label(form, SWT.NONE).setText(Messages.New_level);
        levelCombo = new Combo(form, SWT.READ_ONLY);
        for (AgencyLevel value : AgencyLevel.VALUES) {
            levelCombo.add(DisplayNames.level(value));
        }
        levelCombo.select(AgencyLevel.CITY_DEPT.getValue());
        new Label(form, SWT.NONE).setText(Messages.New_year);
        yearSpinner = new Spinner(form, SWT.BORDER);
        yearSpinner.setValues(Year.now().getValue() - 1, 2019, 2100, 0, 1, 10);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.New_title);
    }

    @Override
    protected void okPressed() {
        agency = agencyText.getText().strip();
        level = AgencyLevel.VALUES.get(levelCombo.getSelectionIndex());
        year = yearSpinner.getSelection();
        super.okPressed();
    }

    String agency() {
        return agency;
    }

    AgencyLevel level() {
        return level;
    }

    int year() {
        return year;
    }
}
