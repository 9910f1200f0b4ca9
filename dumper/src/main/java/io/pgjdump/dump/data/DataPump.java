package io.pgjdump.dump.data;

import io.pgjdump.dump.DumpException;
import io.pgjdump.dump.output.Framer;
import io.pgjdump.dump.output.ScriptSink;
import io.pgjdump.dump.script.ScriptText;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the data section: {@code jobs} workers take tasks in file order, each on its own connection
 * in the shared snapshot, and read them into blocks; the calling thread writes the blocks task by
 * task in that same order. Each task has a small bounded queue, so memory is bounded by
 * jobs × queue × block size whatever the table sizes, and a worker that runs ahead simply waits.
 */
public final class DataPump {

    /** Opens a connection that already sees the dump's snapshot. */
    @FunctionalInterface
    public interface WorkerConnections {
        Connection open() throws DumpException;
    }

    /** Told about each finished task, on the writer's thread, in file order. */
    @FunctionalInterface
    public interface TaskListener {
        void done(DataTask task, long rows, long rowBytes, long fileBytes, long nanos);
    }

    /**
     * @param blockBytes  target size of a block's SQL text
     * @param queueBlocks how many finished blocks a worker may hold before the writer takes them
     * @param rows        COPY blocks or INSERT statements
     */
    public record Settings(int jobs, int blockBytes, int queueBlocks, RowFormat rows) {
        public static Settings defaults(int jobs) {
            return new Settings(jobs, 4 << 20, 8, RowFormat.COPY);
        }

        public Settings withRows(RowFormat format) {
            return new Settings(jobs, blockBytes, queueBlocks, format);
        }
    }

    private static final long POLL_MS = 100;

    private final Settings settings;
    private final Framer framer;
    private final WorkerConnections connections;
    private final TaskListener listener;

    public DataPump(Settings settings, Framer framer, WorkerConnections connections, TaskListener listener) {
        this.settings = settings;
        this.framer = framer;
        this.connections = connections;
        this.listener = listener;
    }

    /** What a worker hands the writer for one task: blocks, then a Done or a failure. */
    private record Done(long rows, long rowBytes, long nanos) {
    }

    private static final class Aborted extends RuntimeException {
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
            queues.add(new ArrayBlockingQueue<>(settings.queueBlocks()));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int workers = Math.min(settings.jobs(), tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "pgjdump-copy");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int w = 0; w < workers; w++) {
                pool.execute(() -> work(tasks, queues, next, failure));
            }
            write(tasks, queues, sink, failure);
        } catch (DumpException | IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
            throw e;
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
    }

    private void work(List<DataTask> tasks, List<BlockingQueue<Object>> queues, AtomicInteger next,
                      AtomicReference<Throwable> failure) {
        TableCopier copier = new TableCopier(settings.blockBytes(), framer, settings.rows());
        try (Connection conn = connections.open()) {
            int i;
            while (failure.get() == null && (i = next.getAndIncrement()) < tasks.size()) {
                BlockingQueue<Object> queue = queues.get(i);
                long start = System.nanoTime();
                TableCopier.Copied copied = copier.copy(conn, tasks.get(i), block -> put(queue, block, failure));
                put(queue, new Done(copied.rows(), copied.rowBytes(), System.nanoTime() - start), failure);
            }
        } catch (Aborted e) {
            // another thread failed first; its failure is the one reported
            return;
        } catch (DumpException | SQLException | RuntimeException e) {
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

    private void write(List<DataTask> tasks, List<BlockingQueue<Object>> queues, ScriptSink sink,
                       AtomicReference<Throwable> failure) throws DumpException, IOException {
        for (int i = 0; i < tasks.size(); i++) {
            BlockingQueue<Object> queue = queues.get(i);
            if (tasks.get(i).part() == 0) {
                sink.writeText(ScriptText.dataComment(tasks.get(i)));
            }
            long fileBytes = 0;
            while (true) {
                Object item = take(queue, failure);
                if (item instanceof CopyBlock block) {
                    sink.writeFramed(block.framed(), block.plainLength());
                    fileBytes += block.framed().length;
                } else {
                    Done done = (Done) item;
                    listener.done(tasks.get(i), done.rows(), done.rowBytes(), fileBytes, done.nanos());
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
