package cn.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * What the libraries print (PDFBox's "Could not read ToUnicode CMap", POI's "FATAL XMLHelper … DOCTYPE",
 * Log4j's and SLF4J's simple loggers, java.util.logging) goes to the log file, never to the terminal: standard
 * output is data and standard error is one line per unreadable file. While a command runs, System.out and
 * System.err lead to the log; the command prints through the streams it was given. The simple loggers keep
 * the stream they found when they were made, so the first library message of the process must come inside
 * a diversion: every command runs in one.
 */
final class LibraryLog {

    private static final PrintStream LOG = new PrintStream(new LogLines(), true, StandardCharsets.UTF_8);
    private static final StreamHandler HANDLER = new StreamHandler(LOG, new SimpleFormatter()) {
        @Override
        public synchronized void publish(java.util.logging.LogRecord record) {
            super.publish(record);
            flush();
        }
    };

    private LibraryLog() {
    }

    /** System.out and System.err as they were, given back by {@link Diversion#close()}. */
    record Diversion(PrintStream out, PrintStream err) implements AutoCloseable {
        @Override
        public void close() {
            LOG.flush();
            System.setOut(out);
            System.setErr(err);
        }
    }

    static Diversion divert() {
        Diversion diversion = new Diversion(System.out, System.err);
        System.setOut(LOG);
        System.setErr(LOG);
        routeJavaLogging();
        return diversion;
    }

    /** java.util.logging's console handler holds the standard error it was made with: replace it, once. */
    private static synchronized void routeJavaLogging() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
            }
        }
        for (Handler handler : root.getHandlers()) {
            if (handler == HANDLER) {
                return;
            }
        }
        root.addHandler(HANDLER);
    }

    /** Whole lines to the log file where it is at the time (tests move it); what cannot be written is lost, not shown. */
    private static final class LogLines extends OutputStream {

        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            line.write(bytes, offset, length);
            if (length > 0 && bytes[offset + length - 1] == '\n') {
                flush();
            }
        }

        @Override
        public synchronized void flush() {
            if (line.size() > 0) {
                CrashLog.append(line.toString(StandardCharsets.UTF_8));
                line.reset();
            }
        }
    }
}
