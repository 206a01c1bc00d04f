package cn.nianbao.cli;

/** The command line's exit codes: part of the exchange format, documented in docs/cli.md. */
public final class ExitCode {

    /** Every file was read and none has an ERROR. */
    public static final int OK = 0;
    /** At least one file has an ERROR diagnostic. */
    public static final int ERRORS_FOUND = 1;
    /** A file could not be read at all, or the command line was wrong. */
    public static final int UNREADABLE = 2;
    // exit code 3 is the launcher's (no Java, incomplete installation); the application never returns it
    /** Something unexpected went wrong inside Nianbao; one line says so, the detail is in the log. */
    public static final int INTERNAL_ERROR = 4;

    private ExitCode() {
    }
}
