package cn.nianbao.ui;

import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

/** Workbench life cycle: picks the UI language before the first string is shown. */
public final class LifeCycle {

    @PostContextCreate
    public void postContextCreate() {
        UiLanguage.apply();
    }
}
