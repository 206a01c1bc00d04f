package cn.nianbao.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The version of the running Nianbao: the cli bundle's version. */
final class Version {

    private Version() {
    }

    static String current() {
        Bundle bundle = FrameworkUtil.getBundle(Version.class);
        return bundle == null ? "development" : bundle.getVersion().toString();
    }
}
