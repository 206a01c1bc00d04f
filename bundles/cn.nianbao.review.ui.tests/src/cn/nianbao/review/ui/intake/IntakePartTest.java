package cn.nianbao.review.ui.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.review.intake.IntakeEntry;
import cn.nianbao.review.intake.IntakeList;
import cn.nianbao.review.intake.ReportStanding;
import cn.nianbao.review.intake.Submission;
import cn.nianbao.review.intake.SubmittedReport;
import cn.nianbao.review.rollup.MemberSet;
import cn.nianbao.review.ui.compare.Screenshots;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RosterUnit;
import cn.nianbao.store.UnitLevel;
import cn.nianbao.ui.UiLanguage;

/**
 * The 报送情况 view with real widgets: one row per unit in roster order with its deadline, days left and
 * submission, late/overdue/duplicated rows in red and the not-yet-due in yellow, the unmatched reports, and
 * the two roll-up buttons; saves the screenshot intake-huaian.
 */
class IntakePartTest {

    private static final RGB RED = new RGB(0xF8, 0xC8, 0xC8);
    private static final RGB YELLOW = new RGB(0xFF, 0xF2, 0xC0);

    private Shell shell;

    private static SubmittedReport report(String agency, LocalDate submitted) {
        ReportSummary summary = new ReportSummary(1, agency, null, null, 2024, "v2021", ReportStatus.RETURNED, 2, 7, null);
        return new SubmittedReport(summary, ReportFactory.eINSTANCE.createAnnualReport(), submitted,
                new ReportStanding(ReportStatus.RETURNED, 1));
    }

    private static IntakeList list() {
        RosterUnit city = new RosterUnit("淮安市人民政府", UnitLevel.GOVERNMENT, null, null);
        RosterUnit hongze = new RosterUnit("洪泽区人民政府", UnitLevel.SUBREGION, "淮安市人民政府", null);
        RosterUnit finance = new RosterUnit("淮安市财政局", UnitLevel.DEPARTMENT, "淮安市人民政府", null);
        RosterUnit education = new RosterUnit("淮安市教育局", UnitLevel.DEPARTMENT, "淮安市人民政府", "王五");
        RosterUnit lianshui = new RosterUnit("涟水县人民政府", UnitLevel.SUBREGION, "淮安市人民政府", null);
        LocalDate march = LocalDate.of(2025, 3, 31);
        LocalDate january = LocalDate.of(2025, 1, 31);
        return new IntakeList("淮安市", 2024, LocalDate.of(2025, 2, 10), List.of(
                new IntakeEntry(city, march, 49, Submission.ON_TIME, report("淮安市人民政府", LocalDate.of(2025, 1, 20)),
                        0, 2, false, List.of("淮安市人民政府")),
                new IntakeEntry(hongze, march, 49, Submission.ON_TIME,
                        report("淮安市洪泽区人民政府", LocalDate.of(2025, 2, 1)), 1, 4, false, List.of("淮安市洪泽区人民政府")),
                new IntakeEntry(finance, january, -10, Submission.ON_TIME, report("淮安市财政局", LocalDate.of(2025, 1, 15)),
                        0, 0, true, List.of("淮安市财政局", "淮安市 财政局")),
                new IntakeEntry(education, january, -10, Submission.OVERDUE, null, 0, 0, false, List.of()),
                new IntakeEntry(lianshui, march, 49, Submission.NOT_SUBMITTED, null, 0, 0, false, List.of())),
                List.of("宝鸡市科学技术局"));
    }

    private IntakePart open(List<MemberSet> rollups) {
        shell = new Shell(Display.getDefault());
        shell.setText("Nianbao 报送情况");
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 420);
        IntakePart part = new IntakePart();
        part.createContents(shell, list(), rollups::add);
        shell.open();
        flush();
        return part;
    }

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }

    @Test
    void everyUnitIsARowInRosterOrderWithItsDeadlineAndSubmission() throws Exception {
        IntakePart part = open(new ArrayList<>());
        Table table = part.table();
        assertEquals(5, table.getItemCount());
        TableItem city = table.getItem(0);
        assertEquals("✓", city.getText(0));
        assertEquals("淮安市人民政府", city.getText(1));
        assertEquals(IntakeMessages.Level_GOVERNMENT, city.getText(2));
        assertEquals("2025-03-31", city.getText(3));
        assertEquals("49", city.getText(4));
        assertEquals(IntakeMessages.Submission_ON_TIME, city.getText(5));
        assertEquals("2025-01-20", city.getText(6));
        assertEquals(UiLanguage.english() ? "Returned" : "已退回", city.getText(7), "the status in the UI language");
        assertEquals("0", city.getText(8));
        assertEquals("2", city.getText(9));
        assertEquals("1", city.getText(10), "returned once");

        TableItem education = table.getItem(3);
        assertEquals("✗", education.getText(0));
        assertEquals("-10", education.getText(4));
        assertEquals(IntakeMessages.Submission_OVERDUE, education.getText(5));
        assertEquals("", education.getText(8), "no report: no error count");

        assertTrue(table.getItem(2).getText(11).contains("淮安市财政局、淮安市 财政局"), table.getItem(2).getText(11));
        assertTrue(part.unmatched().getText().contains("宝鸡市科学技术局"), part.unmatched().getText());
        assertEquals(NLS.bind(IntakeMessages.Intake_summary, new Object[] { "淮安市", 2024, 5, LocalDate.of(2025, 2, 10),
                3, 0, 1, 1, 1 }), part.summary().getText());
        Path shot = Screenshots.save(shell, "intake-huaian");
        assertTrue(Files.size(shot) > 0);
    }

    @Test
    void lateOverdueDuplicatedAndErroneousRowsAreRedAndTheNotYetDueYellow() {
        Table table = open(new ArrayList<>()).table();
        assertEquals(Display.getDefault().getSystemColor(SWT.COLOR_LIST_BACKGROUND).getRGB(),
                table.getItem(0).getBackground().getRGB(), "on time, no error: plain");
        assertEquals(RED, table.getItem(1).getBackground().getRGB(), "洪泽 has an ERROR");
        assertEquals(RED, table.getItem(2).getBackground().getRGB(), "财政局 is duplicated");
        assertEquals(RED, table.getItem(3).getBackground().getRGB(), "教育局 is overdue");
        assertEquals(YELLOW, table.getItem(4).getBackground().getRGB(), "涟水 is not due yet");
    }

    @Test
    void theRollupButtonsAskForTheOwnLevelAndTheWholeRegion() {
        List<MemberSet> asked = new ArrayList<>();
        open(asked);
        List<Button> buttons = new ArrayList<>();
        collect(shell, buttons);
        assertEquals(IntakeMessages.Intake_rollupLocal, buttons.get(0).getText());
        buttons.get(0).notifyListeners(SWT.Selection, null);
        buttons.get(1).notifyListeners(SWT.Selection, null);
        assertEquals(List.of(MemberSet.LOCAL, MemberSet.REGION), asked);
    }

    private static void collect(Composite parent, List<Button> buttons) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button) {
                buttons.add(button);
            } else if (child instanceof Composite composite) {
                collect(composite, buttons);
            }
        }
    }

    private static void flush() {
        Display display = Display.getDefault();
        while (display.readAndDispatch()) {
            // let the shell lay out and paint
        }
    }
}
