package cn.nianbao.export.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A Chinese TrueType font file (a single font or one face of a collection) to embed, subset, as Type 0.
 * Each document loads its own copy, because a parsed font is not safe to share between threads.
 */
public record CjkFont(Path file, String faceName) {

    private static final int PROBE = '年';

    /** The font in this file, or null when it has no usable Chinese TrueType face. */
    static CjkFont open(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".ttc")) {
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    String[] chosen = new String[1];
                    collection.processAllFonts(font -> {
                        if (chosen[0] == null && usable(font)) {
                            chosen[0] = font.getName();
                        }
                    });
                    return chosen[0] == null ? null : new CjkFont(file, chosen[0]);
                }
            }
            try (TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser().parse(
                    new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()))) {
                return usable(font) ? new CjkFont(file, font.getName()) : null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean usable(TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            return false;
        }
        return font.getUnicodeCmapLookup(false) != null && font.getUnicodeCmapLookup(false).getGlyphId(PROBE) > 0;
    }

    /**
     * Loads the font into a document; PDFBox embeds the subset of glyphs used when the document is saved, so
     * the returned font must stay open until then.
     */
    LoadedFont load(PDDocument document) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return new LoadedFont(PDType0Font.load(document, file.toFile()), () -> { });
        }
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        try {
            TrueTypeFont font = collection.getFontByName(faceName);
            if (font == null) {
                throw new IOException("font face " + faceName + " not found in " + file);
            }
            return new LoadedFont(PDType0Font.load(document, font, true), collection);
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }
}
