package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.Revision;
import cn.nianbao.store.VerifyResult;

/**
 * A writer JVM ({@link CrashWriter}) saves revisions in a loop and is killed (SIGKILL, destroyForcibly) at
 * a random moment; then the repository must open, verify, and hold every revision the writer acknowledged.
 * 20 rounds by default, {@code -Dnianbao.crash.iterations=200} for the full run. The moments are drawn from
 * a random seed that the test prints, and names again when it fails; {@code -Dnianbao.seed=N} (through
 * {@code -DtestArgLine}) runs the same moments again.
 */
class CrashTest {

    @TempDir
    Path data;

    static final String SEED = "nianbao.seed";

    @Test
    void everyAcknowledgedRevisionSurvivesAKill() throws Exception {
        long seed = Long.getLong(SEED, System.nanoTime());
        System.out.println("crash test: random seed " + seed);
        try {
            killAndCheck(new Random(seed));
        } catch (Exception | AssertionError e) {
            throw new AssertionError("crash test failed with random seed " + seed + "; run it again with -DtestArgLine=-D"
                    + SEED + "=" + seed + ": " + e.getMessage(), e);
        }
    }

    private void killAndCheck(Random random) throws Exception {
        int iterations = Integer.getInteger("nianbao.crash.iterations", 20);
        String classpath = classpath();
        Map<Long, String> acknowledged = new HashMap<>();
        int killedBeforeOpen = 0;
        long started = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            List<String> lines = runAndKill(classpath, i, random, i == 0);
            if (!lines.contains("OPEN")) {
                killedBeforeOpen++;
            }
            for (String line : lines) {
                if (line.startsWith("ACK ")) {
                    String[] f = line.split(" ");
                    acknowledged.put(Long.parseLong(f[1]), f[2]);
                }
            }
            checkRepository(acknowledged, i);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String figures = String.format("crash test: %d kills (%d before the repository was open), %d acknowledged"
                + " revisions, all present, verify passed after every kill; %.1f s", iterations, killedBeforeOpen,
                acknowledged.size(), seconds);
        System.out.println(figures);
        Files.writeString(Output.file("crash-test.txt"), figures + "\n");
    }

    private List<String> runAndKill(String classpath, int i, Random random, boolean tryLock) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", classpath,
                CrashWriter.class.getName(), data.toString(), Integer.toString(i * 100_000))
                .redirectError(data.resolveSibling(data.getFileName() + "-writer.log").toFile()).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> read(process, lines));
        reader.start();
        if (random.nextInt(8) == 0) {
            Thread.sleep(random.nextInt(600)); // anywhere, also while opening or migrating
        } else {
            long deadline = System.currentTimeMillis() + 20_000;
            while (lines.stream().noneMatch(l -> l.startsWith("ACK")) && process.isAlive()
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            if (tryLock) {
                assertTrue(process.isAlive(), () -> "the writer ended: " + lines + " " + writerLog() + " class path " + classpath);
                RepositoryException e = assertThrows(RepositoryException.class, () -> ReportRepository.open(data));
                assertEquals(RepositoryException.Kind.LOCKED, e.kind(), e.getMessage());
            }
            Thread.sleep(random.nextInt(200));
        }
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        reader.join(10_000);
        return new ArrayList<>(lines);
    }

    private String writerLog() {
        try {
            return Files.readString(data.resolveSibling(data.getFileName() + "-writer.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private void checkRepository(Map<Long, String> acknowledged, int round) throws Exception {
        try (ReportRepository repo = ReportRepository.open(data)) {
            VerifyResult result = repo.verify();
            assertTrue(result.ok(), () -> "round " + round + ": " + result.problems());
            Map<Long, String> stored = new HashMap<>();
            for (int agency = 0; agency < 7; agency++) {
                for (Revision r : repo.agencyHistory("崩溃测试机关" + agency)) {
                    stored.put(r.id(), r.chainHash());
                }
            }
            long maxStored = stored.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            acknowledged.forEach((id, hash) -> assertEquals(hash, stored.get(id), "round " + round
                    + ": acknowledged revision " + id + " missing or changed; " + acknowledged.size()
                    + " acknowledged, " + stored.size() + " stored, newest " + maxStored));
        }
    }

    private static void read(Process process, List<String> lines) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the writer was killed mid-line: the partial line was not an acknowledgement
        }
    }

    /** The class path of the writer: where the test runtime loaded the few bundles it needs from. */
    static String classpath() throws Exception {
        List<String> entries = new ArrayList<>();
        ClassLoader model = cn.nianbao.model.NativeFormat.class.getClassLoader();
        for (Class<?> type : List.of(CrashWriter.class, ReportRepository.class, cn.nianbao.model.NativeFormat.class,
                org.h2.Driver.class, net.jpountz.lz4.LZ4Factory.class, model.loadClass("org.eclipse.emf.ecore.EObject"),
                model.loadClass("org.eclipse.emf.common.util.URI"),
                model.loadClass("org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl"))) {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location) && Files.isDirectory(location.resolve("target/classes"))) {
                location = location.resolve("target/classes");
            }
            entries.add(location.toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
