package cn.nianbao.ui.handlers;

import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.ui.DisplayNames;
import cn.nianbao.ui.FormDialog;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.TableColumns;
import cn.nianbao.ui.UiLanguage;

/**
 * What the importer read from a published report, before it opens: agency, year, format, how many cells and
 * sections were found, and every note on what was absent, ambiguous or unreadable (with its line).
 */
final class ImportPreviewDialog extends FormDialog {

    private final String name;
    private final ImportResult result;

    ImportPreviewDialog(Shell shell, Path file, ImportResult result) {
        this(shell, file.getFileName().toString(), result);
    }

    /** A report read from elsewhere than a file, named by its address. */
    ImportPreviewDialog(Shell shell, String name, ImportResult result) {
        super(shell, Messages.Import_title);
        this.name = name;
        this.result = result;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        AnnualReport report = result.report();
        setTitle(name);
        int cells = report.getTables().stream().mapToInt(t -> t.getCells().size()).sum();
        int expected = FormatCatalogue.template(report).cells().size();
        setMessage(Messages.bind(Messages.Import_summary, new Object[] { report.getAgencyName(), report.getYear(),
                report.getTemplateVersion().getLiteral(), cells, expected, report.getSections().size() }));
        Label caption = new Label(area, SWT.NONE);
        caption.setText(result.importReport().notes().isEmpty() ? Messages.Import_clean : Messages.Import_notes);
        GridDataFactory.fillDefaults().indent(8, 4).applyTo(caption);
        TableViewer notes = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        notes.getTable().setHeaderVisible(true);
        notes.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 260).indent(8, 0).applyTo(notes.getControl());
        boolean english = UiLanguage.english();
        TableColumns.add(notes, ImportNote.class, Messages.Import_kind, 110, n -> DisplayNames.noteKind(n.kind()));
        TableColumns.add(notes, ImportNote.class, Messages.Import_where, 140, n -> ((n.tableId() == null ? ""
                : DisplayNames.table(report, n.tableId()) + " ") + (n.line() > 0 ? Messages.bind(Messages.Import_line, n.line())
                        : "")).strip(), n -> null, n -> (n.tableId() == null ? "" : n.tableId() + " ")
                                + (n.elementId() == null ? "" : n.elementId()));
        ColumnViewerToolTipSupport.enableFor(notes);
        TableColumns.add(notes, ImportNote.class, Messages.Checks_message, 520, n -> english ? n.messageEn() : n.messageZh());
        notes.setContentProvider(ArrayContentProvider.getInstance());
        notes.setInput(result.importReport().notes());
        return area;
    }
}
