package cn.nianbao.io.pdf;

import java.io.IOException;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/** Whether a PDF places images on its pages (a table pasted as a picture, a scan). */
final class PdfImages {

    private PdfImages() {
    }

    static boolean any(PDDocument document) {
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getXObjectNames()) {
                try {
                    if (resources.isImageXObject(name)) {
                        return true;
                    }
                } catch (RuntimeException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
