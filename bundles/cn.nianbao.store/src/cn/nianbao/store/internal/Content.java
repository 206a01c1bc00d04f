package cn.nianbao.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;

/**
 * Revision content as stored: the native XMI bytes, compressed. Written as LZ4 ({@link Lz4Content}, since schema
 * 7: deflate at level 1 was a fifth of a bulk import's CPU); rows written before are zlib streams and are read
 * as they are, told apart by their first bytes. Hashes, backups and the chain are of the plain bytes.
 */
public final class Content {

    private static final int MAX_BYTES = 64 * 1024 * 1024;

    private Content() {
    }

    public static byte[] pack(byte[] plain) {
        return pack(plain, ContentCompressor.chosen());
    }

    public static byte[] pack(byte[] plain, ContentCompressor coder) {
        return Lz4Content.pack(plain, coder);
    }

    public static byte[] unpack(byte[] packed) throws IOException {
        return Lz4Content.isOne(packed) ? Lz4Content.unpack(packed, MAX_BYTES) : inflate(packed);
    }

    /** A row of schema 6 or before: one zlib stream. */
    private static byte[] inflate(byte[] packed) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 5);
            byte[] buffer = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("truncated content");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new IOException("content too large");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IOException("damaged content: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    public static AnnualReport report(byte[] packed) throws IOException {
        return NativeFormat.fromBytes(unpack(packed));
    }
}
