package cn.nianbao.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a file that {@code nianbao fetch} downloaded came from: {@code NAME.source} beside it holds
 * "url TAB address" and "retrieved TAB time" lines. The import source of its revision then names the
 * address and the time with the file, so the repository keeps them with the report.
 */
final class FetchedFrom {

    static final String SUFFIX = ".source";

    private FetchedFrom() {
    }

    /** The file's name, followed by " <address> retrieved TIME" when a source file is beside it. */
    static String describe(Path file, String name) {
        Path source = file.resolveSibling(file.getFileName() + SUFFIX);
        if (!Files.isRegularFile(source)) {
            return name;
        }
        String url = null;
        String retrieved = null;
        try {
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                String[] field = line.split("\t", 2);
                if (field.length == 2 && field[0].equals("url")) {
                    url = field[1].strip();
                } else if (field.length == 2 && field[0].equals("retrieved")) {
                    retrieved = field[1].strip();
                }
            }
        } catch (IOException e) {
            return name;
        }
        if (url == null) {
            return name;
        }
        return name + " <" + url + ">" + (retrieved == null ? "" : " retrieved " + retrieved);
    }
}
