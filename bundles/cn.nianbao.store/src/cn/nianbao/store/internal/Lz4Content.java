package cn.nianbao.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32C;

import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * Revision content in the stored format of schema 7 on: {@link #MAGIC}, the length of the plain bytes and their
 * CRC-32C (both big-endian), then one LZ4 block. The marker's first byte can never begin a zlib stream (whose
 * first byte has 8 in its low four bits), so the rows deflated before stay readable beside these. LZ4 keeps no
 * checksum of its own: the CRC gives back what zlib's Adler-32 did, a damaged row found when it is read.
 */
final class Lz4Content {

    static final byte[] MAGIC = { 'N', 'B', 'L', '4' };

    private static final int HEADER = MAGIC.length + 8;

    // rows are read by the pure-Java safe decompressor whichever coder wrote them: stored bytes may be damaged
    // or made to harm, and it checks every read against the block's bounds in Java, not in native code
    // (CVE-2025-12183 was an out-of-bounds read in lz4-java's other decompressors)
    private static final LZ4SafeDecompressor DECOMPRESSOR = LZ4Factory.safeInstance().safeDecompressor();

    private Lz4Content() {
    }

    static boolean isOne(byte[] packed) {
        return packed.length >= MAGIC.length && Arrays.equals(packed, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    static byte[] pack(byte[] plain, ContentCompressor coder) {
        LZ4Compressor compressor = coder.compressor();
        byte[] packed = new byte[HEADER + compressor.maxCompressedLength(plain.length)];
        int length = compressor.compress(plain, 0, plain.length, packed, HEADER, packed.length - HEADER);
        ByteBuffer.wrap(packed).put(MAGIC).putInt(plain.length).putInt(crc(plain));
        return Arrays.copyOf(packed, HEADER + length);
    }

    static byte[] unpack(byte[] packed, int maxBytes) throws IOException {
        if (packed.length < HEADER) {
            throw new IOException("truncated content");
        }
        ByteBuffer header = ByteBuffer.wrap(packed, MAGIC.length, 8);
        int length = header.getInt();
        int crc = header.getInt();
        if (length < 0) {
            throw new IOException("damaged content: negative length");
        }
        if (length > maxBytes) {
            throw new IOException("content too large");
        }
        byte[] plain = new byte[length];
        int n;
        try {
            n = DECOMPRESSOR.decompress(packed, HEADER, packed.length - HEADER, plain, 0, length);
        } catch (LZ4Exception | IndexOutOfBoundsException e) {
            // the safe decompressor checks its bounds; a block it did not foresee must still read as damaged
            throw new IOException("damaged content: " + e.getMessage(), e);
        }
        if (n != length || crc(plain) != crc) {
            throw new IOException("damaged content: checksum mismatch");
        }
        return plain;
    }

    private static int crc(byte[] plain) {
        CRC32C crc = new CRC32C();
        crc.update(plain, 0, plain.length);
        return (int) crc.getValue();
    }
}
