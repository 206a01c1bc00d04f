package cn.nianbao.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.FileWorkflow;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.Reviewer;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.grid.Screenshots;
import cn.nianbao.ui.grid.Widgets;

/**
 * File ▸ Import Folder into Repository as a reviewer uses it on a folder of {@code .nianbao} files that came
 * back by e-mail: the import is recorded under the name set in the preferences, and a status change a file
 * carries that the repository's workflow no longer allows is named in the summary dialog with the reason, not
 * dropped silently. The dialog is read from the real widgets on screen.
 */
class ImportFolderSummaryTest {

    private static final long PATIENCE_MILLIS = 60_000;
    private static final int SIGHTINGS_BEFORE_READING = 4;

    @TempDir
    Path dir;
    private final Display display = Display.getDefault();
    private Shell shell;
    private RepositoryAccess access;
    private String storedAuthor;

    @BeforeEach
    void open() {
        shell = new Shell(display);
        storedAuthor = InstanceScope.INSTANCE.getNode(UiLanguage.NODE).get("author", "");
    }

    @AfterEach
    void close() {
        Reviewer.remember(storedAuthor);
        shell.dispose();
        if (access != null) {
            access.close();
        }
    }

    @Test
    void theImportIsRecordedUnderThePreferencesNameAndARefusedStepIsNamedWithItsReason() throws Exception {
        Reviewer.remember("王审核");
        Path folder = Files.createDirectories(dir.resolve("收件"));
        AnnualReport file = ReportDocuments.open(TestData.seed()).report();
        FileWorkflow.changeStatus(file, ReportStatus.SUBMITTED, "张三", null);
        FileWorkflow.changeStatus(file, ReportStatus.RETURNED, "王审", null);
        NativeFormat.write(file, folder.resolve("宝鸡.nianbao"));
        access = new RepositoryAccess(dir.resolve("data"));

        Shown first = importAndRead(folder, "import-folder-summary");
        assertEquals(shown("1 imported, 0 skipped (already in the repository), 0 failed.",
                "已导入 1 份，跳过 0 份（资料库中已有），失败 0 份。"), first.text());
        assertEquals("information", first.kind());
        ReportRepository repository = access.get();
        long id = repository.find("宝鸡市科学技术局", 2024).orElseThrow().id();
        assertEquals("王审核", repository.history(id).get(0).author(), "the preferences' name, not the system user's");
        assertEquals(ReportStatus.RETURNED, repository.report(id).orElseThrow().status());

        // meanwhile the report went on in the repository; the officer's file still wants 已退回 → 已修改
        repository.changeStatus(id, ReportStatus.REVISED, "张三", null);
        repository.changeStatus(id, ReportStatus.APPROVED, "王审", null);
        FileWorkflow.changeStatus(file, ReportStatus.REVISED, "赵六", null);
        String when = file.getReview().getStatusChanges().get(2).getDate().toInstant().toString();
        NativeFormat.write(file, folder.resolve("宝鸡.nianbao"));

        Shown second = importAndRead(folder, "import-folder-refused-step");
        assertEquals(shown("0 imported, 1 skipped (already in the repository), 0 failed.\n\n"
                + "1 status change(s) carried by the files were not applied (the files themselves are in the repository;"
                + " the repository's workflow does not allow these steps now):\n"
                + "宝鸡.nianbao: 宝鸡市科学技术局 2024: the file's status change returned -> revised (赵六, " + when
                + ") was not applied: The report 宝鸡市科学技术局 2024 is approved: it cannot be set to revised."
                + " Allowed next: returned, published.",
                "已导入 0 份，跳过 1 份（资料库中已有），失败 0 份。\n\n"
                + "文件中有 1 项状态变更未应用（文件本身已在资料库中；资料库中的流程现在不允许这些步骤）：\n"
                + "宝鸡.nianbao: 宝鸡市科学技术局 2024年：文件中的状态变更“已退回 → 已修改”（赵六，" + when
                + "）未应用：报告“宝鸡市科学技术局 2024年”当前为“同意发布”，不能改为“已修改”。下一步只能是：已退回、已发布。"),
                second.text());
        assertEquals("warning", second.kind(), "something the file asked for did not happen");
        assertEquals(ReportStatus.APPROVED, repository.report(id).orElseThrow().status());
    }

    private record Shown(String text, String kind) {
    }

    /**
     * Starts the import as the handler does after the folder is chosen, and reads the summary dialog once it
     * has been on screen for a moment (painted, for the screenshot), from a timer, which runs inside the
     * dialog's own event loop; then closes it.
     */
    private Shown importAndRead(Path folder, String screenshot) {
        List<Shown> seen = new ArrayList<>();
        Runnable look = new Runnable() {
            private int sightings;

            @Override
            public void run() {
                Shell dialog = dialog();
                if (dialog == null || ++sightings < SIGHTINGS_BEFORE_READING) {
                    display.timerExec(100, this);
                    return;
                }
                List<Label> labels = Widgets.all(dialog, Label.class);
                String text = labels.stream().map(Label::getText).filter(t -> !t.isEmpty()).findFirst().orElse("");
                boolean warning = labels.stream().anyMatch(l -> l.getImage() == display.getSystemImage(SWT.ICON_WARNING));
                Screenshots.save(dialog, screenshot + (UiLanguage.english() ? "-en" : "-zh"));
                seen.add(new Shown(text, warning ? "warning" : "information"));
                dialog.close();
            }
        };
        display.timerExec(100, look);
        ImportFolderHandler.start(shell, access, folder);
        long until = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (seen.isEmpty() && System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.timerExec(-1, look);
        assertEquals(1, seen.size(), "no summary dialog shown within a minute");
        assertNotNull(seen.get(0).text());
        return seen.get(0);
    }

    private Shell dialog() {
        for (Shell open : display.getShells()) {
            if (open != shell && !open.isDisposed() && open.isVisible() && Messages.Repository_title.equals(open.getText())) {
                return open;
            }
        }
        return null;
    }

    private static String shown(String english, String chinese) {
        return UiLanguage.english() ? english : chinese;
    }
}
