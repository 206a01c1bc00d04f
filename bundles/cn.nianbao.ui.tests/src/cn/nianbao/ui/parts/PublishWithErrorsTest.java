package cn.nianbao.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.CellAddress;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.RevisionNote;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.grid.Widgets;

/**
 * 提交新版本… of a report with an uncorrected ERROR: 已发布 greys Commit until a reason is written, and the
 * reason is stored with the revision together with the author; a draft needs none.
 */
class PublishWithErrorsTest {

    /** 一、本年新收 / 自然人: 5 breaks the seed's SUM-01 (an ERROR). */
    private static final CellAddress NATURAL = new CellAddress("T3", "R01", "C1");
    private static final String REASON = "合计口径与上级要求一致，经领导同意先发布";

    @TempDir
    Path data;

    private Shell shell;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void publishingWithAnErrorAsksWhyAndKeepsWhoAndWhy() throws Exception {
        ReportDocument document = ReportDocuments.open(TestData.seed());
        document.execute(document.edits().set(NATURAL, new BigDecimal("5")).toCommand("5"));
        assertTrue(document.diagnostics().stream().anyMatch(d -> "SUM-01".equals(d.ruleId()) && !d.isAccepted()),
                "SUM-01 broken");

        List<String> seen = new ArrayList<>();
        Submission submission = runDialog(document, dialog -> {
            Button ok = Widgets.find(dialog, Button.class, Messages.Commit_ok);
            List<Text> texts = texts(dialog);
            texts.get(0).setText("张三");
            seen.add("draft: " + enabled(ok) + ", reason shown " + texts.get(2).isVisible());
            Combo status = Widgets.find(dialog, Combo.class, null);
            status.select(List.of(status.getItems()).indexOf(Messages.Status_PUBLISHED));
            status.notifyListeners(SWT.Selection, new Event());
            seen.add("published: " + enabled(ok) + ", reason shown " + texts.get(2).isVisible());
            texts.get(2).setText(REASON);
            seen.add("with a reason: " + enabled(ok));
            ok.notifyListeners(SWT.Selection, new Event());
        });

        assertEquals(List.of("draft: enabled, reason shown false", "published: disabled, reason shown true",
                "with a reason: enabled"), seen);
        assertNotNull(submission, "committed");
        try (ReportRepository repository = ReportRepository.open(data)) {
            RepositorySave.commit(repository, document, submission);
            long id = repository.list(null, null).get(0).id();
            RevisionNote note = repository.notes(id).get(0);
            assertEquals(ReportStatus.PUBLISHED, note.status());
            assertEquals("张三", note.author());
            assertEquals(REASON, note.overrideReason());
            assertEquals(ReportStatus.PUBLISHED, repository.report(id).orElseThrow().status());
        }
    }

    @Test
    void aDraftWithErrorsIsCommittedWithoutAReason() throws Exception {
        ReportDocument document = ReportDocuments.open(TestData.seed());
        document.execute(document.edits().set(NATURAL, new BigDecimal("5")).toCommand("5"));
        Submission submission = runDialog(document, dialog -> {
            texts(dialog).get(1).setText("先存一版");
            Widgets.find(dialog, Button.class, Messages.Commit_ok).notifyListeners(SWT.Selection, new Event());
        });
        assertEquals(ReportStatus.DRAFT, submission.status());
        assertEquals("先存一版", submission.comment());
        assertNull(submission.overrideReason());
    }

    interface Hands {
        void use(Shell dialog);
    }

    /** Opens the dialog and, once it shows, does what a person does in it; null when it never showed. */
    private Submission runDialog(ReportDocument document, Hands hands) {
        Display display = Display.getDefault();
        shell = new Shell(display);
        CommitDialog dialog = new CommitDialog(shell, document, null);
        display.asyncExec(() -> {
            Shell active = display.getActiveShell();
            for (int i = 0; i < 100 && (active == null || !Messages.Commit_title.equals(active.getText())); i++) {
                display.readAndDispatch();
                active = display.getActiveShell();
            }
            if (active == null || !Messages.Commit_title.equals(active.getText())) {
                dialog.close();
                return;
            }
            try {
                hands.use(active);
            } finally {
                if (!active.isDisposed()) {
                    active.close(); // never leave a modal dialog that would hang the test run
                }
            }
        });
        return dialog.open() == Window.OK ? dialog.submission() : null;
    }

    private static String enabled(Button button) {
        return button.isEnabled() ? "enabled" : "disabled";
    }

    /** The dialog's text fields in order: author, comment, reason. */
    private static List<Text> texts(Control root) {
        return Widgets.all(root, Text.class);
    }
}
