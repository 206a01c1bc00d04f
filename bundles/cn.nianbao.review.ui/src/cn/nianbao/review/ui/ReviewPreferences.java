package cn.nianbao.review.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import cn.nianbao.review.compare.ChangeThreshold;

/** The reviewer's settings (Review ▸ Review Settings): when a change between two years counts as large. */
public final class ReviewPreferences {

    public static final String NODE = "cn.nianbao.review.ui";
    static final String PERCENT = "threshold.percent";
    static final String MINIMUM = "threshold.minimumDelta";

    private ReviewPreferences() {
    }

    public static ChangeThreshold threshold() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        return new ChangeThreshold(node.getDouble(PERCENT, ChangeThreshold.DEFAULT.percent()),
                node.getInt(MINIMUM, ChangeThreshold.DEFAULT.minimumDelta()));
    }

    public static void setThreshold(ChangeThreshold threshold) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        node.putDouble(PERCENT, threshold.percent());
        node.putInt(MINIMUM, threshold.minimumDelta());
        try {
            node.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            // the setting still holds for this session; the log says why it was not kept
            org.eclipse.core.runtime.ILog.of(ReviewPreferences.class).warn("review settings not stored", e);
        }
    }
}
