package cn.nianbao.model;

import java.io.IOException;
import java.io.OutputStream;

/**
 * UTF-8 of a char buffer, as an {@code OutputStreamWriter} writes it and flushes it (not closes it): a surrogate
 * pair is one four-byte character, any other surrogate becomes {@code ?}, a high surrogate at the very end is not
 * written. The JDK's own ways measured slower here: a CharsetEncoder over the buffer, {@code String.getBytes} of
 * the whole or of each of EMF's strings (docs/benchmarks.md, branch {@code xmisave}).
 */
final class Utf8Encoder {

    private Utf8Encoder() {
    }

    static void write(char[] chars, int length, OutputStream out) throws IOException {
        byte[] bytes = new byte[3 * length];
        int p = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[p++] = (byte) c;
            } else if (c < 0x800) {
                bytes[p++] = (byte) (0xC0 | c >> 6);
                bytes[p++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                bytes[p++] = (byte) (0xE0 | c >> 12);
                bytes[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 == length) {
                break;
            } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(chars[i + 1])) {
                int codePoint = Character.toCodePoint(c, chars[++i]);
                bytes[p++] = (byte) (0xF0 | codePoint >> 18);
                bytes[p++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[p++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[p++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                bytes[p++] = '?';
            }
        }
        out.write(bytes, 0, p);
    }
}
