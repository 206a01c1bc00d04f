package cn.nianbao.ui.parts;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;
import jakarta.inject.Inject;

/** Opens reports in editors: one editor per report, a second open of the same file activates the first. */
@Creatable
public final class EditorOpener {

    public static final String EDITOR_DESCRIPTOR = "cn.nianbao.ui.partdescriptor.editor";
    public static final String EDITOR_STACK = "cn.nianbao.app.partstack.editors";

    @Inject
    private EPartService partService;
    @Inject
    private EModelService modelService;
    @Inject
    private MApplication application;

    /** Opens a file (native, or any form the importers read); a failure is shown, never thrown. */
    public void open(Shell shell, Path file) {
        for (MPart part : partService.getParts()) {
            if (part.getObject() instanceof ReportEditorPart editor && file.equals(editor.document().file())) {
                partService.showPart(part, PartState.ACTIVATE);
                return;
            }
        }
        try {
            show(ReportDocuments.open(file));
        } catch (Exception e) {
            MessageDialog.openError(shell, Messages.File_openTitle, Messages.bind(Messages.File_cannotOpen,
                    file.getFileName(), FileDialogs.reason(e)));
        }
    }

    /** Opens the latest revision of a repository report; Save then stores the next one. A failure is shown. */
    public void openLatest(Shell shell, RepositoryAccess repository, ReportSummary summary) {
        try {
            ReportDocument document = new ReportDocument(repository.get().load(summary.currentRevision()), null, false);
            document.belongsToRepository(summary.id());
            show(document);
        } catch (Exception e) {
            Failures.show(shell, EditorOpener.class, Messages.Repository_title,
                    Messages.bind(Messages.Repository_failed, FileDialogs.reason(e)), e);
        }
    }

    public void show(ReportDocument document) {
        for (MPart part : partService.getParts()) {
            if (part.getObject() instanceof ReportEditorPart editor && editor.document() == document) {
                partService.showPart(part, PartState.ACTIVATE);
                return;
            }
        }
        openInEditorArea(EDITOR_DESCRIPTOR, ReportEditorPart.DOCUMENT, document, document.title());
    }

    /** Creates a part from a descriptor with its content in the transient data, shown in the editor area. */
    public MPart openInEditorArea(String descriptor, String key, Object content, String label) {
        return openInEditorArea(descriptor, Map.of(key, content), label);
    }

    /** The same with several pieces of content, all in place before the part is created. */
    public MPart openInEditorArea(String descriptor, Map<String, ?> content, String label) {
        MPart part = partService.createPart(descriptor);
        part.setLabel(label);
        part.getTransientData().putAll(content);
        MPartStack stack = (MPartStack) modelService.find(EDITOR_STACK, application);
        stack.getChildren().add(part);
        partService.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
