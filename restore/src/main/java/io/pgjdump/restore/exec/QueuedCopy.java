package io.pgjdump.restore.exec;

import io.pgjdump.restore.script.CopySink;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A COPY block loaded by a job: the reader thread writes the rows into a bounded queue of chunks
 * and a worker thread moves them into its connection's {@code copyIn}. The queue bounds memory
 * (a block may be gigabytes) and lets the reader run ahead of a slow COPY by that much only.
 */
final class QueuedCopy implements CopySink {

    /** Big enough that handing a chunk to the worker costs little next to loading it. */
    private static final int MAX_CHUNK = 1 << 18;
    private static final byte[] END = new byte[0];
    private static final byte[] ABORT = new byte[0];

    private final Classified copy;
    private final int dataLine;
    private final Failures failures;
    private final CopyStats stats;
    private final BlockingQueue<byte[]> queue;
    private final int chunk;
    private byte[] current;
    private int fill;
    /** Set by the worker when it stops taking chunks (done or failed), so the reader never blocks on it. */
    private volatile boolean consumerGone;

    QueuedCopy(Classified copy, int dataLine, int bufferBytes, Failures failures, CopyStats stats) {
        this.copy = copy;
        this.dataLine = dataLine;
        this.failures = failures;
        this.stats = stats;
        this.chunk = Math.max(16 << 10, Math.min(MAX_CHUNK, bufferBytes / 4));
        this.queue = new ArrayBlockingQueue<>(Math.max(2, bufferBytes / chunk));
        this.current = new byte[chunk];
    }

    // reader side

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            int n = Math.min(length, chunk - fill);
            System.arraycopy(bytes, offset, current, fill, n);
            fill += n;
            offset += n;
            length -= n;
            if (fill == chunk) {
                put(current);
                current = new byte[chunk];
                fill = 0;
            }
        }
    }

    /** After the {@code \.} line. */
    void finish() {
        if (fill > 0) {
            put(Arrays.copyOf(current, fill));
            fill = 0;
        }
        put(END);
    }

    /** The script broke off inside the block: the worker cancels its COPY, so no partial rows stay. */
    void abort() {
        try {
            while (!consumerGone && !queue.offer(ABORT, 50, TimeUnit.MILLISECONDS)) {
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            // we are already failing with the reason for the abort; the worker stops with the pool
            Thread.currentThread().interrupt();
        }
    }

    private void put(byte[] chunk) {
        try {
            while (!consumerGone) {
                if (queue.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
            // the worker failed: the rest of the block is skipped, or the whole restore stops
            failures.throwIfStopping();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while feeding the COPY of line " + copy.statement().line(), e);
        }
    }

    // worker side

    /** Loads the block on the worker's connection; failures are recorded, not thrown. */
    Void load(Worker w) throws InterruptedException {
        long start = System.nanoTime();
        CopyIn in = null;
        try {
            w.sync();
            in = w.connection().unwrap(PGConnection.class).getCopyAPI().copyIn(copy.statement().text());
            while (true) {
                byte[] chunk = queue.take();
                if (chunk == END) {
                    long rows = in.endCopy();
                    stats.copied(copy.tables().isEmpty() ? "?" : copy.tables().get(0), rows, copy.statement().line(),
                            start);
                    return null;
                }
                if (chunk == ABORT) {
                    return null;
                }
                in.writeToCopy(chunk, 0, chunk.length);
            }
        } catch (SQLException e) {
            failures.add(Sql.copyFailure(e, copy.statement().text(), copy.statement().line(), dataLine));
            return null;
        } finally {
            consumerGone = true;
            queue.clear();
            if (in != null && in.isActive()) {
                cancel(in);
            }
        }
    }

    private void cancel(CopyIn in) {
        try {
            in.cancelCopy();
        } catch (SQLException e) {
            failures.note("could not cancel the COPY of line " + copy.statement().line() + ": " + e.getMessage());
        }
    }
}
