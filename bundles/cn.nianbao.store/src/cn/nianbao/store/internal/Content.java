package cn.nianbao.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;

/** Revision content as stored: the native XMI bytes, deflated (reports shrink about five times). */
public final class Content {

    private static final int MAX_BYTES = 64 * 1024 * 1024;

    private Content() {
    }

    public static byte[] pack(byte[] plain) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    public static byte[] unpack(byte[] packed) throws IOException {
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
