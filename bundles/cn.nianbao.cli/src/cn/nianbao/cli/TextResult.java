package cn.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import cn.nianbao.model.AtomicFiles;

/** A command's text result, printed on stdout or written whole to {@code -o OUT} (never half-written). */
final class TextResult {

    private TextResult() {
    }

    /** False after one line on stderr when OUT could not be written. */
    static boolean deliver(String result, String output, PrintStream out, PrintStream err, CliText text) {
        try {
            if (output == null) {
                out.print(result);
                out.flush();
            } else {
                AtomicFiles.write(Path.of(output), result.getBytes(StandardCharsets.UTF_8));
            }
            return true;
        } catch (IOException e) {
            err.println(Failures.cannotWrite(output, e, text));
            return false;
        }
    }
}
