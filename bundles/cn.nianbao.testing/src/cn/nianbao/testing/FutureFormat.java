package cn.nianbao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.model.format.FormatCatalogue;

/**
 * The template version no one shipped, testdata/v2099/v2099.xmi, and the reports written by hand in it:
 * registered with the catalogue the way a local or future format would be, from a file.
 */
public final class FutureFormat {

    private FutureFormat() {
    }

    public static Path dir() {
        return TestData.root().resolve("testdata").resolve("v2099");
    }

    public static Path report(String name) {
        return dir().resolve(name);
    }

    public static void register() {
        Path file = dir().resolve("v2099.xmi");
        try (InputStream in = Files.newInputStream(file)) {
            FormatCatalogue.register(FormatCatalogue.load(in, file.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
