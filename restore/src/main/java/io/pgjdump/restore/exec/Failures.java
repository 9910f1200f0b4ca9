package io.pgjdump.restore.exec;

import io.pgjdump.restore.ProgressListener;
import io.pgjdump.restore.RestoreException;
import io.pgjdump.restore.RestoreFailure;

import java.util.ArrayList;
import java.util.List;

/**
 * Failed statements from every thread, and the exit-on-error policy: after the first failure
 * nothing new starts and the restore throws that failure.
 */
final class Failures {

    private final boolean continueOnError;
    private final ProgressListener listener;
    private final List<RestoreFailure> all = new ArrayList<>();
    private volatile RestoreFailure first;

    Failures(boolean continueOnError, ProgressListener listener) {
        this.continueOnError = continueOnError;
        this.listener = listener;
    }

    void add(RestoreFailure f) {
        synchronized (all) {
            all.add(f);
            if (first == null) {
                first = f;
            }
        }
        listener.failed(f);
    }

    /** Something secondary worth telling (a cleanup that failed after the real failure). */
    void note(String message) {
        listener.info(message);
    }

    /** True when exit-on-error has been triggered. */
    boolean stopping() {
        return !continueOnError && first != null;
    }

    void throwIfStopping() {
        RestoreFailure f = first;
        if (!continueOnError && f != null) {
            throw new RestoreException(f.describe(), f.line(), f.sqlState());
        }
    }

    List<RestoreFailure> list() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }
}
