package cn.nianbao.review.ui;

import java.util.Map;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

import cn.nianbao.ui.parts.EditorOpener;
import jakarta.inject.Inject;

/** Opens the review parts (compare editor, roll-up, trends) in the editor area with their content. */
@Creatable
public final class ReviewParts {

    public static final String COMPARE = "cn.nianbao.review.partdescriptor.compare";
    public static final String ROLLUP = "cn.nianbao.review.partdescriptor.rollup";
    public static final String TRENDS = "cn.nianbao.review.partdescriptor.trends";
    public static final String SCORE = "cn.nianbao.review.partdescriptor.score";

    @Inject
    private EditorOpener opener;

    public MPart open(String descriptor, String key, Object content, String label) {
        return opener.openInEditorArea(descriptor, key, content, label);
    }

    public MPart open(String descriptor, Map<String, ?> content, String label) {
        return opener.openInEditorArea(descriptor, content, label);
    }
}
