package cn.nianbao.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.io.web.PageFetcher;
import cn.nianbao.io.web.WebReports;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.testing.LocalWebSite;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.grid.Screenshots;
import cn.nianbao.ui.grid.Widgets;

/**
 * Import ▸ from a web address, driven as a reviewer drives it against a site served on loopback by the test:
 * type the address, press Import, watch the download, choose from a list page, read what went wrong.
 */
class AddressImportTest {

    private static final LocalWebSite site = LocalWebSite.shared();
    private static final long PATIENCE_MILLIS = 20_000;

    private final Display display = Display.getDefault();
    private final Shell shell = new Shell(display);
    private final List<String> seen = new ArrayList<>();
    private AddressImportDialog dialog;

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void aReportPageIsFetchedAndReturnedRead() {
        int code = run(d -> {
            type(d, site.address("/xxgk/2024/baoji.html"));
            press(d, Messages.Address_import);
        });
        assertEquals(Window.OK, code, String.valueOf(seen));
        assertEquals(1, dialog.found().size());
        WebReports.Found found = dialog.found().get(0);
        assertEquals("宝鸡市科学技术局 2024", found.result().report().getAgencyName() + " " + found.result().report().getYear());
    }

    @Test
    void theSavedReportKeepsItsAddressAndRetrievalTime(@TempDir Path dir) throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String address = site.address("/xxgk/2024/baoji.html");
        int code = run(d -> {
            type(d, address);
            press(d, Messages.Address_import);
        });
        Instant after = Instant.now();
        assertEquals(Window.OK, code, String.valueOf(seen));
        ReportDocument document = new ReportDocument(dialog.found().get(0).result().report(), null, false);
        Path saved = dir.resolve("baoji.nianbao");
        document.saveAs(saved);

