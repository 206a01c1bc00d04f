package cn.nianbao.io.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string: UTF-8 (with or without BOM) first, because a GB18030
 * decoder accepts almost any byte sequence, then GB18030 (a superset of GBK and GB2312). Returns null
 * for content that is not text.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** True for content with NUL bytes: no Chinese text encoding but UTF-16 produces them. */
    static boolean isBinary(byte[] content) {
        if (hasUtf16Bom(content)) {
            return false;
        }
        for (byte b : content) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    static String decode(byte[] content) {
        if (hasUtf16Bom(content)) {
            return strict(content, StandardCharsets.UTF_16);
        }
        int offset = hasUtf8Bom(content) ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        String text = strict(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = utf8CutShort(content, offset);
        }
        if (text == null) {
            text = strict(ByteBuffer.wrap(content), GB18030);
        }
        if (text == null || hasControlJunk(text)) {
            return null;
        }
        return text;
    }

    /**
     * A truncated UTF-8 file may end in the middle of a character; reading it as GB18030 would garble all
     * of it, so the incomplete last character is dropped instead.
     */
    private static String utf8CutShort(byte[] content, int offset) {
        for (int cut = 1; cut <= 3 && content.length - cut > offset; cut++) {
            if ((content[content.length - cut] & 0xC0) == 0xC0) {
                return strict(ByteBuffer.wrap(content, offset, content.length - cut - offset), StandardCharsets.UTF_8);
            }
            if ((content[content.length - cut] & 0x80) == 0) {
                return null;
            }
        }
        return null;
    }

    private static String strict(byte[] content, Charset charset) {
        return strict(ByteBuffer.wrap(content), charset);
    }

    private static String strict(ByteBuffer bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Control characters other than tab, line breaks and form feed do not occur in extracted text. */
    private static boolean hasControlJunk(String text) {
        int junk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                junk++;
            }
        }
        return junk > 0 && junk * 100 > text.length();
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }
}
