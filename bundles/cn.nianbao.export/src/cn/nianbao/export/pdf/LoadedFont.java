package cn.nianbao.export.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A font loaded into one document, with the file it reads glyphs from (closed after saving), and the
 * knowledge of which characters it can draw: any other character is drawn as a plain "?" rather than
 * failing the whole export.
 */
final class LoadedFont implements Closeable {

    private final PDType0Font font;
    private final Closeable source;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    LoadedFont(PDType0Font font, Closeable source) {
        this.font = font;
        this.source = source;
    }

    PDType0Font font() {
        return font;
    }

    /** The text with every character the font lacks (and every control character) replaced. */
    String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c == '\t' ? ' ' : canDraw(c) ? c : '?'));
        return out.toString();
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    private boolean canDraw(int codePoint) {
        return drawable.computeIfAbsent(codePoint, c -> {
            if (Character.isISOControl(c)) {
                return false;
            }
            try {
                font.encode(new String(Character.toChars(c)));
                return font.getStringWidth(new String(Character.toChars(c))) >= 0;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
