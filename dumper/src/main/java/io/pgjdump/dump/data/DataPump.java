package io.pgjdump.dump.data;

import io.pgjdump.dump.DumpException;
import io.pgjdump.dump.output.BlockBuffers;
import io.pgjdump.dump.output.Framer;
import io.pgjdump.dump.output.ScriptSink;
import io.pgjdump.dump.script.ScriptText;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the data section: {@code jobs} workers take tasks in file order, each on its own connection
 * in the shared snapshot, and read them into blocks; the calling thread writes the blocks task by
 * task in that same order. Memory is bounded whatever the table sizes: each task has a small
 * queue, and {@link FlowControl} caps what all workers together hold ahead of the writer.
 */
public final class DataPump {

    /** Opens a connection that already sees the dump's snapshot. */
    @FunctionalInterface
    public interface WorkerConnections {
        Connection open() throws DumpException;
    }

    /**
     * Told about each finished task, on the writer's thread, in file order, right after the
     * task's last block was written: what it writes to the sink follows that block.
     */
    @FunctionalInterface
    public interface TaskListener {
        void done(DataTask task, CopiedRows copied, long fileBytes, long nanos) throws IOException;
    }

    /**
     * @param blockBytes  target size of a block's SQL text (one COPY statement, one zstd frame)
     * @param queueBlocks how many finished blocks one task may hold before the writer takes them
     * @param bufferBytes how many block bytes all workers together may hold ahead of the writer
     */
    public record Settings(int jobs, int blockBytes, int queueBlocks, long bufferBytes) {

        /**
         * 512 KiB blocks stay below the size at which G1 treats an array as humongous and compress
         * as well as bigger ones. The buffer lets a worker run one whole range split
         * ({@link TaskPlanner#CHUNK_BYTES}) ahead of the writer, so with ranges of that size the
         * workers rarely wait; it stops growing at 4 jobs to keep the process small.
         */
        public static Settings defaults(int jobs) {
            return new Settings(jobs, 512 << 10, 64, Math.min(jobs, 4) * TaskPlanner.CHUNK_BYTES);
        }
    }

    private static final long POLL_MS = 100;

    private final Settings settings;
    private final Framer framer;
    private final WorkerConnections connections;
    private final TaskListener listener;
    private final BlockBuffers buffers;
    private final RowFormat rows;

    public DataPump(Settings settings, Framer framer, WorkerConnections connections, TaskListener listener) {
        this(settings, RowFormat.COPY, framer, connections, listener);
    }

    /** Writes rows as {@code rows} says: COPY blocks or INSERT statements. */
    public DataPump(Settings settings, RowFormat rows, Framer framer, WorkerConnections connections,
                    TaskListener listener) {
        this.settings = settings;
        this.rows = rows;
        // the slack above the target takes the row that crosses it without a one-off buffer
        this.buffers = new BlockBuffers(settings.blockBytes() + Math.max(64 << 10, settings.blockBytes() / 8));
        this.framer = framer;
        this.connections = connections;
        this.listener = listener;
    }

    /** What a worker hands the writer for one task: blocks, then a Done or a failure. */
    private record Done(CopiedRows copied, long nanos) {
    }

    /** Thrown inside a worker when another thread failed first; that failure is the one reported. */
    static final class Aborted extends RuntimeException {
        Aborted() {
            super("aborted", null, false, false);
        }
    }

