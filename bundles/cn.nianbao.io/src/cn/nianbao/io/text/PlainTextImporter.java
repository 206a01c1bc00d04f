package cn.nianbao.io.text;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportNote;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportImporter;
import cn.nianbao.io.internal.ImportGuard;
import cn.nianbao.io.internal.Messages;

/**
 * Imports a report from plain text: tab-separated table rows (as copied from a web page or Word) or
 * {@code pdftotext -layout} output. Finds the section headings, reads the title block, the text sections
 * and tables 二, 三 and 四, and notes what it could not read.
 */
public final class PlainTextImporter implements ReportImporter {

    /** Text that {@link #canRead} decoded, with the bytes it came from. */
    private record Sniffed(byte[] content, TextDecoder.Decoded decoded) {
    }

    /**
     * The last text decoded by {@link #canRead}, which {@link #read} is then asked for (on another thread):
     * decoding it twice was a tenth of a text import. Held weakly, so that a large file is not kept after
     * its import; when it is gone, or another file came between, the bytes are decoded again.
     */
    private static volatile WeakReference<Sniffed> sniffed = new WeakReference<>(null);

    @Override
    public String name() {
        return "text";
    }

    @Override
    public boolean canRead(byte[] content, String fileName) {
        if (content == null || content.length == 0 || TextDecoder.isBinary(content)) {
            return false;
        }
        TextDecoder.Decoded decoded = TextDecoder.decodeNoted(content);
        if (decoded == null) {
            return false;
        }
        sniffed = new WeakReference<>(new Sniffed(content, decoded));
        String text = decoded.text();
        String head = text.substring(0, Math.min(text.length(), 2048)).strip().toLowerCase(Locale.ROOT);
        if (head.startsWith("<") || head.startsWith("%pdf") || head.startsWith("{\\rtf")) {
            return false;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || text.contains("政府信息公开") || text.contains("年度报告");
    }

    @Override
    public ImportResult read(byte[] content, String fileName) throws ImportException {
        return ImportGuard.run(fileName, ImportGuard.TIME_LIMIT_MILLIS, () -> readGuarded(content, fileName));
    }

    private static ImportResult readGuarded(byte[] content, String fileName) throws ImportException {
        try {
            TextDecoder.Decoded decoded = decodeNoted(content, fileName);
            ImportResult result = readText(decoded.text(), fileName);
            if (decoded.replaced() > 0) {
                result.importReport().add(Messages.note(ImportNote.Kind.UNREADABLE, null, null, 0, "text.replaced", fileName,
                        decoded.replaced()));
            }
            return result;
        } catch (RuntimeException | StackOverflowError e) {
            // the exception's text names our classes; the message says which file, the detail is a defect of ours
            throw Messages.exception("text.internalPlain", fileName);
        }
    }

    /** Throws the reason why the content is not readable text; returns quietly when it is text. */
    public static void checkText(byte[] content, String fileName) throws ImportException {
        decode(content, fileName);
    }

    private static String decode(byte[] content, String fileName) throws ImportException {
        return decodeNoted(content, fileName).text();
    }

    private static TextDecoder.Decoded decodeNoted(byte[] content, String fileName) throws ImportException {
        if (content == null || content.length == 0) {
            throw Messages.exception("file.empty", fileName);
        }
        Sniffed known = sniffed.get();
        if (known != null && known.content() == content) {
            return known.decoded();
        }
        if (TextDecoder.isBinary(content)) {
            throw Messages.exception("text.binary", fileName);
        }
        TextDecoder.Decoded text = TextDecoder.decodeNoted(content);
        if (text == null) {
            throw Messages.exception("text.undecodable", fileName);
        }
        return text;
    }

    private static ImportResult readText(String text, String fileName) throws ImportException {
        return TextReportReader.read(lines(text), fileName);
    }

    /** The lines between CR LF, CR or LF, the last one included even when empty (a regex split took a tenth of an import). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }
}
