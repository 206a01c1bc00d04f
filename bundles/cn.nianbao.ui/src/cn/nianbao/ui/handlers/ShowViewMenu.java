package cn.nianbao.ui.handlers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import cn.nianbao.ui.parts.EditorOpener;

/**
 * Window ▸ 显示视图: the workbench's views by their names in the UI language (年报列表, 检查结果 …), each opening or
 * bringing forward its view. A view is a part of the window outside the editor area, or a part descriptor
 * tagged {@value #VIEW_TAG} (a view another bundle contributes without placing it).
 */
public final class ShowViewMenu {

    public static final String VIEW_TAG = "View";
    static final String VIEW_ID = "cn.nianbao.ui.showView.id";

    @AboutToShow
    public void aboutToShow(List<MMenuElement> items, MApplication application, MWindow window, EModelService models) {
        for (Map.Entry<String, String> view : views(application, window, models).entrySet()) {
            MDirectMenuItem item = models.createModelElement(MDirectMenuItem.class);
            item.setLabel(view.getValue());
            item.setContributionURI("bundleclass://cn.nianbao.ui/" + ShowViewItem.class.getName());
            item.getTransientData().put(VIEW_ID, view.getKey());
            items.add(item);
        }
    }

    /** Part id → label, sorted by label. */
    static Map<String, String> views(MApplication application, MWindow window, EModelService models) {
        List<Map.Entry<String, String>> found = new ArrayList<>();
        for (MPart part : models.findElements(window, null, MPart.class)) {
            if (!EditorOpener.EDITOR_STACK.equals(part.getParent() == null ? null : part.getParent().getElementId())
                    && part.getElementId() != null) {
                found.add(Map.entry(part.getElementId(), part.getLocalizedLabel()));
            }
        }
        for (MPartDescriptor descriptor : application.getDescriptors()) {
            if (descriptor.getTags().contains(VIEW_TAG) && found.stream().noneMatch(e -> e.getKey().equals(descriptor.getElementId()))) {
                found.add(Map.entry(descriptor.getElementId(), descriptor.getLocalizedLabel()));
            }
        }
        found.sort(Comparator.comparing(Map.Entry::getValue));
        Map<String, String> views = new LinkedHashMap<>();
        found.forEach(e -> views.put(e.getKey(), e.getValue()));
        return views;
    }
}
