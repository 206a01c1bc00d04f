package cn.nianbao.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.Revision;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.grid.Screenshots;
import cn.nianbao.ui.grid.Widgets;

/**
 * The History view over a real H2 repository in a temporary folder: one row per revision as the user reads
 * it, 比较 only with two rows selected and then on those two (older first), and a commit made elsewhere in
 * the workbench showing up without a refresh.
 */
class HistoryViewTest {

    /** 一、本年新收 / 自然人 of 表三. */
    private static final CellAddress NATURAL = new CellAddress("T3", "R01", "C1");

    @TempDir
    Path data;

    private Shell shell;
    private RepositoryAccess access;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
        if (access != null) {
            access.close();
        }
    }

    @Test
    void showsOneRowPerRevisionAndComparesTheTwoSelected() throws Exception {
        access = new RepositoryAccess(data);
        ReportRepository repository = access.get();
        AnnualReport report = ReportDocuments.open(TestData.seed()).report();
        repository.commitRevision(report, "张三", "初稿", ReportStatus.DRAFT, null);
        ReportData.setValue(report, NATURAL, new BigDecimal("2"));
        repository.commitRevision(report, "李四", "改正表三", ReportStatus.APPROVED, null);
        ReportData.setValue(report, NATURAL, new BigDecimal("3"));
        repository.commitRevision(report, "王五", null, ReportStatus.PUBLISHED, "领导同意先发布");
        ReportSummary summary = repository.list(null, null).get(0);

        HistoryPart history = open();
        history.show(summary);
        Widgets.flush();

        Table table = history.table();
        assertEquals(3, table.getItemCount());
        assertEquals(List.of("r1", "张三", shown("Draft", "起草"), "初稿"), columns(table.getItem(0), 0, 2, 3, 5));
        assertEquals(List.of("r2", "李四", shown("Approved", "同意发布"), "改正表三"), columns(table.getItem(1), 0, 2, 3, 5));
        assertEquals(List.of("r3", "王五", shown("Published", "已发布"),
                shown("published with errors, reason: ", "有错误仍发布，理由：") + "领导同意先发布"),
                columns(table.getItem(2), 0, 2, 3, 5));
        assertTrue(table.getItem(0).getText(1).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), table.getItem(0).getText(1));
        String shortHash = table.getItem(2).getText(4);
        assertEquals(12, shortHash.length());
        assertTrue(repository.history(summary.id()).get(2).chainHash().startsWith(shortHash), shortHash);
        assertTrue(history.header().getText().endsWith(shown(" 2024: 3 revisions", " 2024 年度报告：3 个版本")),
                history.header().getText());
        Screenshots.save(shell, "history-en");

        assertFalse(history.compareButton().isEnabled(), "nothing selected: nothing to compare");
        select(table, 0);
        assertFalse(history.compareButton().isEnabled(), "one revision: nothing to compare");
        List<String> compared = new ArrayList<>();
        history.onCompare((before, after) -> compared.add(number(before) + " vs " + number(after)));
        select(table, 2, 0);
        assertTrue(history.compareButton().isEnabled(), "two revisions selected");
        history.compareButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("r1 vs r3"), compared, "the older of the two on the left");

        select(table, 0);
        tick(table, 2);
        tick(table, 1);
        assertTrue(history.compareButton().isEnabled(), "two revisions ticked");
        history.compareButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("r1 vs r3", "r2 vs r3"), compared, "the ticked two, not the one selected");
    }

    private static void tick(Table table, int row) {
        table.getItem(row).setChecked(true);
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.detail = SWT.CHECK;
        event.item = table.getItem(row);
        table.notifyListeners(SWT.Selection, event);
    }

    @Test
    void aCommitInTheWorkbenchShowsUpWithoutRefresh() throws Exception {
        access = new RepositoryAccess(data);
        ReportDocument document = ReportDocuments.open(TestData.seed());
        RepositorySave.commit(access.get(), document, new Submission("张三", "初稿", ReportStatus.DRAFT, null));
        HistoryPart history = open();
        history.show(access.get().list(null, null).get(0));
        Widgets.flush();
        assertEquals(1, history.table().getItemCount());

        document.execute(document.edits().set(NATURAL, new BigDecimal("9")).toCommand("9"));
        RepositorySave.commit(access.get(), document, new Submission("李四", "第二版", ReportStatus.APPROVED, null));
        access.changed();
        Widgets.flush();

        assertEquals(2, history.table().getItemCount());
        assertEquals(List.of("r2", "李四", shown("Approved", "同意发布"), "第二版"), columns(history.table().getItem(1), 0, 2, 3, 5));
        assertFalse(document.isDirty(), "committed: nothing left to save");
    }

    private HistoryPart open() {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 300);
        IEclipseContext context = EclipseContextFactory.create("history");
        context.set(RepositoryAccess.class, access);
        context.set(Composite.class, shell);
        HistoryPart part = ContextInjectionFactory.make(HistoryPart.class, context);
        shell.open();
        return part;
    }

    private static void select(Table table, int... rows) {
        table.deselectAll();
        table.select(rows);
        table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private static List<String> columns(TableItem item, int... columns) {
        List<String> texts = new ArrayList<>();
        for (int column : columns) {
            texts.add(item.getText(column));
        }
        return texts;
    }

    /** What the user reads, in the language the workbench runs in (the suite runs in English and Chinese). */
    private static String shown(String english, String chinese) {
        return UiLanguage.english() ? english : chinese;
    }

    private static String number(Revision revision) {
        return "r" + revision.number();
    }
}
