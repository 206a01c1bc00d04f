package cn.nianbao.ui.parts;

import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import cn.nianbao.store.ReportSummary;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RecentFiles;
import cn.nianbao.ui.TableColumns;

/**
 * What the editor area shows while no report is open: the ways to begin (新建报告, 根据上年报告新建, 打开…), the
 * recent files by agency and year (the path in the tooltip; a file that is gone is marked and can be removed),
 * and the repository's latest reports. A double-click or Enter opens a file or report. The workbench wiring
 * (commands, editors, the repository) comes in through {@link Actions}, so that the page is tested alone.
 */
public final class StartPage {

    /** What the page's buttons and lists do. */
    public interface Actions {
        void newReport();

        void newFromPrevious();

        void open();

        void openFile(Path file);

        void openFromRepository(ReportSummary report);
    }

    static final String TEST_KEY = "org.eclipse.swtbot.widget.key";
    /** Icons of the application bundle (not in every test runtime: then the page has none). */
    private static final String ICONS = "platform:/plugin/cn.nianbao.app/icons/";
    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Composite page;
    private final RecentFiles recentFiles;
    private final Actions actions;
    private final TableViewer recent;
    private final TableViewer latest;
    private final Label latestNone;
    private final Runnable recentListener = this::showRecent;
    private final Image reportIcon;

    public StartPage(Composite parent, RecentFiles recentFiles, Actions actions) {
        this.recentFiles = recentFiles;
        this.actions = actions;
        page = new Composite(parent, SWT.NONE);
        page.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        page.setBackgroundMode(SWT.INHERIT_FORCE);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), page);
        reportIcon = icon(resources, "nianbao16.png");
        GridLayoutFactory.fillDefaults().numColumns(2).margins(24, 20).spacing(32, 10).applyTo(page);

        Label title = new Label(page, SWT.NONE);
        title.setText(Messages.StartPage_title);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(title);

        Composite begin = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(begin);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(begin);
        heading(begin, Messages.StartPage_begin);
        button(begin, Messages.StartPage_new, icon(resources, "eclipse/new_wiz.png"), "startpage.new", actions::newReport);
        button(begin, Messages.StartPage_newFromPrevious, icon(resources, "eclipse/new_wiz.png"), "startpage.newFromPrevious",
                actions::newFromPrevious);
        button(begin, Messages.StartPage_open, icon(resources, "eclipse/fldr_obj.png"), "startpage.open", actions::open);

        Composite lists = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(lists);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(lists);
        heading(lists, Messages.StartPage_recent);
        recent = recentTable(lists);
        heading(lists, Messages.StartPage_repository);
        latestNone = new Label(lists, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(latestNone);
        latest = latestTable(lists);

        recentFiles.addListener(recentListener);
        page.addListener(SWT.Dispose, e -> recentFiles.removeListener(recentListener));
        showRecent();
        showLatest(List.of());
    }

    public Control control() {
        return page;
    }

    /** Shows the repository's reports, the latest saved first (the caller reads them off the UI thread). */
    public void showLatest(List<ReportSummary> reports) {
        if (page.isDisposed()) {
            return;
        }
        List<ReportSummary> sorted = reports.stream()
                .sorted(java.util.Comparator.comparing(ReportSummary::lastSaved,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .limit(RecentFiles.MOST).toList();
        latest.setInput(sorted);
        // an empty repository is said in words, not shown as an empty table
        latestNone.setText(sorted.isEmpty() ? Messages.StartPage_repositoryNone : "");
        show(latestNone, sorted.isEmpty());
        show(latest.getTable(), !sorted.isEmpty());
        page.layout(true, true);
    }

    private static void show(Control control, boolean shown) {
        ((org.eclipse.swt.layout.GridData) control.getLayoutData()).exclude = !shown;
        control.setVisible(shown);
    }

    private static void heading(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().indent(0, 8).applyTo(label);
    }

    private static void button(Composite parent, String text, Image icon, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setImage(icon);
        button.setAlignment(SWT.LEFT);
        button.setData(TEST_KEY, key);
        button.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(button);
    }

    private TableViewer recentTable(Composite parent) {
        TableViewer viewer = table(parent, "startpage.recent");
        TableColumns.add(viewer, RecentFiles.Entry.class, Messages.StartPage_agency, 300, this::agencyShown,
                this::fileIcon, entry -> entry.file().toString());
        TableColumns.add(viewer, RecentFiles.Entry.class, Messages.StartPage_year, 70, entry -> String.valueOf(entry.year()),
                entry -> null, entry -> entry.file().toString());
        TableColumns.add(viewer, RecentFiles.Entry.class, Messages.StartPage_file, 260,
                entry -> String.valueOf(entry.file().getFileName()), entry -> null, entry -> entry.file().toString());
        viewer.addDoubleClickListener(e -> openRecent(viewer.getStructuredSelection()));
        Menu menu = new Menu(viewer.getTable());
        MenuItem remove = new MenuItem(menu, SWT.PUSH);
        remove.setText(Messages.StartPage_remove);
        remove.addListener(SWT.Selection, e -> removeSelected(viewer.getStructuredSelection()));
        viewer.getTable().setMenu(menu);
        viewer.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                removeSelected(viewer.getStructuredSelection());
            }
        });
        return viewer;
    }

    private TableViewer latestTable(Composite parent) {
        TableViewer viewer = table(parent, "startpage.repository");
        TableColumns.add(viewer, ReportSummary.class, Messages.StartPage_agency, 300, ReportSummary::agency);
        TableColumns.add(viewer, ReportSummary.class, Messages.StartPage_year, 70, report -> String.valueOf(report.year()));
        TableColumns.add(viewer, ReportSummary.class, Messages.StartPage_status, 90, report -> DisplayNames.status(report.status()));
        TableColumns.add(viewer, ReportSummary.class, Messages.StartPage_saved, 150,
                report -> report.lastSaved() == null ? "" : SAVED.format(report.lastSaved()));
        viewer.addDoubleClickListener(e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof ReportSummary report) {
                actions.openFromRepository(report);
            }
        });
        return viewer;
    }

    private static TableViewer table(Composite parent, String key) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setData(TEST_KEY, key);
        ColumnViewerToolTipSupport.enableFor(viewer);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 160).applyTo(viewer.getTable());
        return viewer;
    }

    private void showRecent() {
        if (!recent.getTable().isDisposed()) {
            recent.setInput(recentFiles.entries());
        }
    }

    private String agencyShown(RecentFiles.Entry entry) {
        return Files.exists(entry.file()) ? entry.agency() : Messages.bind(Messages.StartPage_missing, entry.agency());
    }

    /** A Nianbao file shows the application's icon; a file that is gone, a warning. */
    private Image fileIcon(RecentFiles.Entry entry) {
        return Files.exists(entry.file()) ? reportIcon : JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING);
    }

    private static Image icon(LocalResourceManager resources, String path) {
        try {
            ImageDescriptor descriptor = ImageDescriptor.createFromURL(URI.create(ICONS + path).toURL());
            return descriptor.getImageData(100) == null ? null : resources.create(descriptor);
        } catch (MalformedURLException | RuntimeException e) {
            return null;
        }
    }

    private void openRecent(IStructuredSelection selection) {
        if (selection.getFirstElement() instanceof RecentFiles.Entry entry) {
            actions.openFile(entry.file());
        }
    }

    private void removeSelected(IStructuredSelection selection) {
        if (selection.getFirstElement() instanceof RecentFiles.Entry entry) {
            recentFiles.forget(entry.file());
        }
    }
}
