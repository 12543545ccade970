package dev.spillway.server.work;

import java.util.concurrent.Executor;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongConsumer;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * A fixed pool for blocking store work with one queue ordered by priority, then by arrival.
 * Queue waits are measured per priority so overload can be detected from them.
 */
public final class WorkScheduler implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final AtomicLong sequence = new AtomicLong();
    private final LongConsumer foregroundWaits;
    private final AtomicLongArray lastWaitNanos = new AtomicLongArray(Priority.values().length);

    public WorkScheduler(int threads) {
        this(threads, wait -> { });
    }

    /**
     * @param threads pool size
     * @param foregroundWaits told how long each foreground task waited in the queue, in
     *     nanoseconds: an overload signal (time commands wait before they run)
     */
    public WorkScheduler(int threads, LongConsumer foregroundWaits) {
        this.foregroundWaits = foregroundWaits;
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new PriorityBlockingQueue<>(), new DefaultThreadFactory("spillway-store", true));
    }

    /** Runs {@code task} on the pool, after queued work of a higher priority. */
    public void execute(Priority priority, Runnable task) {
        pool.execute(new Task(priority, sequence.incrementAndGet(), System.nanoTime(), task));
    }

    /** An executor view that queues everything at {@code priority}. */
    public Executor at(Priority priority) {
        return task -> execute(priority, task);
    }

    /** How long the most recently started task of {@code priority} waited in the queue. */
    public long lastQueueWaitNanos(Priority priority) {
        return lastWaitNanos.get(priority.ordinal());
    }

    /** Tasks waiting to run. */
    public int queued() {
        return pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Task implements Runnable, Comparable<Task> {
        private final Priority priority;
        private final long order;
        private final long queuedAt;
        private final Runnable body;

        Task(Priority priority, long order, long queuedAt, Runnable body) {
            this.priority = priority;
            this.order = order;
            this.queuedAt = queuedAt;
            this.body = body;
        }

        @Override
        public void run() {
            long waited = System.nanoTime() - queuedAt;
            lastWaitNanos.set(priority.ordinal(), waited);
            if (priority == Priority.FOREGROUND) {
                foregroundWaits.accept(waited);
            }
            body.run();
        }

        @Override
        public int compareTo(Task other) {
            int byPriority = priority.compareTo(other.priority);
            return byPriority != 0 ? byPriority : Long.compare(order, other.order);
        }
    }
}
