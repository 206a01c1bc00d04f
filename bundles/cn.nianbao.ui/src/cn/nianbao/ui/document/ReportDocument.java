package cn.nianbao.ui.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.Validator;

/**
 * One report open in the workbench: the model, the file it belongs to, its undo history and its current
 * diagnostics, re-checked after every change. No SWT here, so that it can be tested headless.
 */
public final class ReportDocument {

    private final AnnualReport report;
    private final AdapterFactoryEditingDomain domain;
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Validator validator = new Validator();
    private Path file;
    private boolean unsaved;
    private List<Diagnostic> diagnostics;
    private long changeCount;
    private long repositoryReport = -1;

    /**
     * @param file    the native file this report is saved to, or null when it has none yet (new or imported)
     * @param unsaved true when the report exists only in memory (new, or read from a published form)
     */
    public ReportDocument(AnnualReport report, Path file, boolean unsaved) {
        this.report = report;
        this.file = file;
        this.unsaved = unsaved;
        this.domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(
                ComposedAdapterFactory.Descriptor.Registry.INSTANCE), commandStack);
        Resource resource = new ResourceImpl(URI.createURI("nianbao:/open/" + System.identityHashCode(this)));
        resource.getContents().add(report);
        domain.getResourceSet().getResources().add(resource);
        commandStack.addCommandStackListener(event -> changed());
        this.diagnostics = validator.check(report);
    }

    public AnnualReport report() {
        return report;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public Path file() {
        return file;
    }

    /** A short name for tabs and lists: agency and year, or the file name. */
    public String title() {
        String agency = report.getAgencyName() == null || report.getAgencyName().isBlank() ? "?" : report.getAgencyName();
        return agency + " " + report.getYear();
    }

    public boolean isDirty() {
        return unsaved || commandStack.isSaveNeeded();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Runs a command through the undo history; a null command (nothing to change) is ignored. */
    public void execute(Command command) {
        if (command != null && command.canExecute()) {
            commandStack.execute(command);
        }
    }

    public boolean canUndo() {
        return commandStack.canUndo();
    }

    public boolean canRedo() {
        return commandStack.canRedo();
    }

    public void undo() {
        commandStack.undo();
    }

    public void redo() {
        commandStack.redo();
    }

    public CellEdits edits() {
        return new CellEdits(report, domain);
    }

    /** Marks this report as one of the repository's: Save then adds a revision there instead of writing a file. */
    public void belongsToRepository(long reportId) {
        this.repositoryReport = reportId;
    }

    public boolean fromRepository() {
        return repositoryReport >= 0;
    }

    /** Called once the report was stored as a new revision: the edits are no longer unsaved. */
    public void savedElsewhere() {
        unsaved = false;
        commandStack.saveIsDone();
        notifyListeners();
    }

    /** Saves in the native format, atomically; the file becomes this document's file. */
    public void saveAs(Path target) throws IOException {
        NativeFormat.write(report, target);
        file = target;
        unsaved = false;
        commandStack.saveIsDone();
        notifyListeners();
    }

    /** Re-runs every check (F5), e.g. after the catalogue or a preference changed. */
    public void recheck() {
        diagnostics = validator.check(report);
        notifyListeners();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Grows with every change, undo and redo included: lets the autosave see what is new. */
    public long changeCount() {
        return changeCount;
    }

    private void changed() {
        changeCount++;
        diagnostics = validator.check(report);
        notifyListeners();
    }

    private void notifyListeners() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
