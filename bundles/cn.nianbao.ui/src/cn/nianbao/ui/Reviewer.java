package cn.nianbao.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** The reviewer's name written into acceptances: from the preferences, else the system's user name. */
public final class Reviewer {

    private static final String PREFERENCE = "author";

    private Reviewer() {
    }

    public static String name() {
        String stored = preferences().get(PREFERENCE, "");
        return stored.isBlank() ? System.getProperty("user.name", "") : stored;
    }

    public static void remember(String name) {
        IEclipsePreferences preferences = preferences();
        preferences.put(PREFERENCE, name.strip());
        try {
            preferences.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            // the name still holds for this session; the log says why it was not kept
            org.eclipse.core.runtime.ILog.of(Reviewer.class).warn("reviewer name not stored", e);
        }
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(UiLanguage.NODE);
    }
}
