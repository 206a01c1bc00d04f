package cn.nianbao.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.editing.Autosave;
import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.ReportData;
import cn.nianbao.store.Journal;
import cn.nianbao.testing.JournalFiles;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.OpenReports;
import cn.nianbao.ui.handlers.AutosaveTimer;
import cn.nianbao.ui.handlers.ReportSaveHandler;
import cn.nianbao.ui.parts.ReportEditorPart;

/**
 * Recovery that does what the officer said: after a crash one dialog restores every report, each to its own
 * file; Don't Save at quit leaves nothing to restore. Dialogs are answered with the keyboard.
 */
class RecoveryTest {

    private static final CellAddress CELL = new CellAddress("T3", "R13", "C1");

    private final XInput input = new XInput();
    private final OpenReports openReports = new OpenReports();
    private final List<ReportDocument> open = new ArrayList<>();
    private final List<String> dialogs = new ArrayList<>();
    private Shell shell;
    private AutosaveTimer timer;

    @AfterEach
    void close() {
        if (timer != null) {
            timer.stop();
        }
        open.forEach(openReports::closed);
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void afterACrashOneDialogRestoresBothReportsToTheirFiles(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path a = dir.resolve("a.nianbao");
        Path b = dir.resolve("b.nianbao");
        Autosave before = new Autosave(Journal.in(data));
        List<ReportDocument> edited = List.of(editedCopy(a, "7"), editedCopy(b, "8"));
        before.tick(edited);
        crash(data);

        List<ReportDocument> restored = new ArrayList<>();
        shell = new Shell(Display.getDefault());
        shell.setBounds(0, 0, 800, 600);
        shell.open();
        answerNextDialogWith(() -> input.key("alt+" + mnemonic(Messages.Autosave_restoreChecked)));
        timer = new AutosaveTimer(Display.getDefault(), new Autosave(Journal.in(data)), openReports);
        timer.offerRestore(shell, restored::add);

        assertEquals(List.of(Messages.Autosave_title + " (2)"), dialogs, "one dialog, listing both reports");
        assertEquals(2, restored.size());
        for (ReportDocument document : restored) {
            assertTrue(document.isDirty(), "restored changes are not saved yet");
            assertTrue(List.of(a, b).contains(document.file()), "the report keeps its file: " + document.file());
            assertTrue(ReportEditorPart.saveTo(shell, document, document.file()), "Ctrl+S writes back to it");
        }
        assertEquals(new BigDecimal("7"), ReportData.value(NativeFormat.read(a), CELL));
        assertEquals(new BigDecimal("8"), ReportData.value(NativeFormat.read(b), CELL));
        assertEquals(List.of(), new Autosave(Journal.in(data)).leftOver(), "nothing is offered twice");
    }

    @Test
    void dontSaveAtQuitAsksOnceAndLeavesNothingToRestore(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        timer = new AutosaveTimer(Display.getDefault(), new Autosave(Journal.in(data)), openReports);
        timer.start();
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 700);
        List<MPart> parts = new ArrayList<>();
        for (String name : new String[] { "a", "b" }) {
            ReportDocument document = editedCopy(dir.resolve(name + ".nianbao"), "9");
            ReportEditorPart editor = new ReportEditorPart();
            CTabFolder pages = editor.createPages(shell, document);
            pages.setSelection(3);
            openReports.opened(document);
            open.add(document);
            MPart part = MBasicFactory.INSTANCE.createPart();
            part.setLabel(document.title() + " " + name);
            part.setObject(editor);
            part.setDirty(true);
            parts.add(part);
        }
        shell.open();
        timer.journalNow();
        assertEquals(2, JournalFiles.in(data).size(), "both reports are journalled");

        answerNextDialogWith(() -> input.key("alt+" + mnemonic(Messages.Save_no)));
        boolean closing = new ReportSaveHandler().saveParts(parts, true);
        input.pump(100);

        assertTrue(closing);
        assertEquals(List.of(Messages.Save_resourcesTitle + " (2)"), dialogs, "one question for both reports");
        assertEquals(List.of(), JournalFiles.in(data), "Don't Save threw the journal away at once");
        crash(data);
        assertEquals(List.of(), new Autosave(Journal.in(data)).leftOver(), "a restart offers nothing");
    }

    private static char mnemonic(String label) {
        return Character.toLowerCase(label.charAt(label.indexOf('&') + 1));
    }

    private ReportDocument editedCopy(Path file, String value) throws Exception {
        ReportDocument document = ReportDocuments.open(TestData.seed());
        document.saveAs(file);
        document.execute(document.edits().set(CELL, new BigDecimal(value)).toCommand("edit"));
        assertTrue(document.isDirty());
        return document;
    }

    /**
     * When the next dialog opens: notes its title and row count, then answers it with a key press. A dialog
     * still open a few seconds later is closed, so that a wrong answer fails the test instead of hanging it.
     */
    private void answerNextDialogWith(Runnable keys) {
        Display display = Display.getDefault();
        display.timerExec(700, () -> {
            Shell dialog = openDialog();
            if (dialog == null) {
                dialogs.add("no dialog");
                return;
            }
            Table table = findTable(dialog);
            dialogs.add(dialog.getText() + " (" + (table == null ? 0 : table.getItemCount()) + ")");
            dialog.forceActive();
            input.pump(200);
            keys.run();
            display.timerExec(5_000, () -> {
                if (!dialog.isDisposed()) {
                    dialogs.add("still open after the answer");
                    dialog.close();
                }
            });
        });
    }

    /** The dialog on the screen: a visible shell other than the editor's. */
    private Shell openDialog() {
        for (Shell candidate : Display.getDefault().getShells()) {
            if (candidate != shell && candidate.isVisible()) {
                return candidate;
            }
        }
        return null;
    }

    private static Table findTable(org.eclipse.swt.widgets.Control control) {
        if (control instanceof Table table) {
            return table;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (var child : composite.getChildren()) {
                Table found = findTable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** As if the workbench had been killed: the journal files look written by a process that has ended. */
    private static void crash(Path data) throws Exception {
        Process ended = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        for (Path file : JournalFiles.in(data)) {
            byte[] bytes = Files.readAllBytes(file);
            int lineEnd = indexOf(bytes, (byte) '\n');
            String[] header = new String(bytes, 0, lineEnd, StandardCharsets.US_ASCII).split(" ");
            header[3] = Long.toString(ended.pid());
            byte[] head = String.join(" ", header).getBytes(StandardCharsets.US_ASCII);
            byte[] rest = java.util.Arrays.copyOfRange(bytes, lineEnd, bytes.length);
            Files.write(file, concat(head, rest));
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
