package cn.nianbao.model.tests.layering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.nianbao.testing.TestData;

/**
 * The layering the README and docs/architecture.md draw, checked on every bundles/{@literal *}/META-INF/MANIFEST.MF
 * of the checkout: headless bundles use no SWT, JFace, NatTable or e4 UI; no bundle reaches into another's
 * {@code x-internal} package unless an {@code x-friends} directive names it; a bundle depends only on
 * bundles of a lower layer (a test fragment: not above its host); and every bundle of ours that a manifest
 * requires is used by the requiring bundle's files.
 */
class ManifestLayeringTest {

    /** The layer order of architecture.md: a bundle may depend only on bundles of a lower layer. */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("cn.nianbao.model", 0),
            Map.entry("cn.nianbao.io", 1),
            Map.entry("cn.nianbao.validation", 1),
            Map.entry("cn.nianbao.export", 2),
            Map.entry("cn.nianbao.store", 2),
            Map.entry("cn.nianbao.review", 3),
            Map.entry("cn.nianbao.editing", 3),
            Map.entry("cn.nianbao.cli", 4),
            Map.entry("cn.nianbao.ui", 4),
            Map.entry("cn.nianbao.review.ui", 5),
            Map.entry("cn.nianbao.app", 6));

    private static final Set<String> HEADLESS = Set.of("cn.nianbao.model", "cn.nianbao.io", "cn.nianbao.validation",
            "cn.nianbao.export", "cn.nianbao.store", "cn.nianbao.review", "cn.nianbao.editing", "cn.nianbao.cli");

    private static final List<String> UI_NAMES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.nebula.widgets",
            "org.eclipse.e4.ui", "org.eclipse.ui");

    /** Test support: a test fragment may require it, a product bundle never. */
    private static final String TESTING = "cn.nianbao.testing";

    private static List<BundleManifest> bundles;
    private static Map<String, BundleManifest.Export> exports;

    @BeforeAll
    static void readManifests() throws IOException {
        bundles = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(TestData.root().resolve("bundles"))) {
            dirs.filter(d -> Files.isRegularFile(d.resolve("META-INF/MANIFEST.MF"))).sorted()
                    .forEach(d -> bundles.add(BundleManifest.read(d)));
        }
        exports = new HashMap<>();
        bundles.forEach(b -> b.exports().forEach(e -> exports.put(e.packageName(), e)));
    }

    @Test
    void readsTheWholeCheckout() {
        assertFalse(bundles.size() < LAYERS.size(), "bundles found: " + bundles.size());
    }

    @Test
    void headlessBundlesUseNoUserInterfaceToolkit() {
        List<String> found = new ArrayList<>();
        for (BundleManifest bundle : bundles) {
            if (HEADLESS.contains(bundle.owner())) {
                Stream.concat(bundle.requires().stream(), bundle.imports().stream()).filter(ManifestLayeringTest::isUi)
                        .forEach(ui -> found.add(bundle.name() + " depends on " + ui));
            }
        }
        assertEquals(List.of(), found, "a headless bundle (" + HEADLESS + ") must run without a display");
    }

    @Test
    void noBundleUsesAnotherBundlesInternalPackages() {
        List<String> found = new ArrayList<>();
        for (BundleManifest bundle : bundles) {
            Set<String> used = BundleSources.packagesUsed(bundle.dir(), exports.keySet());
            used.addAll(bundle.imports().stream().filter(exports::containsKey).toList());
            for (String pkg : used) {
                BundleManifest.Export export = exports.get(pkg);
                if (!exporterOf(pkg).equals(bundle.owner()) && !export.visibleTo(bundle.owner())) {
                    found.add(bundle.name() + " uses " + pkg + ", internal to " + exporterOf(pkg));
                }
            }
        }
        assertEquals(List.of(), found, "export the package as API, or name the user in x-friends");
    }

    @Test
    void dependenciesPointDownTheLayers() {
        List<String> found = new ArrayList<>();
        for (BundleManifest bundle : bundles) {
            if (!bundle.owner().startsWith("cn.nianbao.") || bundle.name().equals(TESTING)
                    || bundle.owner().equals("org.eclipse.collections.api")) {
                continue;
            }
            Integer own = LAYERS.get(bundle.owner());
            if (own == null) {
                found.add(bundle.name() + " has no place in the layer order of this test");
                continue;
            }
            for (String dependency : ourDependencies(bundle)) {
                Integer other = LAYERS.get(dependency);
                boolean allowed = bundle.isFragment() ? dependency.equals(TESTING) || other != null && other <= own
                        : other != null && other < own;
                if (!allowed) {
                    found.add(bundle.name() + " (layer " + own + ") depends on " + dependency + " (layer " + other + ")");
                }
            }
        }
        assertEquals(List.of(), found, "layers: " + LAYERS);
    }

    @Test
    void everyRequiredBundleOfOursIsUsed() {
        List<String> found = new ArrayList<>();
        for (BundleManifest bundle : bundles) {
            Set<String> used = BundleSources.packagesUsed(bundle.dir(), exports.keySet());
            for (String required : bundle.requires()) {
                if (required.startsWith("cn.nianbao.") && used.stream().noneMatch(p -> exporterOf(p).equals(required))) {
                    found.add(bundle.name() + " requires " + required + " but uses none of its packages");
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static List<String> ourDependencies(BundleManifest bundle) {
        List<String> ours = new ArrayList<>(bundle.requires().stream().filter(r -> r.startsWith("cn.nianbao.")).toList());
        bundle.imports().stream().filter(exports::containsKey).map(ManifestLayeringTest::exporterOf).forEach(ours::add);
        return ours;
    }

    private static String exporterOf(String pkg) {
        return bundles.stream().filter(b -> b.exports().stream().anyMatch(e -> e.packageName().equals(pkg)))
                .map(BundleManifest::owner).findFirst().orElseThrow();
    }

    private static boolean isUi(String name) {
        return UI_NAMES.stream().anyMatch(ui -> name.equals(ui) || name.startsWith(ui + "."));
    }
}
