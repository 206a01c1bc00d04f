package cn.nianbao.model.tests.layering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * What one bundle's META-INF/MANIFEST.MF says about its dependencies: the bundles it requires, the
 * packages it imports and exports (with {@code x-internal} and {@code x-friends}), and its host when it
 * is a fragment. Read with the JDK's manifest reader; clauses are split by hand because OSGi quotes
 * commas inside attribute values ({@code x-friends:="a,b"}).
 */
record BundleManifest(String name, Path dir, String host, List<String> requires, List<String> imports,
        List<Export> exports) {

    /** One exported package; {@code friends} are the bundles an {@code x-friends} directive names. */
    record Export(String packageName, boolean internal, Set<String> friends) {

        boolean visibleTo(String bundle) {
            return !internal || friends.contains(bundle);
        }
    }

    /** The bundle whose class space this one's code runs in: the host for a fragment. */
    String owner() {
        return host != null ? host : name;
    }

    boolean isFragment() {
        return host != null;
    }

    static BundleManifest read(Path bundleDir) {
        try (InputStream in = Files.newInputStream(bundleDir.resolve("META-INF/MANIFEST.MF"))) {
            Attributes main = new Manifest(in).getMainAttributes();
            String host = main.getValue("Fragment-Host");
            return new BundleManifest(firstName(main.getValue("Bundle-SymbolicName")), bundleDir,
                    host == null ? null : firstName(host), names(main.getValue("Require-Bundle")),
                    names(main.getValue("Import-Package")), exports(main.getValue("Export-Package")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Export> exports(String header) {
        List<Export> exports = new ArrayList<>();
        for (String clause : clauses(header)) {
            String[] parts = clause.split(";");
            boolean internal = false;
            Set<String> friends = Set.of();
            for (int i = 1; i < parts.length; i++) {
                String directive = parts[i].strip();
                if (directive.replace(" ", "").equals("x-internal:=true")) {
                    internal = true;
                } else if (directive.startsWith("x-friends:=")) {
                    internal = true;
                    friends = Set.of(unquote(directive.substring("x-friends:=".length())).split("\\s*,\\s*"));
                }
            }
            exports.add(new Export(parts[0].strip(), internal, friends));
        }
        return exports;
    }

    private static List<String> names(String header) {
        return clauses(header).stream().map(BundleManifest::firstName).toList();
    }

    private static String firstName(String clause) {
        return clause.split(";")[0].strip();
    }

    /** The comma-separated clauses of a header, keeping commas inside quotes. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().strip());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        clauses.add(clause.toString().strip());
        return clauses;
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
