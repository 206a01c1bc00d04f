package cn.nianbao.io.pdf;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * An embedded simple TrueType font read for its text only. PDFBox's own font object parses the embedded
 * font program (its tables, glyph names, encoding) as soon as it is made; the text layer needs none of it when
 * the font dictionary has a ToUnicode map, glyph widths and a descriptor with the font's box, which is how
 * Word, WPS and LibreOffice write their CJK subsets. That parsing was a sixth of a PDF import.
 * <p>
 * Codes, text, widths and heights come from the dictionary exactly as PDFBox reads them for its own font
 * (the ToUnicode map, /Widths, /MissingWidth and /FontBBox go through the same {@link PDFont} code); anything
 * the dictionary does not answer (a code missing from the ToUnicode map, a width from the font program) is
 * asked of PDFBox's font, made on first need. The one figure that can differ is the width of a space
 * ({@link #getSpaceWidth()}), which Nianbao does not read.
 */
final class TextOnlyFont extends PDFont {

    private PDFont full;

    TextOnlyFont(COSDictionary dictionary) {
        super(dictionary);
    }

    /** Whether the dictionary answers everything the text layer asks of a font. */
    static boolean fits(COSDictionary font) {
        if (!COSName.TRUE_TYPE.equals(font.getCOSName(COSName.SUBTYPE))
                || !(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream)
                || !(font.getDictionaryObject(COSName.WIDTHS) instanceof COSArray)) {
            return false;
        }
        COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
        return descriptor != null && descriptor.getDictionaryObject(COSName.FONT_FILE2) instanceof COSStream
                && descriptor.getDictionaryObject(COSName.FONT_BBOX) instanceof COSArray box && box.size() == 4;
    }

    /** PDFBox's font for what the dictionary does not say; parses the font program. */
    private PDFont full() throws IOException {
        if (full == null) {
            full = PDFontFactory.createFont(getCOSObject());
        }
        return full;
    }

    @Override
    public String getName() {
        return getCOSObject().getNameAsString(COSName.BASE_FONT);
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        return in.read();
    }

    @Override
    public boolean isVertical() {
        return false;
    }

    @Override
    public String toUnicode(int code, GlyphList glyphs) {
        String text = toUnicode(code);
        if (text != null) {
            return text;
        }
        try {
            text = full().toUnicode(code, glyphs);
        } catch (IOException e) {
            text = null;
        }
        // PDFBox's text engine takes an unmapped code of a simple font as the character itself; it cannot
        // tell that this font is one, so the font does it
        return text != null ? text : String.valueOf((char) code);
    }

    @Override
    public BoundingBox getBoundingBox() throws IOException {
        PDFontDescriptor descriptor = getFontDescriptor();
        PDRectangle box = descriptor == null ? null : descriptor.getFontBoundingBox();
        if (box == null) {
            return full().getBoundingBox();
        }
        return new BoundingBox(box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY());
    }

    /**
     * From the dictionary only: PDFBox takes the width of a space from the font program when the subset has
     * no space (most CJK subsets), which would parse it after all. The figure is only ever read by PDFBox's
     * own line writing, which {@link PositionStripper} replaces: Nianbao splits words by the glyphs' positions.
     */
    @Override
    public float getSpaceWidth() {
        CMap toUnicode = getToUnicodeCMap();
        int space = toUnicode == null ? -1 : toUnicode.getSpaceMapping();
        try {
            float width = getWidth(space > -1 ? space : 32);
            return width > 0 ? width : getAverageFontWidth();
        } catch (IOException e) {
            return getAverageFontWidth();
        }
    }

    @Override
    @SuppressWarnings("deprecation") // abstract in PDFBox 3 all the same
    public float getHeight(int code) throws IOException {
        return full().getHeight(code);
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        return full().getWidthFromFont(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) throws IOException {
        return full().hasExplicitWidth(code);
    }

    @Override
    protected float getStandard14Width(int code) {
        // an embedded font is never one of the standard 14, so PDFont does not ask
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isEmbedded() {
        return true;
    }

    @Override
    public boolean isDamaged() {
        return false;
    }

    @Override
    protected byte[] encode(int unicode) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public void addToSubset(int codePoint) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public void subset() {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public boolean willBeSubset() {
        return false;
    }
}
