package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.nianbao.io.ReportReader;
import cn.nianbao.store.internal.Content;
import cn.nianbao.store.internal.RevisionWriter;
import cn.nianbao.testing.TestData;

/** The two stored forms of content side by side, and damage to the new one, without a database. */
class ContentFormatTest {

    @Test
    void everyCorpusReportRoundTripsAndShrinks() throws Exception {
        for (Path file : TestData.corpusReports()) {
            byte[] plain = RevisionWriter.nativeBytes(ReportReader.read(file).report());
            byte[] packed = Content.pack(plain);
            assertEquals('N', packed[0], file.toString());
            assertTrue(packed.length * 2 < plain.length, file + ": " + packed.length + " of " + plain.length);
            assertArrayEquals(plain, Content.unpack(packed), file.toString());
        }
    }

    /** A row of the program before: a zlib stream, told apart by its first byte, 0x78. */
    @Test
    void aDeflatedRowIsReadAsBefore() throws Exception {
        byte[] plain = "<?xml version=\"1.0\"?><report agency=\"甲局\"/>".repeat(50).getBytes("UTF-8");
        byte[] deflated = OldContent.deflate(plain);
        assertEquals(0x78, deflated[0] & 0xFF);
        assertArrayEquals(plain, Content.unpack(deflated));
    }

    /**
     * Any change to a stored row, a flipped byte anywhere or a cut, gives either the same plain bytes or, when it
     * is read, an IOException that says damaged, truncated or too large: never the library's own exception nor
     * wrong bytes.
     */
    @Test
    void damageToANewRowIsAlwaysFound() throws Exception {
        byte[] plain = RevisionWriter.nativeBytes(ReportReader.read(TestData.corpusReports().get(0)).report());
        byte[] packed = Content.pack(plain);
        Random random = new Random(18);
        int harmless = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] damaged = packed.clone();
            if (i % 3 == 0) {
                damaged = Arrays.copyOf(packed, 4 + random.nextInt(packed.length - 4));
            } else {
                int at = 4 + random.nextInt(packed.length - 4);
                damaged[at] ^= (byte) (1 + random.nextInt(255));
            }
            try {
                // LZ4 can say the same bytes in more than one way (a match offset changed to an equal earlier
                // run): such a change is harmless, any other must be found
                assertArrayEquals(plain, Content.unpack(damaged), "damage " + i + " gave other bytes");
                harmless++;
            } catch (IOException e) {
                String message = String.valueOf(e.getMessage());
                assertTrue(message.startsWith("damaged content") || message.startsWith("truncated content")
                        || message.startsWith("content too large"), message);
            }
        }
        assertTrue(harmless < 100, harmless + " of 3000 changes read as the same bytes");
    }
}
