package cn.nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.testing.TestData;

/** -o writes regular files only, keeps what it replaces as it was, and leaves no temporary files behind. */
class OutputPathTest {

    @TempDir
    Path dir;

    private static CommandRun exportTo(Path target) {
        return CommandRun.of("export", TestData.seed().toString(), "--format", "csv", "-o", target.toString());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFifoIsRefusedAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("out.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CommandRun run = exportTo(fifo);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("not a regular file"), run.err());
        assertTrue(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class).isOther(), "the FIFO was replaced");
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out.csv"));
        CommandRun run = exportTo(folder);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("not a regular file"), run.err());
        assertTrue(Files.isDirectory(folder));
    }

    /** Only the refusal is asserted: nothing may ever be written near /dev/null. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aDeviceIsRefused() {
        CommandRun run = exportTo(Path.of("/dev/null"));
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("not a regular file"), run.err());
        assertFalse(Files.isRegularFile(Path.of("/dev/null")));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aReplacedFileKeepsItsMode() throws Exception {
        Path target = dir.resolve("shared.csv");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        assertEquals(0, exportTo(target).exitCode());
        assertTrue(Files.readString(target).startsWith("table,row,column,value"));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    /** What a killed export leaves (its temporary file, no longer locked) is gone after the next export. */
    @Test
    void theTemporaryFileOfAKilledExportIsSweptAtTheNextOne() throws Exception {
        Path target = dir.resolve("out.csv");
        Path orphan = Files.writeString(dir.resolve(".out.csv.123456789.tmp"), "half an export");
        Path otherFile = Files.writeString(dir.resolve(".other.csv.1.tmp"), "not ours to sweep");
        assertEquals(0, exportTo(target).exitCode());
        assertFalse(Files.exists(orphan), "orphan temporary file left");
        assertTrue(Files.exists(otherFile), "the sweep took another target's temporary file");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().startsWith(".out.csv.")).count());
        }
    }

    /** A temporary file a live writer holds (locked) is not swept from under it. */
    @Test
    void aLiveWritersTemporaryFileIsKept() throws Exception {
        Path live = Files.writeString(dir.resolve(".out.csv.987654321.tmp"), "being written");
        try (FileChannel channel = FileChannel.open(live, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            assertEquals(0, exportTo(dir.resolve("out.csv")).exitCode());
            assertTrue(Files.exists(live, LinkOption.NOFOLLOW_LINKS));
        }
    }
}
