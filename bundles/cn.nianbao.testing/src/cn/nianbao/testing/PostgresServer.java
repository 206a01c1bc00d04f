package cn.nianbao.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A private PostgreSQL server for the tests: a new cluster made by {@code initdb} in a temporary folder,
 * started by {@code pg_ctl} on a free loopback port with password login (SCRAM), stopped and deleted by
 * {@link #close()} (or when the JVM ends). The binaries are taken from {@value #BIN_ENV}, the PATH, or
 * Debian's {@code /usr/lib/postgresql/VERSION/bin}. PostgreSQL refuses to run as root: as root the server
 * runs as the user {@code postgres} (Debian's package makes it), else {@code nobody}, through {@code runuser}.
 * {@code fsync} is off: the tests kill clients, never the server, and they run faster without it.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String BIN_ENV = "NIANBAO_PG_BIN";
    public static final String USER = "nianbao";
    /** Set (a benchmark's {@code -D}), the server keeps each statement's cost in pg_stat_statements. */
    public static final String STATEMENTS_PROPERTY = "nianbao.benchmark.statements";
    private static final String STATEMENT_STATISTICS = " -c shared_preload_libraries=pg_stat_statements"
            + " -c pg_stat_statements.track=all -c pg_stat_statements.track_planning=on";
    private static final long START_SECONDS = 60;

    private static PostgresServer shared;

    private final Path folder;
    private final Path bin;
    private final String runAs;
    private final int port;
    private final String password = UUID.randomUUID().toString();
    private boolean stopped;

    /**
     * One server for the whole test run, started on first use and stopped when the JVM ends; throws
     * {@link IllegalStateException} with the reason when there is no PostgreSQL or it does not start.
     */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            try {
                shared = new PostgresServer();
            } catch (IOException e) {
                throw new IllegalStateException("the test PostgreSQL server could not be started: " + e.getMessage(), e);
            }
            PostgresServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "nianbao-test-postgres-stop"));
        }
        return shared;
    }

    /**
     * The {@link #shared} server for a test: without PostgreSQL on the machine the test is skipped, except
     * in CI (environment CI=true), where that is a failure: CI must run the PostgreSQL tests.
     */
    public static PostgresServer forTest() {
        try {
            return shared();
        } catch (IllegalStateException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI must run the PostgreSQL tests: " + e.getMessage(), e);
            }
            return Assumptions.abort("PostgreSQL tests skipped (outside CI only): " + e.getMessage());
        }
    }

    public PostgresServer() throws IOException {
        this(false);
    }

    /**
     * A server that offers TLS ({@code ssl = on}) with a self-signed certificate for 127.0.0.1 that the test
     * makes with {@code openssl}: clients with sslmode prefer or require get TLS, verify-full refuses the
     * certificate (no authority of the client's signed it).
     */
    public static PostgresServer withTls() throws IOException {
        return new PostgresServer(true);
    }

    private PostgresServer(boolean tls) throws IOException {
        this.bin = binaries().orElseThrow(() -> new IOException("no initdb and pg_ctl found (set " + BIN_ENV
                + ", put them on the PATH, or install Debian's postgresql package)"));
        this.runAs = isRoot() ? serviceUser() : null;
        this.folder = Files.createTempDirectory("nianbao-pg");
        this.port = freePort();
        try {
            Path passwordFile = folder.resolve("password");
            Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
            String tlsSettings = tls ? selfSignedCertificate() : "";
            if (runAs != null) {
                giveTo(folder, runAs);
            }
            run(true, "initdb", "-D", data().toString(), "-U", USER, "--pwfile=" + passwordFile, "-A", "scram-sha-256",
                    "-E", "UTF8", "--locale=C", "-N");
            Files.delete(passwordFile);
            run(true, "pg_ctl", "-D", data().toString(), "-l", folder.resolve("server.log").toString(), "-w", "-t",
                    Long.toString(START_SECONDS), "-o", "-p " + port + " -c listen_addresses=127.0.0.1"
                            + " -c unix_socket_directories=" + folder + " -c fsync=off -c max_connections=60"
                            + (Boolean.getBoolean(STATEMENTS_PROPERTY) ? STATEMENT_STATISTICS : "")
                            + tlsSettings,
                    "start");
        } catch (IOException e) {
            String log = readQuietly(folder.resolve("server.log"));
            deleteQuietly();
            throw new IOException(e.getMessage() + (log.isEmpty() ? "" : "\nserver log:\n" + log), e);
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    public String user() {
        return USER;
    }

    /** The password of {@link #USER}: for the environment of a client, never its command line. */
    public String password() {
        return password;
    }

    /** Makes a new empty database and returns its name. */
    public String createDatabase() throws IOException {
        String name = "nb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        run(false, "createdb", "-h", host(), "-p", Integer.toString(port), "-U", USER, name);
        return name;
    }

    /**
     * Makes a login for one person of a team, as a database administrator does (docs/cli.md, roles): not a
     * superuser, allowed to connect to {@code database} and to read and write the tables Nianbao made there.
     */
    public void createLogin(String name, String loginPassword, String database) throws IOException {
        run(false, "psql", "-h", host(), "-p", Integer.toString(port), "-U", USER, "-d", database, "-v",
                "ON_ERROR_STOP=1", "-c", "CREATE ROLE \"" + name + "\" LOGIN PASSWORD '" + loginPassword + "'", "-c",
                "GRANT CONNECT ON DATABASE \"" + database + "\" TO \"" + name + "\"", "-c",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \"" + name + "\"", "-c",
                "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO \"" + name + "\"");
    }

    /** The address of a database as a user writes it for Nianbao ({@code --repository}). */
    public String address(String database) {
        return "postgresql://" + USER + "@" + host() + ":" + port + "/" + database + "?sslmode=disable";
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            run(true, "pg_ctl", "-D", data().toString(), "-m", "fast", "-w", "stop");
        } catch (IOException e) {
            // already gone: nothing left to stop
        }
        deleteQuietly();
    }

    /** The folder with initdb and pg_ctl, or empty when there is no PostgreSQL on this machine. */
    public static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        String given = System.getenv(BIN_ENV);
        if (given != null && !given.isBlank()) {
            candidates.add(Path.of(given));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir));
            }
        }
        candidates.addAll(debianVersions());
        // a link on the PATH (/usr/local/bin/initdb) leads to the folder with the other tools (createdb)
        return candidates.stream().filter(d -> Files.isExecutable(d.resolve("initdb"))
                && Files.isExecutable(d.resolve("pg_ctl"))).findFirst().map(PostgresServer::realFolder);
    }

    private static Path realFolder(Path dir) {
        try {
            return dir.resolve("initdb").toRealPath().getParent();
        } catch (IOException e) {
            return dir;
        }
    }

    private static List<Path> debianVersions() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .sorted(Comparator.comparing((Path p) -> versionOf(p.getParent())).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Makes the key (0600, as the server demands) and certificate; returns the server's settings for them. */
    private String selfSignedCertificate() throws IOException {
        Path key = folder.resolve("server.key");
        Path certificate = folder.resolve("server.crt");
        runTool(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                "/CN=" + host(), "-keyout", key.toString(), "-out", certificate.toString()));
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return " -c ssl=on -c ssl_cert_file=" + certificate + " -c ssl_key_file=" + key;
    }

    private Path data() {
        return folder.resolve("data");
    }

    private void run(boolean asServer, String tool, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (asServer && runAs != null) {
            command.addAll(List.of("runuser", "-u", runAs, "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        runTool(command);
    }

    private void runTool(List<String> command) throws IOException {
        String tool = command.get(0);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PGPASSWORD", password);
        env.put("LC_ALL", "C");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(START_SECONDS + 30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(tool + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(tool + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(tool + " failed (exit " + process.exitValue() + "): " + output.strip());
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String serviceUser() throws IOException {
        return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith("postgres:"))
                ? "postgres" : "nobody";
    }

    private static void giveTo(Path dir, String user) throws IOException {
        UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setOwner(p, owner);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private void deleteQuietly() {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
