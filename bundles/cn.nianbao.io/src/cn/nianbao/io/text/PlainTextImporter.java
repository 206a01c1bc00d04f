package cn.nianbao.io.text;

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

    /** How far into the text the marks of other formats are looked for. */
    private static final int SNIFF_CHARS = 2048;
    /** The length of the longest mark of another format, "{\\rtf". */
    private static final int MARK_CHARS = 5;

    @Override
    public String name() {
        return "text";
    }

    @Override
    public boolean canRead(byte[] content, String fileName) {
        return recognised(content, fileName) != null;
    }

    /** Decodes the content once: the text that told it is a report is the text that is read. */
    @Override
    public Reading reading(byte[] content, String fileName) {
        TextDecoder.Decoded decoded = recognised(content, fileName);
        if (decoded == null) {
            return null;
        }
        return () -> ImportGuard.run(fileName, ImportGuard.TIME_LIMIT_MILLIS, () -> readGuarded(null, decoded, fileName));
    }

    @Override
    public ImportResult read(byte[] content, String fileName) throws ImportException {
        return ImportGuard.run(fileName, ImportGuard.TIME_LIMIT_MILLIS, () -> readGuarded(content, null, fileName));
    }

    /** The decoded text when the content is text that looks like a report, null otherwise. */
    private static TextDecoder.Decoded recognised(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            return null;
        }
        TextDecoder.Decoded decoded = TextDecoder.decodeUnlessBinary(content);
        if (decoded == null) {
            return null;
        }
        String text = decoded.text();
        String head = head(text).toLowerCase(Locale.ROOT);
        if (head.startsWith("<") || head.startsWith("%pdf") || head.startsWith("{\\rtf")) {
            return null;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || text.contains("政府信息公开") || text.contains("年度报告") ? decoded : null;
    }

    /**
     * The first characters after leading white space within the first 2 KB: as many as the marks of other
     * formats are long ("{\\rtf"), lowered by the caller instead of the whole 2 KB.
     */
    private static String head(String text) {
        int window = Math.min(text.length(), SNIFF_CHARS);
        int start = 0;
        while (start < window && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return text.substring(start, Math.min(window, start + MARK_CHARS));
    }

    /** Reads the text already decoded, else decodes the content here, where a failure is guarded too. */
    private static ImportResult readGuarded(byte[] content, TextDecoder.Decoded known, String fileName) throws ImportException {
        try {
            TextDecoder.Decoded decoded = known != null ? known : decodeNoted(content, fileName);
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
