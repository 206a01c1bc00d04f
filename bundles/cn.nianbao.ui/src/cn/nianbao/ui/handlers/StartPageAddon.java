package cn.nianbao.ui.handlers;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;

import cn.nianbao.ui.parts.EditorOpener;
import cn.nianbao.ui.parts.StartPagePart;
import jakarta.inject.Inject;

/**
 * Shows the start page while the editor area has nothing else (at start-up with no file, and when the last
 * editor closes) and hides it as soon as an editor, a report or a comparison, comes in. The model starts with
 * the page not rendered, so that a start with files on the command line never builds it.
 */
public final class StartPageAddon {

    @Inject
    private MApplication application;
    @Inject
    private EModelService modelService;

    private MPartStack stack;
    private boolean queued;

    @Inject
    @Optional
    public void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        follow();
    }

    @Inject
    @Optional
    public void childrenChanged(@UIEventTopic(UIEvents.ElementContainer.TOPIC_CHILDREN) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) == editorStack()) {
            follow();
        }
    }

    @Inject
    @Optional
    public void renderedChanged(@UIEventTopic(UIEvents.UIElement.TOPIC_TOBERENDERED) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MUIElement element
                && (Object) element.getParent() == editorStack()) {
            follow();
        }
    }

    /** Once the model change that told us is done: showing or hiding a part inside its event is not safe. */
    private void follow() {
        if (queued || Display.getCurrent() == null) {
            return;
        }
        queued = true;
        Display.getCurrent().asyncExec(() -> {
            queued = false;
            update();
        });
    }

    private void update() {
        MPartStack stack = editorStack();
        if (stack == null || application.getChildren().isEmpty()) {
            return;
        }
        MPart start = (MPart) modelService.find(StartPagePart.ID, stack);
        if (start == null) {
            return;
        }
        boolean others = stack.getChildren().stream().anyMatch(child -> child != start && child.isToBeRendered());
        MWindow window = application.getChildren().get(0);
        EPartService parts = window.getContext().get(EPartService.class);
        if (others && start.isToBeRendered()) {
            parts.hidePart(start);
        } else if (!others && !start.isToBeRendered()) {
            parts.showPart(start, PartState.VISIBLE);
        }
    }

    private MPartStack editorStack() {
        if (stack == null) {
            stack = (MPartStack) modelService.find(EditorOpener.EDITOR_STACK, application);
        }
        return stack;
    }
}
