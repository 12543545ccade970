package dev.spillway.transport.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoop;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The event-loop probe measures how long a task waits behind whatever a loop is doing. */
class EventLoopProbeTest {
    @Test
    void aBusyLoopShowsAsALongWait() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (EventLoops loops = new EventLoops(1)) {
            EventLoop loop = loops.workers().next();
            CountDownLatch busy = new CountDownLatch(1);
            loop.execute(() -> {
                busy.countDown();
                sleep(300);
            });
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicLong longest = new AtomicLong();
            CountDownLatch waited = new CountDownLatch(1);
            ScheduledFuture<?> probe = loops.probeDelay(timer, Duration.ZERO,
                    Duration.ofMillis(20), nanos -> {
                        longest.accumulateAndGet(nanos, Math::max);
                        waited.countDown();
                    });

            assertThat(waited.await(10, TimeUnit.SECONDS)).isTrue();
            probe.cancel(false);
            assertThat(Duration.ofNanos(longest.get())).isGreaterThan(Duration.ofMillis(150));
        } finally {
            timer.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
