package io.pgjdump.restore.exec;

import io.pgjdump.restore.script.CopyExtent;
import io.pgjdump.restore.script.ReadAhead;

import java.nio.file.Path;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A run of consecutive COPY blocks loading across the jobs. The reader parses each block and
 * feeds it through a bounded queue to the job that took it ({@link QueuedCopy}); it moves on to
 * the next block as soon as this one is queued, so up to {@code jobs} blocks load at once as long
 * as they fit in the queues (pgjdump's blocks of a few MiB do). From an uncompressed file, jobs
 * read their blocks from the file instead ({@link FileRangeCopy}), so blocks of any size load at
 * once, consecutive small blocks of one table joined into one COPY; the reader only queues where
 * they lie, per table, and each job takes its next chunk from {@link TableQueues}, which keeps a
 * table on one job while there is other work. {@link #barrier} waits for all.
 */
final class CopyRun {

    private final WorkerPool pool;
    private final Failures failures;
    private final CopyStats stats;
    private final int bufferBytes;
    private final Path plainFile;
    /**
     * Blocks of one COPY statement that follow each other are joined into one COPY of up to this
     * many bytes, about one part of a table as pgjdump dump splits it: far fewer statements and
     * commits, and still enough pieces to share a big table out across the jobs. (Same-run A/B on
     * the mixed benchmark: 32 MiB loaded clearly faster than 8 MiB; 128 MiB was not clearly
     * faster than 32 and would leave a job idle longer at the end of a table.)
     */
    static final long JOINED_BYTES = 32L << 20;

    private final boolean joinBlocks;
    private final List<Future<Void>> inFlight = new ArrayList<>();
    /** Blocks from a plain file still being joined into a chunk, or null. */
    private FileRangeCopy pending;
    /** The chunks of the current run from a plain file and the jobs taking them, or null between runs. */
    private TableQueues queues;
    private int loaders;
    private long runStart;
    private long nanos;

    /**
     * @param plainFile  the script when it is an uncompressed file (jobs then read their blocks from it), else null
     * @param joinBlocks join consecutive blocks of one COPY (not with continue-on-error, where a
     *                   refused row must cost only its own block)
     */
    CopyRun(WorkerPool pool, Failures failures, CopyStats stats, int bufferBytes, Path plainFile, boolean joinBlocks) {
        this.pool = pool;
        this.joinBlocks = joinBlocks;
        this.failures = failures;
        this.stats = stats;
        this.bufferBytes = bufferBytes;
        this.plainFile = plainFile;
    }

    /** Hands the block whose COPY statement {@code reader} just returned to a job and feeds it. */
    void load(Classified copy, ReadAhead reader) throws SQLException, InterruptedException {
        if (inFlight.isEmpty() && pending == null && queues == null) {
            runStart = System.nanoTime();
        }
        int dataLine = reader.line();
        if (plainFile != null) {
            // scan first: a block cut short fails here, before any of its rows reach the server
            CopyExtent extent = reader.skipCopyData();
            if (pending != null && !pending.accepts(copy)) {
                queuePending();
            }
            if (pending == null) {
                pending = new FileRangeCopy(plainFile, copy, failures, stats);
            }
            pending.add(copy.statement().line(), dataLine, extent);
            if (!joinBlocks || pending.bytes() >= JOINED_BYTES) {
                queuePending();
            }
            return;
        }
        Worker w = pool.acquire();
        QueuedCopy feed = new QueuedCopy(copy, dataLine, bufferBytes, failures, stats);
        inFlight.add(pool.submit(w, feed::load));
        boolean fed = false;
        try {
            reader.copyData(feed);
            feed.finish();
            fed = true;
        } finally {
            if (!fed) {
                feed.abort();
            }
        }
    }

    /** Queues the joined chunk, and starts another job on the run when none is waiting for work. */
    private void queuePending() throws SQLException, InterruptedException {
        FileRangeCopy chunk = pending;
        pending = null;
        if (queues == null) {
            queues = new TableQueues(failures);
            loaders = 0;
        }
        queues.add(chunk);
        if (loaders < pool.size() && queues.waiting() == 0) {
            Worker w = pool.acquire();
            TableQueues run = queues;
            inFlight.add(pool.submit(w, worker -> loadChunks(worker, run)));
            loaders++;
        }
    }

    /** One job's share of a run: chunks as {@link TableQueues} hands them out, until the run is over. */
    private static Void loadChunks(Worker w, TableQueues run) throws InterruptedException {
        String table = null;
        FileRangeCopy chunk;
        while ((chunk = run.take(table)) != null) {
            table = chunk.key();
            chunk.load(w);
        }
        return null;
    }

    /** Waits until every block of the run has loaded (or failed). */
    void barrier() throws InterruptedException, SQLException {
        if (pending != null) {
            queuePending();
        }
        if (queues != null) {
            queues.close();
            queues = null;
        }
        if (inFlight.isEmpty()) {
            return;
        }
        try {
            for (Future<Void> f : inFlight) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a COPY job failed unexpectedly", e.getCause());
        } finally {
            inFlight.clear();
            nanos += System.nanoTime() - runStart;
        }
    }

    /** Wall-clock time spent in runs so far. */
    long nanos() {
        return nanos;
    }
}
