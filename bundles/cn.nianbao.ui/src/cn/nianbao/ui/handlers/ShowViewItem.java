package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** One view of Window ▸ 显示视图: shows it (again, if it was closed) and gives it the focus. */
public final class ShowViewItem {

    @Execute
    public void execute(MItem item, EPartService parts) {
        Object id = item.getTransientData().get(ShowViewMenu.VIEW_ID);
        if (id instanceof String viewId) {
            parts.showPart(viewId, PartState.ACTIVATE);
        }
    }
}
