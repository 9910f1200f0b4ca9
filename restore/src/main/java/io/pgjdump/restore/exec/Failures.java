package io.pgjdump.restore.exec;

import io.pgjdump.restore.ProgressListener;
import io.pgjdump.restore.RestoreException;
import io.pgjdump.restore.RestoreFailure;

import java.util.ArrayList;
import java.util.List;

/**
 * Failed statements from every thread, and the policy on them: with exit-on-error, after the
 * first failure nothing new starts and the restore throws that failure. A lost connection stops
 * the restore even with continue-on-error: every later statement would fail the same way.
 */
final class Failures {

    private final boolean continueOnError;
    private final ProgressListener listener;
    private final List<RestoreFailure> all = new ArrayList<>();
    private volatile RestoreFailure first;
    private volatile RestoreFailure fatal;

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
            if (fatal == null && connectionLost(f.sqlState())) {
                fatal = f;
            }
        }
        listener.failed(f);
    }

    /** Something secondary worth telling (a cleanup that failed after the real failure). */
    void note(String message) {
        listener.info(message);
    }

    boolean continueOnError() {
        return continueOnError;
    }

    /** True when the restore must stop: exit-on-error after a failure, or a connection lost. */
    boolean stopping() {
        return fatal != null || (!continueOnError && first != null);
    }

    void throwIfStopping() {
        RestoreFailure f = fatal != null ? fatal : continueOnError ? null : first;
        if (f != null) {
            String why = f == fatal && continueOnError ? " (a connection was lost: stopping)" : "";
            throw new RestoreException(f.describe() + why, f.line(), f.sqlState());
        }
    }

    List<RestoreFailure> list() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    /** Class 08 (connection exception) and the server ending the session (57P01..57P03). */
    static boolean connectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }
}
