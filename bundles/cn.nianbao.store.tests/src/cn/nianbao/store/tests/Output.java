package cn.nianbao.store.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.testing.TestData;

/** Where the crash test and the benchmark leave their figures: this bundle's target folder. */
final class Output {

    private Output() {
    }

    static Path file(String name) throws IOException {
        Path dir = TestData.root().resolve("bundles/cn.nianbao.store.tests/target");
        Files.createDirectories(dir);
        return dir.resolve(name);
    }

    static Path fixture(String name) {
        return TestData.root().resolve("bundles/cn.nianbao.store.tests/fixtures").resolve(name);
    }
}
