package cn.nianbao.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.prefs.Preferences;

import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RecentFiles;
import cn.nianbao.ui.grid.Screenshots;
import cn.nianbao.ui.grid.Widgets;

/**
 * The start page with real widgets: its three ways to begin, the recent files by agency and year (a missing
 * one marked, removable with Delete, a double-click opening the file) and the repository's latest reports.
 */
class StartPageTest {

    private final Preferences node = InstanceScope.INSTANCE.getNode("cn.nianbao.ui.tests.start" + System.nanoTime());
    private final List<String> done = new ArrayList<>();
    private Shell shell;

    @TempDir
    Path folder;

    @AfterEach
    void close() throws Exception {
        if (shell != null) {
            shell.dispose();
        }
        node.removeNode();
    }

    private StartPage open(RecentFiles recent) {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1100, 640);
        StartPage page = new StartPage(shell, recent, new StartPage.Actions() {
            @Override
            public void newReport() {
                done.add("new");
            }

            @Override
            public void newFromPrevious() {
                done.add("newFromPrevious");
            }

            @Override
            public void open() {
                done.add("open");
            }

            @Override
            public void openFile(Path file) {
                done.add("file " + file.getFileName());
            }

            @Override
            public void openFromRepository(ReportSummary report) {
                done.add("repository " + report.agency() + " " + report.year());
            }
        });
        shell.open();
        Widgets.flush();
        return page;
    }

    @Test
    void theThreeWaysToBeginRunTheirCommands() {
        open(new RecentFiles(node));
        for (String text : List.of(Messages.StartPage_new, Messages.StartPage_newFromPrevious, Messages.StartPage_open)) {
            Button button = Widgets.find(shell, Button.class, text);
            button.notifyListeners(SWT.Selection, new Event());
        }
        assertEquals(List.of("new", "newFromPrevious", "open"), done);
    }

    @Test
    void recentFilesShowAgencyAndYearMostRecentFirstAndAMissingFileIsMarked() throws Exception {
        Path kept = Files.writeString(folder.resolve("baoji-2024.nianbao"), "x");
        RecentFiles recent = new RecentFiles(node);
        recent.remember(folder.resolve("gone.nianbao"), "宿迁市人民政府", 2023);
        recent.remember(kept, "宝鸡市科学技术局", 2024);
        open(recent);
        Table table = table("startpage.recent");
        assertEquals(2, table.getItemCount());
        assertEquals("宝鸡市科学技术局", table.getItem(0).getText(0));
        assertEquals("2024", table.getItem(0).getText(1));
        assertEquals("baoji-2024.nianbao", table.getItem(0).getText(2));
        // marked in the user's language: "宿迁市人民政府 (the file no longer exists)", "宿迁市人民政府（文件已不存在）"
        assertEquals(Messages.bind(Messages.StartPage_missing, "宿迁市人民政府"), table.getItem(1).getText(0));
        Screenshots.save(shell, "start-page-en");
    }

    @Test
    void aDoubleClickOpensTheFileAndDeleteRemovesIt() throws Exception {
        RecentFiles recent = new RecentFiles(node);
        recent.remember(folder.resolve("a.nianbao"), "甲局", 2024);
        recent.remember(folder.resolve("b.nianbao"), "乙局", 2024);
        open(recent);
        Table table = table("startpage.recent");
        table.setSelection(1);
        table.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(List.of("file a.nianbao"), done);
        Event delete = new Event();
        delete.keyCode = SWT.DEL;
        table.notifyListeners(SWT.KeyDown, delete);
        Widgets.flush();
        assertEquals(1, table.getItemCount());
        assertEquals(List.of(folder.resolve("b.nianbao").toAbsolutePath()),
                new RecentFiles(node).entries().stream().map(RecentFiles.Entry::file).toList());
    }

    @Test
    void theRepositorysLatestReportsComeNewestFirstWithTheirStatus() {
        StartPage page = open(new RecentFiles(node));
        page.showLatest(List.of(
                new ReportSummary(1, "宿迁市人民政府", "CITY_GOV", null, 2023, "v2021", ReportStatus.DRAFT, 1, 11,
                        java.time.Instant.parse("2026-01-02T08:00:00Z")),
                new ReportSummary(2, "宝鸡市科学技术局", "CITY_DEPT", null, 2024, "v2021", ReportStatus.PUBLISHED, 3, 12,
                        java.time.Instant.parse("2026-03-04T08:00:00Z"))));
        Table table = table("startpage.repository");
        assertEquals("宝鸡市科学技术局", table.getItem(0).getText(0));
        assertEquals(Messages.Status_PUBLISHED, table.getItem(0).getText(2));
        table.setSelection(1);
        table.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(List.of("repository 宿迁市人民政府 2023"), done);
    }

    private Table table(String key) {
        Table found = find(shell, key);
        assertTrue(found != null, "no table " + key);
        return found;
    }

    private static Table find(Control root, String key) {
        if (root instanceof Table table && key.equals(table.getData(StartPage.TEST_KEY))) {
            return table;
        }
        if (root instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                Table found = find(child, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
