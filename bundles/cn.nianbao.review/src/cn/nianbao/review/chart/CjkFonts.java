package cn.nianbao.review.chart;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A font with Chinese glyphs for the PNG charts: the file named by the system property
 * {@value #PROPERTY}, else Noto Sans CJK (fonts-noto-cjk), WenQuanYi or AR PL on Linux, Microsoft YaHei or
 * SimSun on Windows, else the logical font "SansSerif" (which has Chinese only where the system maps it).
 */
public final class CjkFonts {

    public static final String PROPERTY = "nianbao.chartFont";

    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simsun.ttc");

    private static Font base;

    private CjkFonts() {
    }

    public static synchronized Font base() {
        if (base == null) {
            base = find();
        }
        return base;
    }

    private static Font find() {
        String given = System.getProperty(PROPERTY);
        Stream<String> paths = given == null || given.isBlank() ? CANDIDATES.stream()
                : Stream.concat(Stream.of(given), CANDIDATES.stream());
        for (String candidate : paths.toList()) {
            Path file = Path.of(candidate);
            if (Files.isRegularFile(file)) {
                Font font = load(file);
                if (font != null) {
                    return font;
                }
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    /** The Simplified Chinese face of a collection when there is one, else its first face. */
    private static Font load(Path file) {
        try {
            Font[] fonts = Font.createFonts(file.toFile());
            for (Font font : fonts) {
                if (font.getFamily(java.util.Locale.ROOT).contains(" SC")) {
                    return font;
                }
            }
            return fonts.length > 0 ? fonts[0] : null;
        } catch (IOException | java.awt.FontFormatException e) {
            return null;
        }
    }
}
