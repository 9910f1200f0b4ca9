package io.pgjdump.dump.data;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bounds the bytes that workers hold for the ordered writer. A worker reading a task behind the
 * one being written (the head) waits while the budget is spent; the head's worker never waits here,
 * only on its own small queue, which the writer is draining, so the pump cannot deadlock however
 * the budget is shared out. Without this a worker stuck behind one huge table would buffer every
 * small table after it.
 */
final class FlowControl {

    private static final long POLL_MS = 100;

    private final long budget;
    private final AtomicReference<Throwable> failure;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long held;
    private int head;

    FlowControl(long budget, AtomicReference<Throwable> failure) {
        this.budget = budget;
        this.failure = failure;
    }

    /** Called by a worker before it queues {@code bytes} for task {@code task}. */
    void reserve(int task, long bytes) {
        lock.lock();
        try {
            // held == 0: a single block larger than the budget (one huge row) must still pass
            while (task != head && held > 0 && held + bytes > budget) {
                if (failure.get() != null) {
                    throw new DataPump.Aborted();
                }
                changed.await(POLL_MS, TimeUnit.MILLISECONDS);
            }
            held += bytes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataPump.Aborted();
        } finally {
            lock.unlock();
        }
    }

    /** Called by the writer once it has written {@code bytes}. */
    void release(long bytes) {
        lock.lock();
        try {
            held -= bytes;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Called by the writer when it moves on to task {@code task}. */
    void advance(int task) {
        lock.lock();
        try {
            head = task;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
