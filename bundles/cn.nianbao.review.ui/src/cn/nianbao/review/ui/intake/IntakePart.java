package cn.nianbao.review.ui.intake;

import java.util.function.Consumer;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import cn.nianbao.review.intake.IntakeEntry;
import cn.nianbao.review.intake.IntakeList;
import cn.nianbao.review.intake.Submission;
import cn.nianbao.review.intake.SubmittedReport;
import cn.nianbao.review.rollup.MemberSet;
import cn.nianbao.ui.DisplayNames;
import jakarta.annotation.PostConstruct;

/**
 * The intake view (报送情况): every unit of the region's roster with its deadline, days left, submission,
 * workflow status, the checks of its latest revision and return rounds; late, overdue and duplicated units
 * in red, those not yet due in yellow; the reports that match no unit below; and the two roster roll-ups.
 */
public final class IntakePart {

    /** Key of the {@link IntakeList} in the part's transient data. */
    public static final String LIST = "cn.nianbao.review.intake";
    /** Key of the roll-up action (a {@code Consumer<MemberSet>}) in the part's transient data. */
    public static final String ROLLUP = "cn.nianbao.review.intake.rollup";

    static final int COLUMN_SUBMISSION = 5;

    private Table table;
    private Label summary;
    private Label unmatched;

    @PostConstruct
    @SuppressWarnings("unchecked")
    public void create(Composite parent, MPart part) {
        createContents(parent, (IntakeList) part.getTransientData().get(LIST),
                (Consumer<MemberSet>) part.getTransientData().get(ROLLUP));
    }

    public Composite createContents(Composite parent, IntakeList list, Consumer<MemberSet> rollup) {
        Composite control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(3, false));
        summary = new Label(control, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText(NLS.bind(IntakeMessages.Intake_summary, new Object[] { list.region(), list.year(),
                list.entries().size(), list.today(), list.count(Submission.ON_TIME), list.count(Submission.LATE),
                list.count(Submission.NOT_SUBMITTED), list.count(Submission.OVERDUE), list.duplicated() }));
        button(control, IntakeMessages.Intake_rollupLocal, () -> rollup.accept(MemberSet.LOCAL));
        button(control, IntakeMessages.Intake_rollupRegion, () -> rollup.accept(MemberSet.REGION));
        table = new Table(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String title : new String[] { IntakeMessages.Intake_mark, IntakeMessages.Intake_unit,
                IntakeMessages.Intake_level, IntakeMessages.Intake_due, IntakeMessages.Intake_daysLeft,
                IntakeMessages.Intake_submission, IntakeMessages.Intake_submitted, IntakeMessages.Intake_status,
                IntakeMessages.Intake_errors, IntakeMessages.Intake_warnings, IntakeMessages.Intake_returnRounds,
                IntakeMessages.Intake_note }) {
            new TableColumn(table, SWT.NONE).setText(title);
        }
        Color late = new Color(parent.getDisplay(), 0xF8, 0xC8, 0xC8);
        Color pending = new Color(parent.getDisplay(), 0xFF, 0xF2, 0xC0);
        for (IntakeEntry entry : list.entries()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(row(entry));
            if (needsAttention(entry)) {
                item.setBackground(late);
            } else if (entry.submission() == Submission.NOT_SUBMITTED) {
                item.setBackground(pending);
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        unmatched = new Label(control, SWT.WRAP);
        unmatched.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        unmatched.setText(list.unmatched().isEmpty() ? ""
                : NLS.bind(IntakeMessages.Intake_unmatched, String.join("、", list.unmatched())));
        return control;
    }

    static boolean needsAttention(IntakeEntry entry) {
        return entry.submission().late() || entry.duplicated() || entry.errors() > 0;
    }

    private static String[] row(IntakeEntry e) {
        SubmittedReport r = e.report();
        String mark = needsAttention(e) ? "✗" : e.submission().submitted() ? "✓" : "·";
        String rounds = r == null ? "" : r.standing().returnRounds() == null ? "—" : r.standing().returnRounds().toString();
        return new String[] { mark, e.unit().name(), IntakeMessages.level(e.unit().level()), e.due().toString(),
                Long.toString(e.daysLeft()), IntakeMessages.submission(e.submission()),
                r == null ? "" : r.submitted().toString(), r == null ? "" : DisplayNames.status(r.standing().status()),
                r == null ? "" : Integer.toString(e.errors()), r == null ? "" : Integer.toString(e.warnings()), rounds,
                e.duplicated() ? NLS.bind(IntakeMessages.Intake_duplicated, String.join("、", e.reports())) : "" };
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    Table table() {
        return table;
    }

    Label summary() {
        return summary;
    }

    Label unmatched() {
        return unmatched;
    }
}
