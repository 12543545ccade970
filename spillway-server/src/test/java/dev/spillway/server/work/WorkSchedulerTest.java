package dev.spillway.server.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Foreground work overtakes queued background work; waits are reported per priority. */
class WorkSchedulerTest {
    @Test
    void foregroundTasksRunBeforeQueuedBackgroundTasks() throws Exception {
        AtomicLong foregroundWaits = new AtomicLong();
        try (WorkScheduler scheduler =
                new WorkScheduler(1, wait -> foregroundWaits.incrementAndGet())) {
            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            scheduler.execute(Priority.BACKGROUND, () -> {
                busy.countDown();
                await(release);
            });
            assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();

            List<String> order = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch all = new CountDownLatch(25);
            for (int i = 0; i < 20; i++) {
                int n = i;
                scheduler.execute(Priority.BACKGROUND, () -> {
                    order.add("b" + n);
                    all.countDown();
                });
            }
            for (int i = 0; i < 5; i++) {
                int n = i;
                scheduler.execute(Priority.FOREGROUND, () -> {
                    order.add("f" + n);
                    all.countDown();
                });
            }
            assertThat(scheduler.queued()).isEqualTo(25);
            release.countDown();
            assertThat(all.await(5, TimeUnit.SECONDS)).isTrue();

            assertThat(order.subList(0, 5)).containsExactly("f0", "f1", "f2", "f3", "f4");
            assertThat(order.subList(5, 25)).startsWith("b0", "b1").endsWith("b19");
            assertThat(foregroundWaits).hasValue(5);
        }
    }

    @Test
    void backgroundWorkHoldsAtMostItsShareOfTheThreads() throws Exception {
        try (WorkScheduler scheduler = new WorkScheduler(2, 1, wait -> { })) {
            CountDownLatch firstRunning = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicLong running = new AtomicLong();
            AtomicLong most = new AtomicLong();
            CountDownLatch allBackground = new CountDownLatch(3);
            for (int i = 0; i < 3; i++) {
                scheduler.execute(Priority.BACKGROUND, () -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    firstRunning.countDown();
                    await(release);
                    running.decrementAndGet();
                    allBackground.countDown();
                });
            }
            assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();

            // The second thread stays free for foreground work while background work waits.
            CountDownLatch foreground = new CountDownLatch(1);
            scheduler.execute(Priority.FOREGROUND, foreground::countDown);
            assertThat(foreground.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(scheduler.queued()).isEqualTo(2);
            release.countDown();
            assertThat(allBackground.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(most).hasValue(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
