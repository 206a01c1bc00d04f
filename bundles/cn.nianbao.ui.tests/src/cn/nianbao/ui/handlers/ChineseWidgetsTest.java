package cn.nianbao.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.Severity;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.store.ImportSource;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.CellCursor;
import cn.nianbao.ui.OpenReports;
import cn.nianbao.ui.RecentFiles;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.grid.Screenshots;
import cn.nianbao.ui.grid.Widgets;
import cn.nianbao.ui.parts.ChecksPart;
import cn.nianbao.ui.parts.CommitDialog;
import cn.nianbao.ui.parts.StartPage;
import cn.nianbao.ui.parts.StatusLine;
import cn.nianbao.ui.parts.EditorOpener;
import cn.nianbao.ui.parts.ExplorerPart;
import cn.nianbao.ui.parts.HistoryPart;
import cn.nianbao.ui.parts.ReportEditorPart;

/**
 * Walks the texts of the live widgets (editor pages, Checks view, explorer with the repository, the History
 * view's rows, the 提交新版本 dialog, the New and import dialogs, a JFace message dialog) as a Chinese user sees them, and fails on any raw id of the
 * model's or the catalogue's enumerations (levels, severities, statuses, import notes) or any cell id
 * (T3/R01/C2, R02, PREV.R25). Runs in its own test JVM with the Chinese locale (see the pom).
 */
class ChineseWidgetsTest {

    /** Cell, row and column ids of the catalogue as they would leak into a text. */
    private static final Pattern CELL_ID = Pattern.compile("\\bT\\d/R\\d|\\b(PREV\\.)?R\\d\\d\\b|\\bC\\d\\b");

    private static final Set<String> RAW_WORDS = Stream.of(
            AgencyLevel.VALUES.stream().map(AgencyLevel::getLiteral),
            Severity.VALUES.stream().map(Severity::getLiteral),
            Stream.of(ReportStatus.values()).map(Enum::name),
            Stream.of(ImportNote.Kind.values()).map(Enum::name)).flatMap(s -> s).collect(Collectors.toSet());

    @TempDir
    Path data;

    private Shell shell;
    private final List<Shell> dialogs = new ArrayList<>();
    private RepositoryAccess repository;

    @AfterEach
    void close() {
        dialogs.forEach(d -> {
            if (!d.isDisposed()) {
                d.dispose();
            }
        });
        if (shell != null) {
            shell.dispose();
        }
        if (repository != null) {
            repository.close();
        }
    }

    @Test
    void noRawIdIsVisibleInTheChineseWorkbench() throws Exception {
        assertTrue(!UiLanguage.english(), "this test runs with the Chinese locale (-Duser.language=zh)");
        Display display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1366, 768);

        ReportDocument seed = ReportDocuments.open(TestData.seed());
        seed.execute(seed.edits().set(new CellAddress("T3", "R01", "C1"), new BigDecimal("5")).toCommand("5"));
        ReportDocument suqian = ReportDocuments.open(TestData.corpus("06"));
        try (ReportRepository store = ReportRepository.open(data)) {
            long id = store.saveRevision(suqian.report(), "测试", new ImportSource("06.txt", "0")).reportId();
            store.setStatus(id, ReportStatus.PUBLISHED);
        }
        repository = new RepositoryAccess(data);
        OpenReports open = new OpenReports();
        IEclipseContext context = EclipseContextFactory.create("walk");
        context.set(EPartService.class, nothing(EPartService.class));
        context.set(EModelService.class, nothing(EModelService.class));
        context.set(MApplication.class, nothing(MApplication.class));
        context.set(OpenReports.class, open);
        context.set(RepositoryAccess.class, repository);
        context.set(EditorOpener.class, ContextInjectionFactory.make(EditorOpener.class, context));

        CTabFolder views = new CTabFolder(shell, 0);
        Composite editorArea = tab(views, "editor");
        ReportEditorPart editor = new ReportEditorPart();
        CTabFolder pages = editor.createPages(editorArea, seed);
        context.set(Composite.class, tab(views, "checks"));
        ChecksPart checks = ContextInjectionFactory.make(ChecksPart.class, context);
        context.set(Composite.class, tab(views, "explorer"));
        ContextInjectionFactory.make(ExplorerPart.class, context);
        open.opened(seed);
        shell.open();

