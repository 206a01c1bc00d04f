package cn.nianbao.io.pdf;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Keeps every font of one document until the document is closed. PDFBox's text stripper drops a page's
 * fonts from the cache after the page (to bound memory in long documents) and only keeps a font after its
 * fourth removal, so in a report of two to four pages each embedded font was parsed again on every page: a
 * tenth of a PDF import. A report's fonts are few; the cache still holds them softly.
 */
final class FontsKeptPerDocument extends DefaultResourceCache {

    @Override
    public PDFont removeFont(COSObject indirect) {
        return null;
    }
}
