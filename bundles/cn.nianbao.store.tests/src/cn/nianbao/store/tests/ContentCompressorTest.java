package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import cn.nianbao.io.ReportReader;
import cn.nianbao.store.internal.Content;
import cn.nianbao.store.internal.ContentCompressor;
import cn.nianbao.store.internal.RevisionWriter;
import cn.nianbao.testing.TestData;

/**
 * Which LZ4 coder writes new rows: the native one where lz4-java's library loads (so that a quiet fall-back to
 * the slower pure-Java coder fails here), the pure-Java one when {@code -Dnianbao.lz4=java} says so; the rows of
 * either read back with the one pure-Java safe decompressor.
 */
class ContentCompressorTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty("nianbao.lz4");
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, architectures = "amd64")
    void theImportWritesWithTheNativeCoderOnLinuxAmd64() {
        assertEquals("jni", ContentCompressor.chosen().name());
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, architectures = "amd64")
    void everyCorpusReportWrittenByTheNativeCoderReadsBackTheSame() throws Exception {
        ContentCompressor nativeCoder = ContentCompressor.forSetting(null);
        assertEquals("jni", nativeCoder.name());
        for (Path file : TestData.corpusReports()) {
            byte[] plain = RevisionWriter.nativeBytes(ReportReader.read(file).report());
            assertArrayEquals(plain, Content.unpack(Content.pack(plain, nativeCoder)), file.toString());
        }
    }

    @Test
    void thePropertyKeepsNativeCodeOutAndItsRowsReadTheSame() throws Exception {
        System.setProperty("nianbao.lz4", "java");
        assertEquals("java", ContentCompressor.chosen().name());
        for (Path file : TestData.corpusReports()) {
            byte[] plain = RevisionWriter.nativeBytes(ReportReader.read(file).report());
            byte[] packed = Content.pack(plain);
            assertEquals('N', packed[0], file.toString());
            assertArrayEquals(plain, Content.unpack(packed), file.toString());
        }
    }
}
