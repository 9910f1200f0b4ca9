package io.pgjdump.cli;

/** The exit codes of every command, as documented in the README. */
public final class ExitCode {

    /** Everything asked for was done. */
    public static final int OK = 0;
    /** The work failed: connection, server error, bad input file, I/O; nothing was left half-written. */
    public static final int FAILED = 1;
    /** The command line was wrong: unknown option, bad value, conflicting options. */
    public static final int USAGE = 2;
    /** Done, but with failures that were asked to be tolerated (restore --continue-on-error). */
    public static final int PARTIAL = 3;

    private ExitCode() {
    }
}
