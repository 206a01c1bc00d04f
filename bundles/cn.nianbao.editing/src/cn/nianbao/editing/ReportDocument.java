package cn.nianbao.editing;

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
import cn.nianbao.model.report.Review;
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
    private TextEdit typing;
    private boolean discarded;
    private AnnualReport previous;

    /**
     * @param file    the native file this report is saved to, or null when it has none yet (new or imported)
     * @param unsaved true when the report exists only in memory and nothing on disk holds it (a new report)
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
        this.diagnostics = check();
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
        return !discarded && (typing != null || unsaved || commandStack.isSaveNeeded());
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
        return typing != null || commandStack.canUndo();
    }

    public boolean canRedo() {
        return typing == null && commandStack.canRedo();
    }

    /** Undoes the latest change (ending a run of typing first) and says where it was, to show it. */
    public ChangeSite undo() {
        endTyping();
        Command undone = commandStack.getUndoCommand();
        if (undone == null) {
            return ChangeSite.NOWHERE;
        }
        commandStack.undo();
        return ChangeSite.of(undone);
    }

    public ChangeSite redo() {
        endTyping();
        Command redone = commandStack.getRedoCommand();
        if (redone == null) {
            return ChangeSite.NOWHERE;
        }
        commandStack.redo();
        return ChangeSite.of(redone);
    }

    /** What undo would undo, for the Edit menu ("粘贴 (6 个单元格)"); null when there is nothing. */
    public String undoLabel() {
        return typing != null ? typing.label() : ChangeLabels.of(commandStack.getUndoCommand());
    }

    public String redoLabel() {
        return typing != null ? null : ChangeLabels.of(commandStack.getRedoCommand());
    }

    /** A text section is being typed in: its run is not in the undo history yet. */
    public void typing(TextEdit edit) {
        if (typing != null && typing != edit) {
            endTyping();
        }
        boolean started = typing == null;
        typing = edit;
        if (started) {
            notifyListeners();
        }
    }

    /** Puts the current run of typing, if any, into the undo history. */
    public void endTyping() {
        TextEdit run = typing;
        typing = null;
        if (run != null) {
            run.commit();
            notifyListeners();
        }
    }

    public boolean isTyping(TextEdit edit) {
        return typing == edit;
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

    /** The repository's id of this report, or -1 for a report of a file. */
    public long repositoryReport() {
        return repositoryReport;
    }

    /** Called once the report was stored as a new revision: the edits are no longer unsaved. */
    public void savedElsewhere() {
        endTyping();
        unsaved = false;
        commandStack.saveIsDone();
        notifyListeners();
    }

    /** Saves in the native format, atomically; the file becomes this document's file. */
    public void saveAs(Path target) throws IOException {
        saveAs(target, null);
    }

    /**
     * As {@link #saveAs(Path)}, the file carrying {@code review} (a repository report's status, log and
     * comments as they are there now, so that they travel with the file) while the open report stays as it
     * is: its review lives in the repository. {@code review} null writes the report as it is.
     */
    public void saveAs(Path target, Review review) throws IOException {
        endTyping();
        AnnualReport written = report;
        if (review != null) {
            written = org.eclipse.emf.ecore.util.EcoreUtil.copy(report);
            written.setReview(review);
        }
        NativeFormat.write(written, target);
        file = target;
        unsaved = false;
        commandStack.saveIsDone();
        notifyListeners();
    }

    /**
     * The officer answered Don't Save: the report is about to close and its unsaved changes must not come
     * back after a restart, so it no longer counts as dirty and the autosave forgets it at once.
     */
    public void discardChanges() {
        typing = null;
        discarded = true;
        notifyListeners();
    }

    /** Re-runs every check (F5), e.g. after the catalogue or a preference changed. */
    public void recheck() {
        diagnostics = check();
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

    /**
     * Last year's report this one was started from: the year-to-year rules (XY-01, XY-02) are checked
     * against it, and the editor shows its figures as the base of the roll-forward.
     */
    public void startedFrom(AnnualReport lastYear) {
        this.previous = lastYear;
        recheck();
    }

    public AnnualReport previousYear() {
        return previous;
    }

    private List<Diagnostic> check() {
        return previous == null ? validator.check(report) : validator.check(report, previous);
    }

    private void changed() {
        discarded = false;
        changeCount++;
        diagnostics = check();
        notifyListeners();
    }

    private void notifyListeners() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
