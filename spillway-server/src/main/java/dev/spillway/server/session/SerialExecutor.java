package dev.spillway.server.session;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on an underlying executor chosen per task
 * (so a session that turns background queues its later work at the lower priority). A task
 * may also run on the calling thread when nothing else is queued or running
 * ({@link #runHereIfIdle}); it is still serial with every other task.
 */
final class SerialExecutor implements Executor {
    private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);

    private final Supplier<Executor> target;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    SerialExecutor(Supplier<Executor> target) {
        this.target = target;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        schedule();
    }

    /**
     * Runs {@code task} on the calling thread if no task is queued or running, and returns
     * true; otherwise runs nothing and returns false. Tasks queued meanwhile run after it.
     */
    boolean runHereIfIdle(Runnable task) {
        synchronized (tasks) {
            if (running || !tasks.isEmpty()) {
                return false;
            }
            running = true;
        }
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("session task failed", e);
        } finally {
            finished();
        }
        return true;
    }

    private void schedule() {
        target.get().execute(this::runOne);
    }

    private void runOne() {
        Runnable task;
        synchronized (tasks) {
            task = tasks.poll();
        }
        try {
            if (task != null) {
                task.run();
            }
        } catch (RuntimeException e) {
            LOG.error("session task failed", e);
        } finally {
            finished();
        }
    }

    private void finished() {
        boolean more;
        synchronized (tasks) {
            more = !tasks.isEmpty();
            running = more;
        }
        if (more) {
            schedule();
        }
    }
}
