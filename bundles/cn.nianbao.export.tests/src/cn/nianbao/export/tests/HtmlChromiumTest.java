package cn.nianbao.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.export.ExportOptions;
import cn.nianbao.export.HtmlExporter;

/**
 * The exported page in a real browser: payloads that would mark the DOM if any of them ran. Needs the Debian
 * package {@code chromium}; skipped where it is missing, except in CI (CI=true), where that is a failure.
 */
class HtmlChromiumTest {

    private static final String MARK = "document.body.setAttribute('data-xss','1')";
    private static final List<String> PAYLOADS = List.of(
            "<script>" + MARK + "</script>",
            "\"><img src=x onerror=\"" + MARK + "\">",
            "<svg onload=\"" + MARK + "\"></svg>",
            "'><iframe srcdoc=\"<script>parent." + MARK + "</script>\"></iframe>",
            "<a href=\"javascript:" + MARK + "\">链接</a>&amp;");

    @Test
    void noPayloadRunsInHeadlessChromium(@TempDir Path dir) throws Exception {
        Path chromium = Path.of(System.getProperty("nianbao.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            assertFalse("true".equals(System.getenv("CI")), "CI needs the Debian package chromium at " + chromium);
            assumeTrue(false, "chromium not installed: apt-get install -y chromium");
        }
        Path page = dir.resolve("report.html");
        for (ExportOptions options : List.of(ExportOptions.DEFAULTS, ExportOptions.DEFAULTS.withFragmentOnly(true))) {
            try (OutputStream out = Files.newOutputStream(page)) {
                new HtmlExporter().write(HtmlSafetyTest.hostileReport(PAYLOADS.toArray(String[]::new)), out, options);
            }
            String dom = dumpDom(chromium, dir, page);
            assertTrue(dom.contains("nianbao-report"), "the page was rendered");
            // the payloads themselves are in the text; only the attribute on an element means one ran
            assertFalse(java.util.regex.Pattern.compile("<[a-z]+[^>]*\\sdata-xss=").matcher(dom).find(), "a payload ran");
        }
    }

    private static String dumpDom(Path chromium, Path dir, Path page) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Path dump = dir.resolve("dom.html");
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=2000", "--dump-dom", page.toUri().toString())
                .redirectOutput(dump.toFile())
                .redirectError(dir.resolve("chromium.log").toFile())
                .start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s");
        }
        String log = read(dir.resolve("chromium.log"));
        assertEquals(0, process.exitValue(), () -> "chromium failed: " + log);
        return read(dump);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