        String xml = Files.readString(saved, StandardCharsets.UTF_8);
        assertTrue(xml.contains("sourceUrl=\"" + address + "\""), xml.substring(0, Math.min(600, xml.length())));
        AnnualReport reopened = NativeFormat.read(saved);
        assertEquals(address, reopened.getSourceUrl());
        Instant retrieved = reopened.getRetrieved().toInstant();
        assertFalse(retrieved.isBefore(before) || retrieved.isAfter(after), before + " <= " + retrieved + " <= " + after);
    }

    @Test
    void aListPageOffersItsReportsAndOnlyTheCheckedOnesAreFetched() {
        int code = run(d -> {
            type(d, site.address("/xxgk/ndbg/index.html"));
            press(d, Messages.Address_import);
            Table table = await(() -> table(d) != null && table(d).isVisible() && table(d).getItemCount() > 0) ? table(d) : null;
            if (table == null) {
                seen.add("no list shown; message: " + d.getErrorMessage());
                return;
            }
            for (TableItem item : table.getItems()) {
                seen.add((item.getChecked() ? "[x] " : "[ ] ") + item.getText(0));
            }
            Widgets.flush();
            Screenshots.save(d.getShell(), "import-address-list-en");
            // the 2022 report of 某某局 is not wanted: uncheck it as a click on its box does
            TableItem last = table.getItem(table.getItemCount() - 1);
            last.setChecked(false);
            Event check = new Event();
            check.item = last;
            check.detail = SWT.CHECK;
            table.notifyListeners(SWT.Selection, check);
            press(d, Messages.Address_import);
        });
        assertEquals(List.of("[x] 宝鸡市科学技术局2024年政府信息公开工作年度报告", "[x] 宿迁市2023年政府信息公开工作年度报告",
                "[x] 淮安市人民政府 2024年 政府信息公开工作 年度报告", "[x] 某某局2022年政府信息公开工作年度报告"), seen);
        assertEquals(Window.OK, code);
        List<String> read = dialog.found().stream().filter(WebReports.Found::isRead)
                .map(f -> f.result().report().getAgencyName() + " " + f.result().report().getYear()).toList();
        assertEquals(List.of("宝鸡市科学技术局 2024", "宿迁市 2023", "淮安市人民政府 2024"), read);
        assertEquals(3, dialog.found().size(), "the unchecked report was not fetched");
    }

    @Test
    void aMissingPageIsSaidInTheDialogWhichStaysOpenWithTheAddress() {
        String missing = site.address("/xxgk/gone.html");
        int code = run(d -> {
            type(d, missing);
            press(d, Messages.Address_import);
            if (!await(() -> d.getErrorMessage() != null)) {
                seen.add("no error shown");
                return;
            }
            seen.add(d.getErrorMessage() + " " + reason(d));
            seen.add(addressField(d).getText());
            seen.add(Widgets.find(d.getShell(), Button.class, Messages.Address_import).isEnabled() ? "Import enabled" : "Import disabled");
            Widgets.flush();
            Screenshots.save(d.getShell(), "import-address-404-en");
            press(d, IDialogConstants.CANCEL_LABEL);
        });
        assertEquals(Window.CANCEL, code);
        assertEquals(3, seen.size(), String.valueOf(seen));
        assertTrue(seen.get(0).contains("404") && (seen.get(0).contains("not found") || seen.get(0).contains("页面不存在")), seen.get(0));
        assertEquals(missing, seen.get(1), "the address stays, to be corrected");
        assertEquals("Import enabled", seen.get(2));
    }

    @Test
    void cancelStopsASlowDownloadAndLeavesTheDialogOpen() {
        int code = run(d -> {
            type(d, site.address("/slow.html"));
            press(d, Messages.Address_import);
            Button importButton = Widgets.find(d.getShell(), Button.class, Messages.Address_import);
            seen.add(importButton.isEnabled() ? "Import enabled while downloading" : "Import disabled while downloading");
            press(d, IDialogConstants.CANCEL_LABEL);
            seen.add(d.getShell() != null && d.getMessage().equals(Messages.Address_cancelled) ? "open, cancelled" : "closed");
            seen.add(importButton.isEnabled() ? "Import enabled" : "Import disabled");
            press(d, IDialogConstants.CANCEL_LABEL);
        });
        assertEquals(Window.CANCEL, code);
        assertEquals(List.of("Import disabled while downloading", "open, cancelled", "Import enabled"), seen);
        assertTrue(dialog.found().isEmpty());
    }

    /** Opens the dialog and lets the script act in it as soon as it shows; never leaves a modal dialog open. */
    private int run(java.util.function.Consumer<AddressImportDialog> script) {
        dialog = new AddressImportDialog(shell, new WebReports(new PageFetcher(Duration.ofSeconds(2))));
        display.asyncExec(() -> {
            try {
                script.accept(dialog);
            } catch (RuntimeException | AssertionError e) {
                seen.add("script failed: " + e);
            }
            await(() -> dialog.getShell() == null);
            if (dialog.getShell() != null) {
                seen.add("dialog left open");
                dialog.close();
            }
        });
        return dialog.open();
    }

    private static void type(AddressImportDialog d, String text) {
        addressField(d).setText(text);
    }

    private void press(AddressImportDialog d, String label) {
        Button button = d.getShell() == null ? null : Widgets.find(d.getShell(), Button.class, label);
        if (button == null) {
            seen.add("no button " + label);
            return;
        }
        assertFalse(button.isDisposed());
        button.notifyListeners(SWT.Selection, new Event());
        Widgets.flush();
    }

    /** The one field a user types in (the title area's message is a read-only text). */
    private static Text addressField(AddressImportDialog d) {
        return Widgets.all(d.getShell(), Text.class).stream().filter(t -> (t.getStyle() & SWT.READ_ONLY) == 0).findFirst().orElseThrow();
    }

    /** The wrapped label under the address, where the reason of a failure is given in full. */
    private static String reason(AddressImportDialog d) {
        List<String> texts = new ArrayList<>();
        collectLabels(d.getShell(), texts);
        return texts.stream().filter(t -> t.contains("404")).findFirst().orElse("no reason in " + texts);
    }

    private static void collectLabels(Control control, List<String> texts) {
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectLabels(child, texts);
            }
        }
    }

    private static Table table(AddressImportDialog d) {
        return d.getShell() == null ? null : Widgets.find(d.getShell(), Table.class, null);
    }

    /** Lets the UI run until the condition holds, or gives up after a while. */
    private boolean await(BooleanSupplier condition) {
        long end = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return condition.getAsBoolean();
    }
}
