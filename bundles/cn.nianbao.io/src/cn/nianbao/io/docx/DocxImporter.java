package cn.nianbao.io.docx;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportImporter;
import cn.nianbao.io.internal.ImportGuard;
import cn.nianbao.io.internal.Messages;
import cn.nianbao.io.text.TextReportReader;

/**
 * Imports a report saved as a Word file (.docx), through Apache POI: paragraphs and tables in document
 * order, merged cells (gridSpan, vMerge) resolved. Zip bombs are refused by POI's inflate-ratio check
 * with entry-size limits set here, and POI parses the XML without DOCTYPEs or external entities.
 */
public final class DocxImporter implements ReportImporter {

    private static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] DOCUMENT_PART = "word/document".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    @Override
    public String name() {
        return "docx";
    }

    @Override
    public boolean canRead(byte[] content, String fileName) {
        if (content == null) {
            return false;
        }
        if (startsWith(content, OLE2)) {
            return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".docx");
        }
        return startsWith(content, ZIP) && contains(content, DOCUMENT_PART);
    }

    @Override
    public ImportResult read(byte[] content, String fileName) throws ImportException {
        if (startsWith(content, OLE2)) {
            // an encrypted .docx is an OLE2 container holding the encrypted package
            throw Messages.exception("docx.encrypted", fileName);
        }
        return ImportGuard.run(fileName, ImportGuard.TIME_LIMIT_MILLIS, () -> {
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
                return TextReportReader.read(new DocxWalker().lines(document), fileName);
            } catch (ImportException e) {
                throw e;
            } catch (Exception e) {
                throw refusal(fileName, e);
            }
        });
    }

    private static ImportException refusal(String fileName, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            // the library's own words name its classes and may quote the file: say why in ours
            if (message.contains("Zip bomb") || message.contains("exceeds the max")) {
                return unsafe(fileName, "docx.unsafe.size");
            }
            if (message.contains("DOCTYPE") || message.contains("entity")) {
                return unsafe(fileName, "docx.unsafe.entities");
            }
        }
        return Messages.exception("file.damagedPlain", fileName);
    }

    private static ImportException unsafe(String fileName, String reason) {
        return new ImportException(Messages.zh("docx.unsafe", fileName, Messages.zh(reason)),
                Messages.en("docx.unsafe", fileName, Messages.en(reason)));
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= content.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
