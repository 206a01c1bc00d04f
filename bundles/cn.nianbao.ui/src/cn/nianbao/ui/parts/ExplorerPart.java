package cn.nianbao.ui.parts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.OpenReports;
import cn.nianbao.ui.RepositoryAccess;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The report explorer: the reports open now, and the reports of a chosen folder listed by agency and year
 * (read in the background with progress). A double-click opens or activates a report.
 */
public final class ExplorerPart {

    @Inject
    private EditorOpener opener;
    @Inject
    private OpenReports openReports;
    @Inject
    private RepositoryAccess repository;
    @Inject
    private ReportActions actions;

    private List openList;
    private List folderList;
    private final java.util.List<ReportDocument> openDocuments = new ArrayList<>();
    private final java.util.List<Path> folderFiles = new ArrayList<>();
    private final Runnable listener = this::refreshOpen;

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        new Label(parent, SWT.NONE).setText(Messages.Explorer_open);
        openList = new List(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(openList);
        openList.addListener(SWT.DefaultSelection, e -> activateSelected());
        Button choose = new Button(parent, SWT.PUSH);
        choose.setText(Messages.Explorer_chooseFolder);
        choose.addListener(SWT.Selection, e -> chooseFolder());
        folderList = new List(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(folderList);
        folderList.addListener(SWT.DefaultSelection, e -> openSelectedFile());
        new RepositoryTree(parent, actions, repository);
        openReports.addListener(listener);
        refreshOpen();
    }

    private void refreshOpen() {
        if (openList == null || openList.isDisposed()) {
            return;
        }
        openList.getDisplay().asyncExec(() -> {
            if (openList.isDisposed()) {
                return;
            }
            openDocuments.clear();
            openDocuments.addAll(openReports.all());
            openDocuments.sort(Comparator.comparing(ReportDocument::title));
            openList.setItems(openDocuments.stream().map(d -> (d.isDirty() ? "*" : "") + d.title()).toArray(String[]::new));
        });
    }

    private void activateSelected() {
        int index = openList.getSelectionIndex();
        if (index >= 0) {
            opener.show(openDocuments.get(index));
        }
    }

    private void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(folderList.getShell());
        String chosen = dialog.open();
        if (chosen != null) {
            listFolder(Path.of(chosen));
        }
    }

    private void listFolder(Path folder) {
        Job job = Job.create(Messages.Explorer_folder + " " + folder, (IProgressMonitor monitor) -> {
            java.util.List<Path> files;
            try (Stream<Path> stream = Files.list(folder)) {
                files = stream.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                // a pure e4 workbench shows no job's error status: say it, and log it
                folderList.getDisplay().asyncExec(() -> Failures.show(folderList.getShell(), ExplorerPart.class,
                        Messages.Explorer_folder, Messages.bind(Messages.File_cannotOpen, folder, FileDialogs.reason(e)), e));
                return Status.OK_STATUS;
            }
            monitor.beginTask(folder.toString(), files.size());
            java.util.List<String[]> rows = new ArrayList<>();
            for (Path file : files) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                String[] row = describe(file);
                if (row != null) {
                    rows.add(row);
                }
                monitor.worked(1);
            }
            rows.sort(Comparator.comparing((String[] r) -> r[0]).thenComparing(r -> r[1]));
            folderList.getDisplay().asyncExec(() -> showFolder(rows));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    /** agency, year, file — or null for a file that is not a report. */
    private static String[] describe(Path file) {
        try {
            AnnualReport report = file.toString().endsWith("." + NativeFormat.EXTENSION) ? NativeFormat.read(file)
                    : ReportReader.read(file).report();
            return new String[] { String.valueOf(report.getAgencyName()), String.valueOf(report.getYear()), file.toString() };
        } catch (Exception e) {
            return null;
        }
    }

    private void showFolder(java.util.List<String[]> rows) {
        if (folderList.isDisposed()) {
            return;
        }
        folderFiles.clear();
        folderList.removeAll();
        for (String[] row : rows) {
            folderFiles.add(Path.of(row[2]));
            folderList.add(row[0] + "  " + row[1] + "  (" + Path.of(row[2]).getFileName() + ")");
        }
    }

    private void openSelectedFile() {
        int index = folderList.getSelectionIndex();
        if (index >= 0) {
            opener.open(folderList.getShell(), folderFiles.get(index));
        }
    }

    @PreDestroy
    public void dispose() {
        openReports.removeListener(listener);
    }

}
