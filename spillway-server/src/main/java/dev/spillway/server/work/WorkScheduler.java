package dev.spillway.server.work;

import java.util.ArrayDeque;
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
 *
 * <p>Background work may hold at most {@code backgroundThreads} of the threads at once; more
 * of it waits outside the pool, in arrival order, until one of its own finishes. So however
 * long a back-fill's fetches are, foreground work always finds a thread that is free or about
 * to be, and background work gets a bounded share of the CPU, not all of it.
 */
public final class WorkScheduler implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final int backgroundThreads;
    private final ArrayDeque<Task> parked = new ArrayDeque<>();
    private int backgroundInPool;
    private final AtomicLong sequence = new AtomicLong();
    private final LongConsumer foregroundWaits;
    private final AtomicLongArray lastWaitNanos = new AtomicLongArray(Priority.values().length);

    public WorkScheduler(int threads) {
        this(threads, wait -> { });
    }

    /** Half the threads (at least one) for background work. */
    public WorkScheduler(int threads, LongConsumer foregroundWaits) {
        this(threads, Math.max(1, threads / 2), foregroundWaits);
    }

    /**
     * @param threads pool size
     * @param backgroundThreads most threads background work holds at once
     * @param foregroundWaits told how long each foreground task waited in the queue, in
     *     nanoseconds: an overload signal (time commands wait before they run)
     */
    public WorkScheduler(int threads, int backgroundThreads, LongConsumer foregroundWaits) {
        if (backgroundThreads < 1 || backgroundThreads > threads) {
            throw new IllegalArgumentException("backgroundThreads must be 1 to " + threads);
        }
        this.backgroundThreads = backgroundThreads;
        this.foregroundWaits = foregroundWaits;
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new PriorityBlockingQueue<>(), new DefaultThreadFactory("spillway-store", true));
    }

    /** Runs {@code task} on the pool, after queued work of a higher priority. */
    public void execute(Priority priority, Runnable task) {
        Task next = new Task(priority, sequence.incrementAndGet(), System.nanoTime(), task);
        if (priority == Priority.BACKGROUND) {
            synchronized (parked) {
                if (backgroundInPool >= backgroundThreads) {
                    parked.add(next);
                    return;
                }
                backgroundInPool++;
            }
        }
        pool.execute(next);
    }

    /** A background task ended: the oldest parked one takes its place in the pool. */
    private void backgroundDone() {
        Task next;
        synchronized (parked) {
            next = parked.poll();
            if (next == null) {
                backgroundInPool--;
                return;
            }
        }
        pool.execute(next);
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
        synchronized (parked) {
            return pool.getQueue().size() + parked.size();
        }
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
                body.run();
                return;
            }
            try {
                body.run();
            } finally {
                backgroundDone();
            }
        }

        @Override
        public int compareTo(Task other) {
            int byPriority = priority.compareTo(other.priority);
            return byPriority != 0 ? byPriority : Long.compare(order, other.order);
        }
    }
}
