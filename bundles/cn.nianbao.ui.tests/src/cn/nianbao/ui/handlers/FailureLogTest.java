package cn.nianbao.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import cn.nianbao.ui.Failures;

/** A failure the workbench reports is in the file that Help ▸ Show Log shows, with its cause. */
class FailureLogTest {

    @Test
    void aReportedFailureIsInTheLogThatShowLogReads() throws Exception {
        String marker = "repository could not be used " + UUID.randomUUID();
        Failures.log(FailureLogTest.class, marker, new IOException("disk full"));

        assertNotNull(Platform.getLogFileLocation(), "the workbench has a log file");
        Path log = Platform.getLogFileLocation().toPath();
        assertTrue(Files.isRegularFile(log), "nothing was written to " + log);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains(marker), "the message is in " + log);
        assertTrue(text.contains("java.io.IOException: disk full"), "and the cause with its stack trace");
        assertTrue(text.contains("cn.nianbao.ui"), "named after the bundle that logged it");
    }
}
