package cn.nianbao.cli;

/** The command line's exit codes: part of the exchange format, documented in docs/cli.md. */
public final class ExitCode {

    /** Every file was read and none has an ERROR. */
    public static final int OK = 0;
    /** At least one file has an ERROR diagnostic. */
    public static final int ERRORS_FOUND = 1;
    /** A file could not be read at all, or the command line was wrong. */
    public static final int UNREADABLE = 2;

    private ExitCode() {
    }
}
