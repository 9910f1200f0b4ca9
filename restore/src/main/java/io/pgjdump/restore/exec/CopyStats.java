package io.pgjdump.restore.exec;

import io.pgjdump.restore.ProgressListener;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Counters shared by the reader and the workers. */
final class CopyStats {

    final AtomicLong statements = new AtomicLong();
    final AtomicLong blocks = new AtomicLong();
    final AtomicLong rows = new AtomicLong();
    private final ProgressListener listener;

    CopyStats(ProgressListener listener) {
        this.listener = listener;
    }

    void copied(String target, long n, int line, long startNanos) {
        copied(target, n, line, startNanos, 1);
    }

    /** {@code count} consecutive blocks of one COPY statement loaded as one. */
    void copied(String target, long n, int line, long startNanos, int count) {
        statements.addAndGet(count);
        blocks.addAndGet(count);
        rows.addAndGet(n);
        listener.copyFinished(target, n, line, Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
