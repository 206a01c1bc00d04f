package cn.nianbao.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.ServerAddress;

/**
 * Which repository the workbench uses, as kept in the preferences: the data folder's embedded one (the
 * default: nothing to set up) or a team's PostgreSQL server. Only the address is kept here, in the plain
 * preference file; the password is in secure storage ({@link ServerPasswords}).
 */
public record RepositoryChoice(boolean server, String host, int port, String database, String user, String sslMode) {

    public static final String DEFAULT_SSL_MODE = "prefer";
    public static final int DEFAULT_PORT = 5432;
    /** The TLS modes offered, weakest first: prefer uses TLS when the server offers it. */
    public static final String[] SSL_MODES = {"disable", "prefer", "require", "verify-full"};

    private static final String KIND = "repository.kind";
    private static final String SERVER = "server";
    private static final String HOST = "repository.host";
    private static final String PORT = "repository.port";
    private static final String DATABASE = "repository.database";
    private static final String USER = "repository.user";
    private static final String SSL = "repository.sslmode";

    public static RepositoryChoice embedded() {
        return new RepositoryChoice(false, "", DEFAULT_PORT, "nianbao", System.getProperty("user.name", ""),
                DEFAULT_SSL_MODE);
    }

    public static RepositoryChoice load(IEclipsePreferences preferences) {
        RepositoryChoice none = embedded();
        return new RepositoryChoice(SERVER.equals(preferences.get(KIND, "")), preferences.get(HOST, none.host()),
                preferences.getInt(PORT, none.port()), preferences.get(DATABASE, none.database()),
                preferences.get(USER, none.user()), preferences.get(SSL, none.sslMode()));
    }

    public void save(IEclipsePreferences preferences) throws BackingStoreException {
        preferences.put(KIND, server ? SERVER : "embedded");
        preferences.put(HOST, host);
        preferences.putInt(PORT, port);
        preferences.put(DATABASE, database);
        preferences.put(USER, user);
        preferences.put(SSL, sslMode);
        preferences.flush();
    }

    /**
     * The server's address, checked as the command line checks {@code --repository} (the same refusals, in
     * both languages); null for the embedded repository.
     */
    public ServerAddress address() throws RepositoryException {
        if (!server) {
            return null;
        }
        String who = user.isBlank() ? "" : user.strip() + "@";
        return ServerAddress.parse(ServerAddress.SCHEME + "://" + who + host.strip() + ":" + port + "/"
                + database.strip() + "?sslmode=" + sslMode);
    }
}
