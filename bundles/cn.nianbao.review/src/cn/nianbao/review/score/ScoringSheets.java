package cn.nianbao.review.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where scoring sheets come from: the packs built into this bundle (by name, listed in
 * {@code sheets/builtin.txt}) or a county's own JSON file.
 */
public final class ScoringSheets {

    /** The sheet used when none is named: the first pack of review.md, 宿迁's 部门 考核细则. */
    public static final String DEFAULT = "suqian-dept";

    private ScoringSheets() {
    }

    /** The names of the built-in packs. */
    public static List<String> builtIn() {
        try (InputStream in = ScoringSheets.class.getResourceAsStream("sheets/builtin.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A built-in pack by name, or else the JSON file the argument names. */
    public static ScoringSheet find(String nameOrFile) throws SheetException {
        if (builtIn().contains(nameOrFile)) {
            return builtIn(nameOrFile);
        }
        return read(Path.of(nameOrFile));
    }

    public static ScoringSheet builtIn(String name) throws SheetException {
        String resource = "sheets/" + name + ".json";
        try (InputStream in = ScoringSheets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SheetException(name, "sheet.unknown", String.join(", ", builtIn()));
            }
            return new SheetReader(resource).read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SheetException(resource, "sheet.unreadable");
        }
    }

    public static ScoringSheet read(Path file) throws SheetException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new SheetReader(file.toString()).read(in);
        } catch (NoSuchFileException e) {
            throw new SheetException(file.toString(), "sheet.missingFile", String.join(", ", builtIn()));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new SheetException(file.toString(), "sheet.notUtf8");
        } catch (IOException e) {
            throw new SheetException(file.toString(), "sheet.unreadable");
        }
    }
}
