package cn.nianbao.io.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The fonts of one document, made once and kept until the document is closed.
 * <p>
 * PDFBox's text stripper drops a page's fonts from the cache after the page (to bound memory in long
 * documents) and keeps a font only after its fourth removal, so in a report of two to four pages each
 * embedded font was parsed again on every page. A report's fonts are few; the cache still holds them softly.
 * <p>
 * Simple TrueType fonts whose dictionary carries everything the text needs are made as {@link TextOnlyFont}s,
 * which do not parse the embedded font program.
 */
final class DocumentFonts extends DefaultResourceCache {

    @Override
    public PDFont getFont(COSObject indirect) {
        PDFont font = super.getFont(indirect);
        if (font == null && indirect.getObject() instanceof COSDictionary dictionary && TextOnlyFont.fits(dictionary)) {
            font = new TextOnlyFont(dictionary);
            put(indirect, font);
        }
        return font;
    }

    @Override
    public PDFont removeFont(COSObject indirect) {
        return null;
    }
}
