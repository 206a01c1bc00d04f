package cn.nianbao.io.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import cn.nianbao.io.internal.Utf8Mark;

/**
 * Turns the bytes of a text file into a string: UTF-16 (with a BOM, or without one when its NUL bytes say
 * so), then UTF-8 (with or without BOM) first, because a GB18030 decoder accepts almost any byte sequence,
 * then UTF-8 with a few damaged bytes replaced by U+FFFD (as browsers do; the caller notes it), then
 * GB18030 (a superset of GBK and GB2312). Returns null for content that is not text.
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
        Nuls nuls = Nuls.of(content);
        return utf16WithoutBom(content, nuls) == null && nuls.anywhere(content);
    }

    /**
     * The NUL bytes at even and odd offsets of the start that the UTF-16 sniffing looks at: counted once, for
     * the sniffing and for the question whether the content holds any NUL at all.
     */
    private record Nuls(int even, int odd, int sniffed) {

        static Nuls of(byte[] content) {
            int length = Math.min(content.length, SNIFF_BYTES) & ~1;
            int even = 0;
            int odd = 0;
            for (int i = 0; i < length; i += 2) {
                if (content[i] == 0) {
                    even++;
                }
                if (content[i + 1] == 0) {
                    odd++;
                }
            }
            return new Nuls(even, odd, length);
        }

        boolean anywhere(byte[] content) {
            if (even + odd > 0) {
                return true;
            }
            for (int i = sniffed; i < content.length; i++) {
                if (content[i] == 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The text of content that is not binary ({@link #isBinary}), null for binary content or content that
     * is not text: the UTF-16 sniffing done once for both questions.
     */
    static Decoded decodeUnlessBinary(byte[] content) {
        if (hasUtf16Bom(content)) {
            return decodeNoted(content, StandardCharsets.UTF_16);
        }
        Nuls nuls = Nuls.of(content);
        Charset utf16 = utf16WithoutBom(content, nuls);
        if (utf16 == null && nuls.anywhere(content)) {
            return null;
        }
        return decodeNoted(content, utf16);
    }

    /** Text with the number of damaged byte sequences that were replaced by U+FFFD. */
    record Decoded(String text, int replaced) {
    }

    /** A few damaged sequences are a damaged UTF-8 file; more are another encoding. */
    private static final int MAX_REPLACED = 16;
    /** Valid multi-byte characters needed per replaced one to call damaged text UTF-8. */
    private static final int VALID_PER_REPLACED = 20;
    /** How much of the start the UTF-16 sniffing looks at. */
    private static final int SNIFF_BYTES = 65536;

    static Decoded decodeNoted(byte[] content) {
        return decodeNoted(content, hasUtf16Bom(content) ? StandardCharsets.UTF_16 : utf16WithoutBom(content, Nuls.of(content)));
    }

    /** Decodes as UTF-16 when it is that (utf16 not null), else as UTF-8 or GB18030. */
    private static Decoded decodeNoted(byte[] content, Charset utf16) {
        if (utf16 != null) {
            String text = strict(content, utf16);
            return text == null || hasControlJunk(text) ? null : new Decoded(text, 0);
        }
        int offset = Utf8Mark.length(content);
        String text = strictUtf8(content, offset);
        if (text == null) {
            text = utf8CutShort(content, offset);
        }
        int replaced = 0;
        if (text == null) {
            Decoded damaged = damagedUtf8(content, offset);
            if (damaged != null) {
                text = damaged.text();
                replaced = damaged.replaced();
            }
        }
        if (text == null) {
            text = strict(ByteBuffer.wrap(content), GB18030);
        }
        if (text == null || hasControlJunk(text)) {
            return null;
        }
        return new Decoded(text, replaced);
    }

    /**
     * UTF-8 with a handful of bad sequences (a flipped bit, a damaged sector) among many good multi-byte
     * characters; GBK text read as UTF-8 fails at nearly every Chinese character instead.
     */
    private static Decoded damagedUtf8(byte[] content, int offset) {
        String text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        int replaced = 0;
        int multiByte = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\ufffd') {
                replaced++;
            } else if (c >= 0x80 && !Character.isLowSurrogate(c)) {
                multiByte++;
            }
        }
        if (replaced == 0 || replaced > MAX_REPLACED || multiByte < replaced * VALID_PER_REPLACED) {
            return null;
        }
        return new Decoded(text, replaced);
    }

    /**
     * UTF-16 without a BOM: the ASCII characters of a report (digits, spaces, line breaks) leave a NUL in
     * every other byte, all on the same side; Chinese text in UTF-8 or GB18030 has no NUL at all.
     */
    private static Charset utf16WithoutBom(byte[] content, Nuls nuls) {
        int evenNuls = nuls.even();
        int oddNuls = nuls.odd();
        int pairs = nuls.sniffed() / 2;
        if (pairs < 8) {
            return null;
        }
        // every number, space and line break of a report is ASCII: far more than one character in fifty; the
        // other side has NULs too, but only for characters U+xx00 (一 is U+4E00), a few times fewer
        Charset guess = null;
        if (oddNuls * 50 >= pairs && evenNuls * 4 <= oddNuls) {
            guess = StandardCharsets.UTF_16LE;
        } else if (evenNuls * 50 >= pairs && oddNuls * 4 <= evenNuls) {
            guess = StandardCharsets.UTF_16BE;
        }
        if (guess == null) {
            return null;
        }
        String text = strict(content, guess);
        return text == null || hasControlJunk(text) ? null : guess;
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

    /**
     * UTF-8 without replacements, or null. The string constructor is several times faster than a reporting
     * decoder; it replaces what is malformed by U+FFFD, so only text that holds one (malformed, or a U+FFFD
     * of its own) is decoded again strictly.
     */
    private static String strictUtf8(byte[] content, int offset) {
        String text = new String(content, offset, content.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\ufffd') < 0) {
            return text;
        }
        return strict(ByteBuffer.wrap(content, offset, content.length - offset), StandardCharsets.UTF_8);
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

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }
}
