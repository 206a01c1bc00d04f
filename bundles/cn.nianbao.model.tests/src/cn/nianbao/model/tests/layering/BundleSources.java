package cn.nianbao.model.tests.layering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packages of our own bundles that a bundle's files name: Java imports and fully qualified names, and
 * class URIs in the e4 application model and plugin.xml ({@code bundleclass://cn.nianbao.ui/cn.nianbao.ui.X}).
 * Build output is skipped.
 */
final class BundleSources {

    private static final Pattern QUALIFIED = Pattern.compile("\\bcn\\.nianbao(?:\\.[a-z_][a-z0-9_]*)+");
    private static final Set<String> READ = Set.of(".java", ".e4xmi", ".xml", ".xmi");

    private BundleSources() {
    }

    /** Every package of {@code known} that a file of the bundle names (the longest known prefix of each name). */
    static Set<String> packagesUsed(Path bundleDir, Set<String> known) {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(bundleDir)) {
            files.filter(f -> isSource(bundleDir, f)).forEach(f -> {
                Matcher names = QUALIFIED.matcher(read(f));
                while (names.find()) {
                    String pkg = longestKnownPrefix(names.group(), known);
                    if (pkg != null) {
                        used.add(pkg);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    private static boolean isSource(Path bundleDir, Path file) {
        Path relative = bundleDir.relativize(file);
        String first = relative.getNameCount() > 0 ? relative.getName(0).toString() : "";
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && !first.equals("target") && !first.equals("bin")
                && READ.stream().anyMatch(name::endsWith) && !name.equals("pom.xml");
    }

    private static String longestKnownPrefix(String name, Set<String> known) {
        String candidate = name;
        while (!known.contains(candidate)) {
            int dot = candidate.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            candidate = candidate.substring(0, dot);
        }
        return candidate;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
