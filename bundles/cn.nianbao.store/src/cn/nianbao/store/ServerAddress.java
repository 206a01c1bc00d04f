package cn.nianbao.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import cn.nianbao.store.RepositoryException.Kind;
import cn.nianbao.store.internal.Messages;

/**
 * A team repository on a PostgreSQL server, as the user writes it:
 * {@code postgresql://[user@]host[:port]/database[?sslmode=MODE]}. The password is never part of it (a
 * command line is visible to every user of the machine): the command line reads it from {@value #PASSWORD_ENV}.
 * Only {@code sslmode} may be set: no driver setting comes from
 * outside (some of them load classes or files). Without it, TLS is used when the server offers it.
 */
public record ServerAddress(String host, int port, String database, String user, String sslMode) {

    public static final String SCHEME = "postgresql";
    /** The environment variable the command line reads the server password from. */
    public static final String PASSWORD_ENV = "NIANBAO_DB_PASSWORD";
    /** The environment variable naming the repository when no {@code --repository} is given. */
    public static final String REPOSITORY_ENV = "NIANBAO_REPOSITORY";

    private static final int DEFAULT_PORT = 5432;
    private static final String DEFAULT_SSL = "prefer";
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    /** True when the text names a server repository (as opposed to the data folder's embedded one). */
    public static boolean isServer(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith(SCHEME + "://");
    }

    public static ServerAddress parse(String text) throws RepositoryException {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw bad(text, e.getReason());
        }
        if (!SCHEME.equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw bad(text, "postgresql://host[:port]/database");
        }
        String user = uri.getUserInfo();
        if (user != null && user.contains(":")) {
            throw Messages.exception(Kind.BAD_DATA_FOLDER, null, "server.passwordInAddress", PASSWORD_ENV);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.matches("/[^/]+")) {
            throw bad(text, "postgresql://host[:port]/database");
        }
        String sslMode = DEFAULT_SSL;
        if (uri.getQuery() != null) {
            String[] setting = uri.getQuery().split("=", 2);
            if (setting.length != 2 || !"sslmode".equals(setting[0]) || !SSL_MODES.contains(setting[1])) {
                throw bad(text, "?sslmode=" + String.join("|", new java.util.TreeSet<>(SSL_MODES)));
            }
            sslMode = setting[1];
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path.substring(1),
                user == null || user.isBlank() ? System.getProperty("user.name", "nianbao") : user, sslMode);
    }

    /** The address as the user wrote it (without a password, which it never has). */
    @Override
    public String toString() {
        return SCHEME + "://" + user + "@" + host + ":" + port + "/" + database
                + (DEFAULT_SSL.equals(sslMode) ? "" : "?sslmode=" + sslMode);
    }

    private static RepositoryException bad(String text, String detail) {
        return Messages.exception(Kind.BAD_DATA_FOLDER, null, "server.badAddress", text, detail);
    }
}
