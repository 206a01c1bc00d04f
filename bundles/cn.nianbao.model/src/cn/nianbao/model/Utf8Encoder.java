package cn.nianbao.model;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/**
 * UTF-8 of a sequence of strings, as one {@code OutputStreamWriter} over their concatenation writes it and
 * flushes it (not closes it): a surrogate pair (even one split between two strings) is one four-byte character,
 * any other surrogate becomes {@code ?}, a high surrogate at the very end is not written. The JDK has no encoder
 * of many strings into one stream without a copy of each (CharsetEncoder over a char buffer, String.getBytes per
 * string: both measured slower than EMF's own way, docs/benchmarks.md, branch {@code xmisave}).
 */
final class Utf8Encoder {

    private static final int BUFFER = 8192;

    /** Room for the longest a char can give: a pending high surrogate's '?' and a three-byte char. */
    private static final int LONGEST = 4;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private char pendingHigh;

    private Utf8Encoder(OutputStream out) {
        this.out = out;
    }

    static void write(Iterator<String> strings, OutputStream out) throws IOException {
        Utf8Encoder encoder = new Utf8Encoder(out);
        while (strings.hasNext()) {
            encoder.encode(strings.next());
        }
        encoder.flush();
    }

    private void encode(String string) throws IOException {
        byte[] bytes = buffer;
        int p = position;
        for (int i = 0, n = string.length(); i < n; i++) {
            if (p > BUFFER - LONGEST) {
                out.write(bytes, 0, p);
                p = 0;
            }
            char c = string.charAt(i);
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    int codePoint = Character.toCodePoint(high, c);
                    bytes[p++] = (byte) (0xF0 | codePoint >> 18);
                    bytes[p++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    bytes[p++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    bytes[p++] = (byte) (0x80 | codePoint & 0x3F);
                    continue;
                }
                bytes[p++] = '?';
            }
            if (c < 0x80) {
                bytes[p++] = (byte) c;
            } else if (c < 0x800) {
                bytes[p++] = (byte) (0xC0 | c >> 6);
                bytes[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                bytes[p++] = '?';
            } else {
                bytes[p++] = (byte) (0xE0 | c >> 12);
                bytes[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        position = p;
    }

    private void flush() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }
}
