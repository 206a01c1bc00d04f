package cn.nianbao.model.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.model.catalogue.TemplateDef;
import cn.nianbao.model.report.TemplateVersion;
import cn.nianbao.model.text.Texts;

/**
 * Templates installed as files: every {@code *.xmi} in the {@value #NAME} folder of the user's data folder is
 * a template definition, registered with the catalogue when the workbench or the command line starts. A
 * province's variant or the next national format is added by dropping its catalogue file there, with no new
 * build. A file that cannot be used is skipped with its reason in both languages; the others still load.
 */
public final class TemplateFolder {

    /** The folder's name inside the data folder. */
    public static final String NAME = "templates";
    /** A template file is a few tens of kilobytes; a larger one is not a catalogue. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private static final Texts TEXTS = Texts.of(TemplateFolder.class);

    /** Why one file was not registered, said for the user. */
    public record Problem(Path file, String zh, String en) {

        public String text(boolean chinese) {
            return chinese ? zh : en;
        }
    }

    private TemplateFolder() {
    }

    /** Registers every template file of the folder, in name order; a missing folder holds none. */
    public static List<Problem> registerAll(Path folder) {
        List<Problem> problems = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return problems;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.xmi")) {
            entries.forEach(files::add);
        } catch (IOException | SecurityException e) {
            problems.add(problem(folder, "template.folderUnreadable", folder));
            return problems;
        }
        files.sort(null);
        for (Path file : files) {
            Problem problem = register(file);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static Problem register(Path file) {
        TemplateDef definition;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return problem(file, "template.tooLarge", file.getFileName(), MAX_BYTES / 1024 / 1024);
            }
            try (InputStream in = Files.newInputStream(file)) {
                definition = FormatCatalogue.load(in, file.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            // EMF reports a wrong root or a foreign feature as unchecked exceptions
            return problem(file, "template.unreadable", file.getFileName());
        }
        String key = definition.getVersion();
        if (key == null || key.isBlank()) {
            return problem(file, "template.noKey", file.getFileName());
        }
        if (TemplateVersion.get(key) != null) {
            return problem(file, "template.national", file.getFileName(), key);
        }
        if (definition.getTables().isEmpty()) {
            return problem(file, "template.noTables", file.getFileName(), key);
        }
        FormatCatalogue.register(definition);
        return null;
    }

    private static Problem problem(Path file, String key, Object... args) {
        return new Problem(file, TEXTS.zh(key, args), TEXTS.en(key, args));
    }
}
