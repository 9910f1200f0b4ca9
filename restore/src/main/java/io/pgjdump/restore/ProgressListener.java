package io.pgjdump.restore;

import java.time.Duration;

/**
 * What a restore tells while it runs; the command line prints it. Called from the reader thread
 * and from worker threads, so implementations must be thread-safe. Every method has a no-op
 * default so a caller implements only what it shows.
 */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    /** Something worth a line of output: the input format, a skipped check, a phase starting. */
    default void info(String message) {
    }

    /** A COPY block finished loading. */
    default void copyFinished(String target, long rows, int line, Duration took) {
    }

    /** A statement failed; with continue-on-error the restore goes on. */
    default void failed(RestoreFailure failure) {
    }
}