        List<String> texts = new ArrayList<>();
        for (CTabItem page : pages.getItems()) {
            pages.setSelection(page);
            Widgets.flush();
            texts.addAll(texts(editorArea));
        }
        views.setSelection(1);
        waitFor(() -> checks.shownDiagnostics() != null && !checks.shownDiagnostics().isEmpty());
        Table findings = Widgets.find(views.getItem(1).getControl(), Table.class, null);
        findings.setSelection(0);
        findings.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Widgets.flush();
        List<String> checkTexts = texts(views.getItem(1).getControl());
        Screenshots.save(shell, "checks-zh");
        String detail = String.join("\n", checkTexts);
        assertTrue(detail.contains("SUM-01 — ") && detail.contains("公式：") && detail.contains("应为 1，实为 5"),
                "the detail pane: rule and meaning, formula, expected and found: " + detail);
        texts.addAll(checkTexts);
        assertTrue(checkTexts.contains("错误"), "the severity is a word of the UI: " + checkTexts);
        assertTrue(checkTexts.stream().anyMatch(t -> t.startsWith("表三 一、本年新收政府信息公开申请数量 / 自然人")),
                "the cell as the table prints it: " + checkTexts);

        views.setSelection(2);
        Control explorer = views.getItem(2).getControl();
        Button refresh = Widgets.find(explorer, Button.class, "刷新");
        refresh.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Tree tree = Widgets.find(explorer, Tree.class, null);
        waitFor(() -> tree.getItemCount() > 0 && tree.getItem(0).getItemCount() > 0);
        List<String> explorerTexts = texts(explorer);
        texts.addAll(explorerTexts);
        assertTrue(explorerTexts.stream().anyMatch(t -> t.contains("已发布")), "the status in Chinese: " + explorerTexts);

        // the start page (recent files, the repository's latest reports) and the status line
        RecentFiles recent = new RecentFiles(InstanceScope.INSTANCE.getNode("cn.nianbao.ui.tests.walk" + System.nanoTime()));
        recent.remember(TestData.seed(), seed.report().getAgencyName(), seed.report().getYear());
        Composite startTab = tab(views, "start");
        StartPage start = new StartPage(startTab, recent, nothing(StartPage.Actions.class));
        start.showLatest(repository.get().list(null, null));
        context.set(CellCursor.class, new CellCursor());
        context.set(Composite.class, tab(views, "status"));
        ContextInjectionFactory.make(StatusLine.class, context);
        views.setSelection(3);
        Widgets.flush();
        List<String> startTexts = texts(startTab);
        assertTrue(startTexts.containsAll(List.of("最近打开的文件（双击打开）", "宝鸡市科学技术局", "2024", "已发布")),
                "the start page in Chinese: " + startTexts);
        views.setSelection(4);
        Widgets.flush();
        List<String> statusTexts = texts(views.getItem(4).getControl());
        assertTrue(statusTexts.contains("宝鸡市科学技术局  2024年度")
                && statusTexts.stream().anyMatch(t -> t.matches("错误 [1-9]\\d*   警告 \\d+")),
                "the status line's report and counts in Chinese: " + statusTexts);
        texts.addAll(startTexts);
        texts.addAll(statusTexts);

        // the History view over the repository (an imported revision, then one published with a reason)
        suqian.execute(suqian.edits().set(new CellAddress("T3", "R01", "C1"), new BigDecimal("3441")).toCommand("3441"));
        repository.get().commitRevision(suqian.report(), "李四", "改正表三", ReportStatus.PUBLISHED, "领导同意先发布");
        context.set(Composite.class, tab(views, "history"));
        HistoryPart history = ContextInjectionFactory.make(HistoryPart.class, context);
        history.show(repository.get().list(null, null).get(0));
        views.setSelection(5);
        Widgets.flush();
        List<String> historyTexts = texts(views.getItem(5).getControl());
        assertTrue(historyTexts.containsAll(List.of("r1", "r2", "李四", "已发布", "版本", "提交人")),
                "the History view in Chinese: " + historyTexts);
        assertTrue(historyTexts.stream().anyMatch(t -> t.contains("领导同意先发布")), historyTexts.toString());
        Screenshots.save(shell, "history-walk-zh");
        texts.addAll(historyTexts);

