package cn.nianbao.io.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.io.internal.Utf8Mark;

/**
 * The text of a web page: the charset its meta tag declares (GB2312 and GBK read as their superset
 * GB18030, as browsers do), else UTF-8 when the bytes are valid UTF-8, else GB18030.
 */
public final class HtmlCharset {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern META = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)");

    private HtmlCharset() {
    }

    public static String decode(byte[] content) {
        int mark = Utf8Mark.length(content);
        if (mark > 0) {
            return new String(content, mark, content.length - mark, StandardCharsets.UTF_8);
        }
        Charset declared = declared(ascii(content, 0, 4096));
        if (declared != null) {
            return new String(content, declared);
        }
        String utf8 = strictUtf8(content);
        return utf8 != null ? utf8 : new String(content, GB18030);
    }

    /** The bytes from {@code from} as ASCII (others as '?'): enough to find tags and the charset declaration. */
    static String ascii(byte[] content, int from, int max) {
        byte[] head = Arrays.copyOfRange(content, from, Math.min(content.length, from + max));
        for (int i = 0; i < head.length; i++) {
            if (head[i] < 0) {
                head[i] = '?';
            }
        }
        return new String(head, StandardCharsets.US_ASCII);
    }

    private static Charset declared(String head) {
        Matcher m = META.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.startsWith("gb") || name.equals("x-gbk") || name.equals("cp936")) {
            return GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