    public void run(List<DataTask> tasks, ScriptSink sink) throws DumpException, IOException {
        if (tasks.isEmpty()) {
            return;
        }
        List<BlockingQueue<Object>> queues = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            // linked, so a database of 100k small tables does not allocate 100k arrays up front
            queues.add(new LinkedBlockingQueue<>(settings.queueBlocks()));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        FlowControl flow = new FlowControl(settings.bufferBytes(), failure);
        Set<Connection> busy = ConcurrentHashMap.newKeySet();
        int workers = Math.min(settings.jobs(), tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "pgjdump-copy");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int w = 0; w < workers; w++) {
                pool.execute(() -> work(tasks, queues, next, flow, failure, busy));
            }
            write(tasks, queues, sink, flow, failure);
        } catch (DumpException | IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
            throw e;
        } finally {
            pool.shutdown();
            Throwable failed = failure.get();
            if (failed != null) {
                cancelRunning(busy, failed);
            }
            awaitQuietly(pool);
        }
    }

    private void work(List<DataTask> tasks, List<BlockingQueue<Object>> queues, AtomicInteger next,
                      FlowControl flow, AtomicReference<Throwable> failure, Set<Connection> busy) {
        TableCopier copier = new TableCopier(settings.blockBytes(), framer, buffers, rows);
        try (Connection conn = connections.open()) {
            busy.add(conn);
            try {
                int i;
                while (failure.get() == null && (i = next.getAndIncrement()) < tasks.size()) {
                    int task = i;
                    BlockingQueue<Object> queue = queues.get(task);
                    long start = System.nanoTime();
                    CopiedRows copied = copier.copy(conn, tasks.get(task), block -> {
                        flow.reserve(task, block.heldBytes());
                        put(queue, block, failure);
                    });
                    put(queue, new Done(copied, System.nanoTime() - start), failure);
                }
            } finally {
                busy.remove(conn);
            }
        } catch (Aborted e) {
            // another thread failed first; its failure is the one reported
            return;
        } catch (DumpException | SQLException | RuntimeException | Error e) {
            // an Error too: a worker that dies silently would leave the writer waiting for its blocks forever
            failure.compareAndSet(null, e);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item, AtomicReference<Throwable> failure) {
        try {
            while (!queue.offer(item, POLL_MS, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null) {
                    throw new Aborted();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Aborted();
        }
    }

    private void write(List<DataTask> tasks, List<BlockingQueue<Object>> queues, ScriptSink sink, FlowControl flow,
                       AtomicReference<Throwable> failure) throws DumpException, IOException {
        for (int i = 0; i < tasks.size(); i++) {
            flow.advance(i);
            BlockingQueue<Object> queue = queues.get(i);
            if (tasks.get(i).part() == 0) {
                sink.writeText(ScriptText.dataComment(tasks.get(i)));
            }
            long fileBytes = 0;
            while (true) {
                Object item = take(queue, failure);
                if (item instanceof CopyBlock block) {
                    int held = block.heldBytes();
                    fileBytes += block.fileBytes();
                    sink.writeBlock(block.framed(), block.plainLength());
                    buffers.recycle(block.framed());
                    flow.release(held);
                } else {
                    Done done = (Done) item;
                    listener.done(tasks.get(i), done.copied(), fileBytes, done.nanos());
                    break;
                }
            }
        }
    }

    private static Object take(BlockingQueue<Object> queue, AtomicReference<Throwable> failure)
            throws DumpException, IOException {
        try {
            while (true) {
                Object item = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
                if (item != null) {
                    return item;
                }
                Throwable t = failure.get();
                if (t != null) {
                    rethrow(t);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DumpException("interrupted while writing the data section", e);
        }
    }

    /**
     * After a failure the other workers may be deep in a long COPY: ask the server to cancel it
     * (the cancel request travels on its own connection, so this is safe from another thread)
     * rather than wait for the table to end.
     */
    private static void cancelRunning(Set<Connection> busy, Throwable failed) {
        for (Connection c : busy) {
            try {
                c.unwrap(PGConnection.class).cancelQuery();
            } catch (SQLException e) {
                // a connection already gone needs no cancel; keep the detail with the real failure
                failed.addSuppressed(e);
            }
        }
    }

    private static void rethrow(Throwable t) throws DumpException, IOException {
        if (t instanceof DumpException d) {
            throw d;
        }
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof SQLException s) {
            throw DumpException.of("dumping data", s);
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        throw new DumpException("dumping data failed: " + t, t);
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
