package io.pgjdump.restore.exec;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The jobs' connections, opened on first need, each bound to a thread while it runs a task. A
 * task first gets a connection (waiting until one is idle), then a thread; so a COPY block is
 * only fed once a connection is there to take it.
 */
final class WorkerPool implements AutoCloseable {

    private final DataSource source;
    private final int size;
    private final SessionSettings settings;
    private final Failures failures;
    private final BlockingQueue<Worker> idle;
    private final List<Worker> all = new ArrayList<>();
    private final ExecutorService threads;

    WorkerPool(DataSource source, int size, SessionSettings settings, Failures failures) {
        this.source = source;
        this.size = size;
        this.settings = settings;
        this.failures = failures;
        this.idle = new ArrayBlockingQueue<>(size);
        this.threads = Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, "pgjdump-restore-job");
            t.setDaemon(true);
            return t;
        });
    }

    int size() {
        return size;
    }

    /** An idle connection, opening one while fewer than {@code size} exist. */
    Worker acquire() throws SQLException, InterruptedException {
        Worker w = idle.poll();
        if (w != null) {
            return w;
        }
        synchronized (all) {
            if (all.size() < size) {
                Connection c = source.getConnection();
                c.setAutoCommit(true);
                w = new Worker(c, settings, failures);
                all.add(w);
                return w;
            }
        }
        return idle.take();
    }

    void release(Worker w) {
        idle.add(w);
    }

    /**
     * Runs {@code task} on {@code w} in a pool thread; the worker is released before the future
     * completes. The task starts with {@link Worker#sync}, inside its own error handling.
     */
    <T> Future<T> submit(Worker w, WorkerTask<T> task) {
        Callable<T> call = () -> {
            try {
                return task.run(w);
            } finally {
                release(w);
            }
        };
        return threads.submit(call);
    }

    /** Cancels whatever the workers are running (used when the restore stops early). */
    void cancelRunning() {
        synchronized (all) {
            all.forEach(Worker::cancel);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
        try {
            if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
                cancelRunning();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (all) {
            for (Worker w : all) {
                w.close();
            }
        }
    }

    @FunctionalInterface
    interface WorkerTask<T> {
        T run(Worker w) throws SQLException, InterruptedException;
    }
}
