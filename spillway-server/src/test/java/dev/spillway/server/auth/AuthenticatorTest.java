package dev.spillway.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
    private final ExecutorService hashing = Executors.newSingleThreadExecutor();
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();

    private final PasswordVerifier verifier = (user, password) -> {
        checks.incrementAndGet();
        if (user.equals("boom")) {
            throw new IllegalStateException("database gone");
        }
        return password.equals("right") ? "Ann" : null;
    };

    private final Authenticator auth = new Authenticator(verifier, hashing, timer,
            Duration.ofMinutes(5), Duration.ofSeconds(2), now::get);

    @AfterEach
    void stop() {
        hashing.shutdownNow();
        timer.shutdownNow();
    }

    @Test
    void successIsCachedPerAccountAndPassword() throws Exception {
        InetAddress client = InetAddress.getLoopbackAddress();
        assertThat(auth.authenticate("ann", "right", client).get().outcome())
                .isEqualTo(AuthResult.Outcome.SUCCESS);
        AuthResult again = auth.authenticate("ANN", "right", client).get();
        assertThat(again.outcome()).isEqualTo(AuthResult.Outcome.CACHED);
        assertThat(again.account()).isEqualTo("Ann");
        assertThat(checks).hasValue(1);

        assertThat(auth.authenticate("ann", "wrong", client).isDone()).isFalse();
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        auth.authenticate("ann", "right", client).get();
        assertThat(checks).hasValue(3);
    }

    @Test
    void failuresAreAnsweredLaterTheMoreThereAre() throws Exception {
        InetAddress client = InetAddress.getByName("192.0.2.7");
        for (int attempt = 1; attempt <= 4; attempt++) {
            var result = auth.authenticate("ann", "wrong" + attempt, client);
            long delay = awaitScheduledDelayMillis();
            assertThat(delay).isBetween(2000L * attempt - 100, 2000L * attempt);
            timer.getQueue().clear();
            assertThat(result.isDone()).isFalse();
        }
    }

    @Test
    void aBrokenCheckIsAnErrorNotAFailure() throws Exception {
        AuthResult result = auth.authenticate("boom", "x", InetAddress.getLoopbackAddress())
                .get(5, TimeUnit.SECONDS);
        assertThat(result.outcome()).isEqualTo(AuthResult.Outcome.ERROR);
        assertThat(result.succeeded()).isFalse();
    }

    /** Waits for the hashing thread to schedule the late failure; returns its delay. */
    private long awaitScheduledDelayMillis() throws InterruptedException {
        for (int i = 0; i < 500 && timer.getQueue().isEmpty(); i++) {
            Thread.sleep(10);
        }
        Delayed task = (Delayed) timer.getQueue().peek();
        assertThat(task).isNotNull();
        return task.getDelay(TimeUnit.MILLISECONDS);
    }
}
