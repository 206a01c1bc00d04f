package cn.nianbao.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

import cn.nianbao.model.AtomicFiles;

/**
 * Says in the user's words why something could not be written: a full disk as such, a device or FIFO as
 * the wrong kind of target, never a Java class name or a library's own text.
 */
final class Failures {

    private Failures() {
    }

    /** True when the cause, or anything it wraps (H2's MVStoreException does), is a full disk or quota. */
    static boolean diskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("disk quota exceeded")
                    || message.contains("not enough space on the disk")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The reason, for "cannot write OUT: reason". */
    static String whyNotWritten(IOException e, CliText text) {
        if (diskFull(e)) {
            return text.get("reason.diskFull");
        }
        if (e instanceof AtomicFiles.NotARegularFileException) {
            return text.get("reason.notRegularFile");
        }
        if (e instanceof AccessDeniedException) {
            return text.get("reason.accessDenied");
        }
        if (e instanceof NoSuchFileException) {
            return text.get("reason.noFolder");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return text.get("reason.ioFailed");
    }

    /** The one line for a write that failed, disk full said first so that nobody misses it. */
    static String cannotWrite(Object target, IOException e, CliText text) {
        if (diskFull(e)) {
            return text.get("diskFull", target);
        }
        return text.get("cannotWrite", target, whyNotWritten(e, text));
    }
}
