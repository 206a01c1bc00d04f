package cn.nianbao.store.tests;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The CPU time of this JVM's threads by group (the import's parser threads, the text importer's guarded
 * threads, the writer, GC, JIT, ...), from Linux's {@code /proc/self/task}, which also lists the JVM's own
 * threads that {@code ThreadMXBean} does not see. Sampled every half second, because a thread's figures go
 * with it when it ends (the parser pool's at the end of the import): at most its last half second is lost.
 * Empty where there is no {@code /proc}.
 */
final class ThreadCpu implements AutoCloseable {

    private static final Path TASKS = Path.of("/proc/self/task");
    /** Linux's clock ticks per second (USER_HZ): 100 on every architecture a JDK runs on. */
    private static final double TICK_MS = 10;

    private final Function<String, String> group;
    private final Map<String, long[]> start = new ConcurrentHashMap<>();
    private final Map<String, long[]> latest = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    /** The caller's thread id in /proc: its group is "writer", whatever Linux calls it ("java" for a main thread). */
    private final String caller;

    /** Starts sampling; {@code group} names the group of a thread's name (but the caller's, see above). */
    ThreadCpu(Function<String, String> group) {
        this.group = group;
        String self;
        try {
            self = Path.of("/proc/thread-self").toRealPath().getFileName().toString();
        } catch (IOException e) {
            self = "";
        }
        this.caller = self;
        sample(start);
        sample(latest);
        sampler = new Thread(() -> {
            while (running) {
                sample(latest);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "benchmark-thread-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Stops sampling; the CPU milliseconds of each group since the start. */
    Map<String, Double> stop() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample(latest);
        Map<String, Double> ms = new TreeMap<>();
        latest.forEach((tid, now) -> {
            long before = start.containsKey(tid) ? start.get(tid)[0] : 0;
            String name = names.getOrDefault(tid, "?");
            ms.merge(tid.equals(caller) ? "writer" : group.apply(name), (now[0] - before) * TICK_MS, Double::sum);
        });
        return ms;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    private void sample(Map<String, long[]> into) {
        if (!Files.isDirectory(TASKS)) {
            return;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended in between
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String[] fields = stat.substring(close + 2).split(" ");
                // after the name: state is field 0, utime 11 and stime 12 (proc(5): fields 3, 14 and 15)
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                String tid = task.getFileName().toString();
                names.putIfAbsent(tid, stat.substring(open + 1, close));
                into.merge(tid, new long[] {ticks}, (a, b) -> a[0] >= b[0] ? a : b);
            }
        } catch (IOException e) {
            // no figures this time
        }
    }
}
