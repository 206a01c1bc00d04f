package cn.nianbao.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the repository and the journal live: the folder given (option {@code --data}), else the environment
 * variable {@value #ENV}, else the platform's per-user data folder: {@code %LOCALAPPDATA%\Nianbao} on
 * Windows, {@code ${XDG_DATA_HOME:-~/.local/share}/nianbao} elsewhere.
 */
public final class DataFolder {

    public static final String ENV = "NIANBAO_DATA";

    private DataFolder() {
    }

    public static Path resolve(String given) {
        return resolve(given, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(String given, Map<String, String> env, String osName, String home) {
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local == null || local.isBlank() ? Path.of(home, "AppData", "Local") : Path.of(local))
                    .resolve("Nianbao");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? Path.of(home, ".local", "share") : Path.of(xdg)).resolve("nianbao");
    }
}
