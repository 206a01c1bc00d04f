package cn.nianbao.io.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportResult;

/**
 * Runs one import of an outside file on its own thread with a time limit, and turns every way it can go
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

    public static ImportResult run(String fileName, long limitMillis, Work work) throws ImportException {
        FutureTask<ImportResult> task = new FutureTask<>(work::run);
        Thread thread = new Thread(task, "nianbao-import");
        thread.setDaemon(true);
        thread.start();
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
