package io.pgjdump.cli;

import io.pgjdump.restore.ProgressListener;
import io.pgjdump.restore.RestoreFailure;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Restore progress on stderr: on a terminal one line rewritten in place (blocks and rows so far);
 * otherwise, for logs, one line per COPY block. Failures tolerated by --continue-on-error get a
 * line each; without it the one failure is the command's error message, printed once.
 */
final class RestoreProgress implements ProgressListener {

    private final PrintWriter err;
    private final boolean printFailures;
    private final boolean terminal = System.console() != null;
    private long blocks;
    private long rows;

    RestoreProgress(PrintWriter err, boolean printFailures) {
        this.err = err;
        this.printFailures = printFailures;
    }

    @Override
    public synchronized void info(String message) {
        endInPlaceLine();
        err.println("pgjdump: " + message);
        err.flush();
    }

    @Override
    public synchronized void copyFinished(String target, long n, int line, Duration took) {
        blocks++;
        rows += n;
        if (terminal) {
            err.printf("\rpgjdump: %d COPY blocks, %d rows   ", blocks, rows);
        } else {
            err.printf("pgjdump: loaded %s (line %d): %d rows in %.2f s%n", target, line, n, took.toMillis() / 1000.0);
        }
        err.flush();
    }

    @Override
    public synchronized void failed(RestoreFailure failure) {
        if (printFailures) {
            endInPlaceLine();
            err.println("pgjdump: error: " + failure.describe());
            err.flush();
        }
    }

    private void endInPlaceLine() {
        if (terminal && blocks > 0) {
            err.println();
        }
    }
}
