package cn.nianbao.export.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds a Chinese font on this machine that PDFBox can embed: a TrueType font or collection (glyf outlines).
 * CFF-based OpenType fonts (Noto CJK .otf/.ttc, Source Han) are skipped, because PDFBox 3 cannot subset
 * them. The folders come from the system property {@value #PROPERTY} (folders separated by the path
 * separator) or the constructor, else the platform's font folders.
 */
public final class CjkFontFinder {

    public static final String PROPERTY = "nianbao.fonts.dir";

    /** File names in order of preference: Song faces first (the look of the official tables), then the rest. */
    private static final List<String> PREFERRED = List.of("simsun.ttc", "simsun.ttf", "nsimsun.ttf", "simfang.ttf",
            "uming.ttc", "ukai.ttc", "songti.ttc", "stsong.ttf", "msyh.ttc", "msyh.ttf", "simhei.ttf",
            "wqy-zenhei.ttc", "wqy-microhei.ttc", "droidsansfallbackfull.ttf", "droidsansfallback.ttf");
    private static final int MAX_DEPTH = 6;

    private final List<Path> folders;

    public CjkFontFinder(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    public static CjkFontFinder system() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            List<Path> folders = new ArrayList<>();
            for (String folder : property.split(File.pathSeparator)) {
                folders.add(Path.of(folder));
            }
            return new CjkFontFinder(folders);
        }
        return new CjkFontFinder(platformFolders());
    }

    public List<Path> folders() {
        return folders;
    }

    /** The best embeddable Chinese font, or an exception saying in Chinese and English what to install. */
    public CjkFont find() throws MissingCjkFontException {
        Map<Integer, Path> ranked = new TreeMap<>();
        List<Path> postScriptOnly = new ArrayList<>();
        for (Path file : candidates()) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            int rank = PREFERRED.indexOf(name);
            if (rank >= 0) {
                ranked.putIfAbsent(rank, file);
            } else if (name.contains("cjk") || name.contains("sourcehan")) {
                postScriptOnly.add(file);
            }
        }
        for (Path file : ranked.values()) {
            CjkFont font = CjkFont.open(file);
            if (font != null) {
                return font;
            }
        }
        throw new MissingCjkFontException(folders, postScriptOnly);
    }

    private List<Path> candidates() {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable folder is no reason to fail: the others may hold a font
            }
        }
        return files;
    }

    private static List<Path> platformFolders() {
        List<Path> folders = new ArrayList<>();
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            folders.add(Path.of(windows, "Fonts"));
        }
        String home = System.getProperty("user.home", "");
        folders.add(Path.of("/usr/share/fonts"));
        folders.add(Path.of("/usr/local/share/fonts"));
        folders.add(Path.of(home, ".local", "share", "fonts"));
        folders.add(Path.of(home, ".fonts"));
        folders.add(Path.of("/System/Library/Fonts"));
        folders.add(Path.of("/Library/Fonts"));
        return folders;
    }
}
