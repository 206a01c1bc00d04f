package cn.nianbao.review.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

import cn.nianbao.review.ui.compare.CompareEditorPart;
import jakarta.inject.Named;

/** Review ▸ Next Difference (F8) in the active compare editor. */
public final class NextDifferenceHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.getObject() instanceof CompareEditorPart;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
        ((CompareEditorPart) part.getObject()).step(true);
    }
}