        CommitDialog commit = new CommitDialog(shell, seed, ReportStatus.PUBLISHED);
        commit.setBlockOnOpen(false);
        commit.open();
        dialogs.add(commit.getShell());
        Widgets.flush();
        List<String> commitTexts = texts(commit.getShell());
        assertTrue(commitTexts.containsAll(List.of("起草", "已发布", "取消")), "the 提交新版本 dialog in Chinese: " + commitTexts);
        Screenshots.save(commit.getShell(), "commit-zh");
        texts.addAll(commitTexts);

        NewReportDialog created = new NewReportDialog(shell);
        created.setBlockOnOpen(false);
        created.open();
        dialogs.add(created.getShell());
        List<String> newTexts = texts(created.getShell());
        texts.addAll(newTexts);
        assertTrue(newTexts.containsAll(List.of("市级政府部门", "乡镇（街道）", "国务院部门", "取消")), newTexts.toString());
        Screenshots.save(created.getShell(), "new-report-zh");

        var imported = ReportReader.read(TestData.corpus("06"));
        ImportPreviewDialog preview = new ImportPreviewDialog(shell, TestData.corpus("06"), imported);
        preview.setBlockOnOpen(false);
        preview.open();
        dialogs.add(preview.getShell());
        texts.addAll(texts(preview.getShell()));

        MessageDialog question = new MessageDialog(shell, "年报", null, "继续？", MessageDialog.CONFIRM, 0,
                org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
        question.setBlockOnOpen(false);
        question.open();
        dialogs.add(question.getShell());
        List<String> buttons = texts(question.getShell());
        assertTrue(buttons.containsAll(List.of("确定", "取消")), "JFace's buttons through the translation fragment: " + buttons);
        texts.addAll(buttons);

        List<String> raw = texts.stream().filter(ChineseWidgetsTest::raw).distinct().toList();
        assertEquals(List.of(), raw, "texts on screen that show an id instead of a name");
    }

    private static boolean raw(String text) {
        if (CELL_ID.matcher(text).find()) {
            return true;
        }
        return Stream.of(text.split("[^A-Za-z_]+")).anyMatch(RAW_WORDS::contains);
    }

    private static Composite tab(CTabFolder folder, String name) {
        CTabItem item = new CTabItem(folder, 0);
        item.setText(name);
        Composite content = new Composite(folder, 0);
        content.setLayout(new FillLayout());
        item.setControl(content);
        return content;
    }

    /** Every text a user can read in this control and below it (tooltips excluded: ids may go there). */
    private static List<String> texts(Control control) {
        List<String> out = new ArrayList<>();
        if (control instanceof Shell s) {
            out.add(s.getText());
        }
        if (control instanceof Label l) {
            out.add(l.getText());
        } else if (control instanceof org.eclipse.swt.widgets.Link l) {
            out.add(l.getText().replaceAll("<a href=\"\\d+\">|</a>", ""));
        } else if (control instanceof Button b) {
            out.add(b.getText());
        } else if (control instanceof Text t) {
            out.add(t.getText());
        } else if (control instanceof Combo c) {
            out.addAll(List.of(c.getItems()));
        } else if (control instanceof org.eclipse.swt.widgets.List l) {
            out.addAll(List.of(l.getItems()));
        } else if (control instanceof Table t) {
            for (TableColumn column : t.getColumns()) {
                out.add(column.getText());
            }
            for (TableItem item : t.getItems()) {
                for (int i = 0; i < Math.max(1, t.getColumnCount()); i++) {
                    out.add(item.getText(i));
                }
            }
        } else if (control instanceof Tree t) {
            for (TreeItem item : t.getItems()) {
                treeTexts(item, out);
            }
        } else if (control instanceof CTabFolder f) {
            for (CTabItem item : f.getItems()) {
                out.add(item.getText());
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                if (child.isVisible()) {
                    out.addAll(texts(child));
                }
            }
        }
        return out;
    }

    private static void treeTexts(TreeItem item, List<String> out) {
        out.add(item.getText());
        for (TreeItem child : item.getItems()) {
            treeTexts(child, out);
        }
    }


    /** A service the walk never uses: every call answers null, false or 0. */
    @SuppressWarnings("unchecked")
    private static <T> T nothing(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
            Class<?> result = method.getReturnType();
            if (result == boolean.class) {
                return false;
            }
            if (result == int.class || result == long.class) {
                return 0;
            }
            if (List.class.isAssignableFrom(result)) {
                return List.of();
            }
            return null;
        });
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            Widgets.flush();
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), "not on screen after 20 s");
    }
}
