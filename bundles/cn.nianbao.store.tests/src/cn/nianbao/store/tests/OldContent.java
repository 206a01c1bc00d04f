package cn.nianbao.store.tests;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/** Content as Nianbao stored it up to schema 6, made here with the JDK alone: one zlib stream at level 1. */
final class OldContent {

    private OldContent() {
    }

    static byte[] deflate(byte[] plain) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
