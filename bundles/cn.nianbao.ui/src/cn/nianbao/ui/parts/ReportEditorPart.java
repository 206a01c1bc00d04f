package cn.nianbao.ui.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ChangeSite;
import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.SectionTexts;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.TableDef;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.ui.CellCursor;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.OpenReports;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.grid.ReportGrid;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * One report, one editor: a page for the overview, one for each text part and one grid for each table.
 * The dirty mark follows the undo history; Save writes the native file atomically.
 */
public final class ReportEditorPart {

    /** Key of the {@link ReportDocument} in the part's transient data. */
    public static final String DOCUMENT = "cn.nianbao.ui.document";

    @Inject
    private MDirtyable dirtyable;
    @Inject
    private OpenReports openReports;
    @Inject
    private RepositoryAccess repository;
    @Inject
    @Optional
    private CellCursor cellCursor;

    private ReportDocument document;
    private CTabFolder pages;
    private final java.util.Map<String, ReportGrid> grids = new java.util.HashMap<>();
    private final Runnable listener = this::documentChanged;
    private MPart part;
    private final Map<SectionsPage, CTabItem> sections = new LinkedHashMap<>();
    private CTabItem overview;
    private final Map<ReportGrid, CTabItem> gridPages = new java.util.HashMap<>();

    @PostConstruct
    public void create(Composite parent, MPart part) {
        this.part = part;
        this.document = (ReportDocument) part.getTransientData().get(DOCUMENT);
        this.pages = createPages(parent, document);
        document.addListener(listener);
        openReports.opened(document);
        documentChanged();
    }

    /** Builds the pages of an editor for a document; also used by tests without the workbench. */
    public CTabFolder createPages(Composite parent, ReportDocument report) {
        this.document = report;
        boolean english = UiLanguage.english();
        CTabFolder folder = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        Template template = FormatCatalogue.template(report.report());
        overview = addPage(folder, Messages.Editor_overview, new OverviewPage(folder, report).control());
        // a report of the repository takes comments there; a file's in the file (through the undo history)
        boolean takesComments = repository != null || !report.fromRepository();
        BiConsumer<String, String> passageComment = takesComments
                ? (key, selected) -> CommentDialog.onPassage(folder.getShell(), repository, report, key, selected)
                : null;
        addSections(folder, Messages.Editor_section1,
                new SectionsPage(folder, report, key -> key.startsWith("S1"), passageComment));
        CTabItem first = null;
        for (TableLayout table : template.tables()) {
            TableDef def = table.definition();
            boolean base = def.isLastYearBase() && report.previousYear() != null;
            Composite page = base ? LastYearBase.page(folder) : folder;
            ReportGrid grid = new ReportGrid(page, report, table, english);
            grids.put(table.id(), grid);
            if (cellCursor != null) {
                grid.onSelection(cell -> cellCursor.moved(report, cell));
            }
            if (takesComments) {
                grid.onAddComment(cell -> CommentDialog.onCell(folder.getShell(), repository, report, cell));
            }
            Control control = base ? LastYearBase.fill(page, grid.page(), report) : grid.page();
            CTabItem item = addPage(folder, english ? def.getEditorTitleEn() : def.getEditorTitle(), control);
            gridPages.put(grid, item);
            if (def.isEditorOpens() && first == null) {
                first = item;
            }
        }
        addSections(folder, Messages.Editor_section5, new SectionsPage(folder, report, "S5"::equals, passageComment));
        addSections(folder, Messages.Editor_section6, new SectionsPage(folder, report, "S6"::equals, passageComment));
        if (first != null) {
            folder.setSelection(first);
        }
        pages = folder;
        return folder;
    }

    private static CTabItem addPage(CTabFolder folder, String title, Control control) {
        CTabItem item = new CTabItem(folder, SWT.NONE);
        item.setText(title);
        item.setControl(control);
        return item;
    }

    private void addSections(CTabFolder folder, String title, SectionsPage page) {
        sections.put(page, addPage(folder, title, page.control()));
    }

    /** Edit ▸ Undo: undoes the latest change of this report and shows it (its page, its cells or text). */
    public void undo() {
        document.endTyping();
        Map<String, String> before = SectionTexts.of(document.report());
        show(document.undo(), before);
    }

    public void redo() {
        document.endTyping();
        Map<String, String> before = SectionTexts.of(document.report());
        show(document.redo(), before);
    }

    private void show(ChangeSite site, Map<String, String> textsBefore) {
        if (!site.cells().isEmpty()) {
            ReportGrid grid = grids.get(site.cells().get(0).table());
            if (grid != null) {
                pages.setSelection(gridPages.get(grid));
                grid.selectCells(site.cells());
                grid.control().setFocus();
            }
        } else if (site.sectionKey() != null) {
            sections.forEach((page, item) -> {
                if (page.shows(site.sectionKey())) {
                    pages.setSelection(item);
                    page.reveal(site.sectionKey(), textsBefore.getOrDefault(site.sectionKey(), ""));
                }
            });
        } else if (site.details()) {
            pages.setSelection(overview);
        }
    }

    public ReportDocument document() {
        return document;
    }

    public ReportGrid grid(String table) {
        return grids.get(table);
    }

    /** Shows the page and the cell of a value (from the Checks view). */
    public void reveal(CellAddress address) {
        ReportGrid grid = grids.get(address.table());
        if (grid != null) {
            pages.setSelection(gridPages.get(grid));
            grid.reveal(address);
            grid.control().setFocus();
        }
    }

    /** Shows a section's page with the quoted words selected again (from a comment on them). */
    public void revealPassage(String sectionKey, String quote) {
        sections.forEach((page, item) -> {
            if (page.shows(sectionKey)) {
                pages.setSelection(item);
                page.selectPassage(sectionKey, quote);
            }
        });
    }

    /** The text field of a section (tests select words in it). */
    public org.eclipse.swt.widgets.Text sectionText(String sectionKey) {
        return sections.keySet().stream().filter(p -> p.shows(sectionKey)).map(p -> p.body(sectionKey)).findFirst()
                .orElse(null);
    }

    private void documentChanged() {
        if (dirtyable != null) {
            dirtyable.setDirty(document.isDirty());
        }
        if (part != null) {
            part.setLabel(document.title());
            part.setTooltip(document.file() == null ? document.title() : document.file().toString());
        }
    }

    @Focus
    public void focus() {
        if (openReports != null) {
            openReports.activate(document);
        }
        pages.setFocus();
    }

    @Persist
    public void save(Shell shell) {
        if (document.fromRepository()) {
            RepositorySave.save(shell, repository, document);
            return;
        }
        Path target = document.file() != null ? document.file() : FileDialogs.askSaveTarget(shell, document);
        if (target != null) {
            saveTo(shell, document, target);
        }
    }

    /** Saves and reports a failure in the user's language; the document stays open and dirty when it fails. */
    public static boolean saveTo(Shell shell, ReportDocument document, Path target) {
        return saveTo(shell, null, document, target);
    }

    /** As above; a report of the repository takes its review there with it ({@link RepositoryFiles}). */
    public static boolean saveTo(Shell shell, RepositoryAccess repository, ReportDocument document, Path target) {
        try {
            RepositoryFiles.saveAs(repository, document, target);
            return true;
        } catch (IOException | RepositoryException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.File_saveTitle,
                    Messages.bind(Messages.File_cannotSave, target, FileDialogs.reason(e)));
            return false;
        }
    }

    @PreDestroy
    public void dispose() {
        document.removeListener(listener);
        if (openReports != null) {
            openReports.closed(document);
        }
    }
}
