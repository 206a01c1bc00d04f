package cn.nianbao.io.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportResult;

/**
 * Runs one import of an outside file on a thread of its own with a time limit, and turns every way it can go
 * wrong (a library exception, an error, running out of time) into an {@link ImportException}.
 */
public final class ImportGuard {

    /** A published report imports in well under a second; this leaves room for slow machines. */
    public static final long TIME_LIMIT_MILLIS = 30_000;

    /** The work of one import; may throw anything. */
    @FunctionalInterface
    public interface Work {
        ImportResult run() throws Exception;
    }

    private ImportGuard() {
    }

    /**
     * Imports run on threads kept for reuse: a fresh thread for each file cost a quarter of a text import's time
     * (its start, and the caches a thread keeps). A thread stuck in a hostile file stays busy; the next import
     * gets another thread, and an idle one ends after a minute.
     */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "nianbao-import");
        thread.setDaemon(true);
        return thread;
    });

    public static ImportResult run(String fileName, long limitMillis, Work work) throws ImportException {
        Future<ImportResult> task = THREADS.submit(work::run);
        try {
            return task.get(limitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw Messages.exception("file.timeout", fileName, limitMillis / 1000);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw Messages.exception("file.timeout", fileName, limitMillis / 1000);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ImportException importException) {
                throw importException;
            }
            if (cause instanceof OutOfMemoryError) {
                throw Messages.exception("file.tooComplex", fileName);
            }
            // a library's exception text names its classes and may echo bytes of the file: the detail goes no further
            throw Messages.exception("file.damagedPlain", fileName);
        }
    }
}
