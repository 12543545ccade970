package dev.spillway.policy.shed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.policy.id.IdClassification;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ShedConcurrencyTest {

    private static final int THREADS = 4;
    private static final int ROUNDS = 20_000;
    private static final int CAP = 5;

    private static final IdClassification[] MIX = {
        Ids.FOREGROUND, Ids.BACK_FILL, Ids.INDEXING, Ids.BOTH, Ids.OTHER, Ids.NIL,
    };

    @Test
    void concurrentOpenIdCloseNeverExceedsCapsAndEndsAtZero() throws Exception {
        ShedPolicy policy = new ShedPolicy(
                new PolicySettings(ShedMode.AUTO, CAP, 3, 4, 0, 1, 0.6));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = t;
            done.add(pool.submit(() -> {
                start.await();
                run(policy, new SplittableRandom(seed));
                return null;
            }));
        }

        start.countDown();
        for (Future<?> future : done) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        ShedSnapshot snapshot = policy.snapshot();
        assertThat(snapshot.openSessions()).isZero();
        assertThat(snapshot.admittedTotal()).isZero();
        assertThat(snapshot.admittedIndexing()).isZero();
        assertThat(snapshot.admittedBackFill()).isZero();
        assertThat(snapshot.decisions(ShedOutcome.SHED)).isPositive();
        assertThat(snapshot.decisions(ShedOutcome.ADMIT, ShedReason.WITHIN_LIMITS)).isPositive();
    }

    /**
     * Each round opens a session, sends a few IDs and closes it. The counters only grow by a
     * CAS that checks the cap, so no read may ever see them above it.
     */
    private static void run(ShedPolicy policy, SplittableRandom random) {
        for (int round = 0; round < ROUNDS; round++) {
            ShedSession session = policy.openSession();
            int ids = 1 + random.nextInt(4);
            for (int i = 0; i < ids; i++) {
                ShedDecision decision = session.onId(MIX[random.nextInt(MIX.length)]);
                assertThat(session.holdsSlot()).isEqualTo(
                        decision.reason() == ShedReason.WITHIN_LIMITS);
                ShedSnapshot snapshot = policy.snapshot();
                assertThat(snapshot.admittedTotal()).isBetween(0, CAP);
                assertThat(snapshot.admittedIndexing()).isBetween(0, 3);
                assertThat(snapshot.admittedBackFill()).isBetween(0, 4);
            }
            session.close();
        }
    }
}
