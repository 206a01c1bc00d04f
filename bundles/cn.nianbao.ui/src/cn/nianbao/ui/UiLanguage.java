package cn.nianbao.ui;

import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The language of the user interface: the system's (Chinese when the locale is Chinese, English otherwise)
 * unless the preference says zh or en. Applied at start-up, before any string is loaded.
 */
public final class UiLanguage {

    public static final String PREFERENCE = "language";
    public static final String NODE = "cn.nianbao.ui";

    private UiLanguage() {
    }

    public static boolean english() {
        return !"zh".equals(Locale.getDefault().getLanguage());
    }

    public static String preference() {
        return preferences().get(PREFERENCE, "");
    }

    public static void setPreference(String value) {
        IEclipsePreferences preferences = preferences();
        preferences.put(PREFERENCE, value);
        try {
            preferences.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            // the choice still holds for this session; the log says why it was not kept
            org.eclipse.core.runtime.ILog.of(UiLanguage.class).warn("language choice not stored", e);
        }
    }

    /** Sets the default locale from the preference; called before the workbench loads any message. */
    public static void apply() {
        String chosen = preference();
        if ("zh".equals(chosen)) {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        } else if ("en".equals(chosen)) {
            Locale.setDefault(Locale.ENGLISH);
        }
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
