package cn.nianbao.review.ui;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import cn.nianbao.ui.parts.EditorOpener;
import jakarta.inject.Inject;

/** Opens the review parts (compare editor, roll-up, trends) in the editor area with their content. */
@Creatable
public final class ReviewParts {

    public static final String COMPARE = "cn.nianbao.review.partdescriptor.compare";
    public static final String ROLLUP = "cn.nianbao.review.partdescriptor.rollup";
    public static final String TRENDS = "cn.nianbao.review.partdescriptor.trends";

    @Inject
    private EPartService partService;
    @Inject
    private EModelService modelService;
    @Inject
    private MApplication application;

    public MPart open(String descriptor, String key, Object content, String label) {
        MPart part = partService.createPart(descriptor);
        part.setLabel(label);
        part.getTransientData().put(key, content);
        MPartStack stack = (MPartStack) modelService.find(EditorOpener.EDITOR_STACK, application);
        stack.getChildren().add(part);
        partService.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
