package io.pgjdump.restore.exec;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The COPY chunks of one run from a plain file, queued per table, and the rule that hands them to
 * the jobs: a job stays with the table it loads alone; otherwise it takes a table no job is
 * loading (the first in file order); only when there is none does it help with the table that has
 * the most queued, rather than idle.
 *
 * <p>Why keep a table on one job: two connections appending to one table interleave its pages,
 * so the heap is no longer in key order and the primary key built after the data sorts slower
 * (orders of the mixed benchmark: 3.07 s and 2.57 s after a load by two connections, 2.11 s and
 * 2.17 s after a load by one). A table still goes across the jobs when the run has nothing else
 * to do, which is what makes one big table load faster than pg_restore loads it.
 *
 * <p>Chunks are queued by the reader thread and taken by the jobs' threads. The queue holds only
 * where rows lie in the file, never rows, and at most {@link #MAX_QUEUED} chunks: the reader waits
 * beyond that.
 */
final class TableQueues {

    /** Chunks of up to {@link CopyRun#JOINED_BYTES}: a few GiB of work ahead is plenty to choose from. */
    static final int MAX_QUEUED = 64;

    private static final class Table {
        final ArrayDeque<FileRangeCopy> chunks = new ArrayDeque<>();
        long queuedBytes;
        int loaders;
    }

    /** Tables with chunks queued or being loaded; insertion order is file order. */
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Failures failures;
    private int queued;
    private int waiting;
    private boolean closed;

    TableQueues(Failures failures) {
        this.failures = failures;
    }

    /**
     * Queues a chunk (the reader thread), waiting while {@link #MAX_QUEUED} are queued. Returns
     * without queuing once the restore is stopping.
     */
    synchronized void add(FileRangeCopy chunk) throws InterruptedException {
        while (queued >= MAX_QUEUED && !failures.stopping()) {
            wait(50);
        }
        if (failures.stopping()) {
            return;
        }
        Table t = tables.computeIfAbsent(chunk.key(), k -> new Table());
        t.chunks.add(chunk);
        t.queuedBytes += chunk.bytes();
        queued++;
        notifyAll();
    }

    /** No more chunks will come: jobs finish what is queued, then {@link #take} returns null. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** How many jobs are waiting for a chunk: the reader starts another job only when none is. */
    synchronized int waiting() {
        return waiting;
    }

    /**
     * The next chunk for a job that has just loaded a chunk of {@code current} (null for its first),
     * waiting while nothing is queued; null once the run is closed and empty, or the restore stops.
     */
    synchronized FileRangeCopy take(String current) throws InterruptedException {
        if (current != null) {
            Table done = tables.get(current);
            done.loaders--;
            if (done.loaders == 0 && done.chunks.isEmpty()) {
                // only tables with work queued or under way stay: choosing looks at each of them
                tables.remove(current);
            }
        }
        while (true) {
            if (failures.stopping()) {
                return null;
            }
            Table pick = choose(current);
            if (pick != null) {
                FileRangeCopy chunk = pick.chunks.poll();
                pick.queuedBytes -= chunk.bytes();
                pick.loaders++;
                queued--;
                notifyAll();
                return chunk;
            }
            if (closed) {
                return null;
            }
            waiting++;
            try {
                wait(50);
            } finally {
                waiting--;
            }
        }
    }

    /**
     * {@code current}'s loader count no longer includes the asking job. A job that loads its
     * table alone keeps it; one that was helping moves to a table nobody loads as soon as there is
     * one (at the start of a run, a job may have had to help before the reader had queued
     * anything else).
     */
    private Table choose(String current) {
        Table own = current == null ? null : tables.get(current);
        if (own != null && !own.chunks.isEmpty() && own.loaders == 0) {
            return own;
        }
        Table help = null;
        for (Table t : tables.values()) {
            if (t.chunks.isEmpty()) {
                continue;
            }
            if (t.loaders == 0) {
                return t;
            }
            if (help == null || t.queuedBytes > help.queuedBytes) {
                help = t;
            }
        }
        return help;
    }
}
