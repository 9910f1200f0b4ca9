package io.pgjdump.dump.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Flushes a file being written to disk while the dump goes on. Left alone, the kernel keeps a
 * whole dump in dirty pages (it starts writing back only at a share of RAM), and the sync at commit
 * then waits for all of it; syncing every {@link #EVERY} bytes on another thread overlaps that disk
 * work with reading the database. At most one sync runs at a time; a failure surfaces at commit.
 */
final class BackgroundSync {

    static final long EVERY = 64L << 20;

    private final FileChannel channel;
    private ExecutorService thread;
    private Future<?> running;
    private long sinceLast;

    BackgroundSync(FileChannel channel) {
        this.channel = channel;
    }

    /** Called by the single writer after each write. */
    void written(long n) throws IOException {
        sinceLast += n;
        if (sinceLast < EVERY || (running != null && !running.isDone())) {
            return;
        }
        check();
        sinceLast = 0;
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "pgjdump-sync");
                t.setDaemon(true);
                return t;
            });
        }
        running = thread.submit(() -> {
            channel.force(false);
            return null;
        });
    }

    /** Waits for a running sync and reports its failure; the caller then syncs the rest itself. */
    void finish() throws IOException {
        if (thread == null) {
            return;
        }
        try {
            if (running != null) {
                running.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while syncing the file", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            thread.shutdown();
        }
    }

    /** The file is being dropped: stop without waiting for the disk. */
    void abandon() {
        if (thread != null) {
            thread.shutdownNow();
            try {
                thread.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void check() throws IOException {
        if (running == null) {
            return;
        }
        try {
            running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while syncing the file", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }
}
