package cn.nianbao.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.CellAddress;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.grid.Widgets;
import cn.nianbao.validation.Diagnostic;

/**
 * Accept… on the seed's TYP-03 warning in the Checks view: the dialog refuses an empty reason, the finding
 * then shows as accepted and is counted apart, a re-check keeps it, filling one of its cells reopens it,
 * and undo brings the acceptance back with the cell.
 */
class AcceptFindingTest {

    private static final String REASON = "No such requests this year; the cells stay blank as printed.";
    /** 一、本年新收 / 商业企业: blank in the seed, one of TYP-03's cells. */
    private static final CellAddress BLANK = new CellAddress("T3", "R01", "C2");

    @RegisterExtension
    final ChecksFixture fixture = new ChecksFixture();

    @Test
    void anAcceptedWarningIsShownAndCountedApartUntilItsCellChanges() throws Exception {
        fixture.open(1200, 500);
        Display display = fixture.shell.getDisplay();
        ReportDocument seed = fixture.seed;
        ChecksPart checks = fixture.checks;
        Diagnostic typ03 = typ03(seed);
        assertFalse(typ03.isAccepted());

        List<String> seenInDialog = new ArrayList<>();
        display.asyncExec(() -> fillTheDialog(display, seenInDialog));
        boolean confirmed = checks.menu().accept(typ03);
        Widgets.flush();

        assertEquals(List.of("OK disabled without a reason", "OK enabled with one"), seenInDialog);
        assertTrue(confirmed, "the dialog was confirmed");
        assertTrue(typ03(seed).isAccepted(), "the report keeps the acceptance");
        assertEquals(REASON, typ03(seed).acceptedReason());
        assertTrue(seed.isDirty(), "an acceptance is a change to save");
        assertTrue(rowText("TYP-03").startsWith("Warning (accepted)"), rowText("TYP-03"));
        assertTrue(summaryText().endsWith("; 1 accepted"), summaryText());
        fixture.screenshot("checks-accepted-en");

        seed.recheck();
        Widgets.flush();
        assertTrue(typ03(seed).isAccepted(), "a re-check keeps it");

        seed.execute(seed.edits().set(BLANK, BigDecimal.ZERO).toCommand("0"));
        Widgets.flush();
        assertFalse(typ03(seed).isAccepted(), "one of its cells changed: open again");
        assertTrue(summaryText().endsWith("; 0 accepted"), summaryText());

        seed.undo();
        Widgets.flush();
        assertTrue(typ03(seed).isAccepted(), "the cell as it was: the acceptance holds again");
        seed.undo();
        Widgets.flush();
        assertFalse(typ03(seed).isAccepted(), "Ctrl+Z takes the acceptance back");
    }

    /** What a reviewer does in the dialog: sees OK greyed, types the reason, presses OK. */
    private static void fillTheDialog(Display display, List<String> seen) {
        Shell dialog = display.getActiveShell();
        for (int i = 0; i < 100 && (dialog == null || !Messages.Accept_title.equals(dialog.getText())); i++) {
            display.readAndDispatch();
            dialog = display.getActiveShell();
        }
        Button ok = dialog == null ? null : Widgets.find(dialog, Button.class, Messages.Accept_ok);
        if (ok == null) {
            seen.add("no accept dialog with its button");
            if (dialog != null) {
                dialog.close(); // never leave a modal dialog that would hang the test run
            }
            return;
        }
        seen.add(ok.isEnabled() ? "OK enabled without a reason" : "OK disabled without a reason");
        Text reason = Widgets.find(dialog, Text.class, null);
        reason.setText(REASON);
        seen.add(ok.isEnabled() ? "OK enabled with one" : "OK disabled with one");
        ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private static Diagnostic typ03(ReportDocument document) {
        return document.diagnostics().stream().filter(d -> "TYP-03".equals(d.ruleId())).findFirst().orElseThrow();
    }

    private String rowText(String rule) {
        Table table = fixture.findings();
        for (var item : table.getItems()) {
            if (rule.equals(item.getText(1))) {
                return item.getText(0) + " | " + item.getText(2);
            }
        }
        return "no row of " + rule;
    }

    private String summaryText() {
        List<String> labels = new ArrayList<>();
        collect(fixture.shell, labels);
        return labels.stream().filter(t -> t.contains("accepted")).findFirst().orElse("no summary: " + labels);
    }

    private static void collect(Control control, List<String> labels) {
        if (control instanceof Label label) {
            labels.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, labels);
            }
        }
    }

}
