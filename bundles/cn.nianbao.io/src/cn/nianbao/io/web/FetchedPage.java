package cn.nianbao.io.web;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One document as a web server sent it: where it was asked for, where it came from after redirects, its
 * bytes, the charset the server named, and when it was retrieved.
 */
public record FetchedPage(URI requested, URI source, byte[] content, String contentType, Instant retrieved) {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]*charset", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF = 4096;

    public boolean isHtml() {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.contains("html") || type.isEmpty() && head().toLowerCase(Locale.ROOT).contains("<html");
    }

    /**
     * The bytes the importers read. A page that declares no charset itself is read by its bytes (UTF-8 when
     * valid, else GB18030), which is right for the many GBK pages a server labels UTF-8; only when the bytes
     * are not UTF-8 and the server's charset reads them without error is that charset written in front of
     * the page, so that a Big5 page, say, is not read as GB18030.
     */
    public byte[] forImport() {
        Charset declared = headerCharset();
        if (!isHtml() || declared == null || META_CHARSET.matcher(head()).find() || decodes(StandardCharsets.UTF_8)
                || !decodes(declared)) {
            return content;
        }
        byte[] meta = ("<meta charset=\"" + declared.name() + "\">\n").getBytes(StandardCharsets.US_ASCII);
        byte[] marked = new byte[meta.length + content.length];
        System.arraycopy(meta, 0, marked, 0, meta.length);
        System.arraycopy(content, 0, marked, meta.length, content.length);
        return marked;
    }

    /** The charset of the Content-Type header, or null when it names none or one Java does not know. */
    public Charset headerCharset() {
        Matcher m = HEADER_CHARSET.matcher(contentType == null ? "" : contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean decodes(Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private String head() {
        return new String(content, 0, Math.min(content.length, SNIFF), StandardCharsets.ISO_8859_1);
    }
}
