package dev.spillway.admin.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.admin.Ids;
import dev.spillway.admin.TestClock;
import dev.spillway.policy.id.IdClassification;
import dev.spillway.policy.shed.ShedDecision;
import dev.spillway.policy.shed.ShedOutcome;
import dev.spillway.policy.shed.ShedReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentDecisionsTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final RecentDecisions recent = new RecentDecisions(3, clock);

    @Test
    void listsShedDecisionsNewestFirst() {
        recent.record("192.0.2.1", shed(Ids.backFill(), ShedReason.TOTAL_CAP));
        clock.advance(Duration.ofSeconds(1));
        recent.record("192.0.2.2", shed(Ids.indexer(), ShedReason.INDEXING_YIELD));

        List<RecentDecision> listed = recent.newestFirst();

        assertThat(listed).extracting(RecentDecision::clientAddress)
                .containsExactly("192.0.2.2", "192.0.2.1");
        RecentDecision newest = listed.get(0);
        assertThat(newest.time()).isEqualTo(Instant.parse("2026-03-01T10:00:01Z"));
        assertThat(newest.clientName()).isEqualTo("com.apple.email.search-indexer");
        assertThat(newest.activity()).isEqualTo("indexer");
        assertThat(newest.reason()).isEqualTo("indexing_yield");
        assertThat(listed.get(1).activity()).isEqualTo("back-fill");
    }

    @Test
    void keepsOnlyTheLastCapacityEntries() {
        for (int i = 1; i <= 5; i++) {
            recent.record("192.0.2." + i, shed(Ids.backFill(), ShedReason.RATE));
        }

        assertThat(recent.newestFirst()).extracting(RecentDecision::clientAddress)
                .containsExactly("192.0.2.5", "192.0.2.4", "192.0.2.3");
        assertThat(recent.recorded()).isEqualTo(5);
    }

    @Test
    void ignoresDecisionsThatDidNotShed() {
        recent.record("192.0.2.1", new ShedDecision(ShedOutcome.ADMIT, ShedReason.WITHIN_LIMITS,
                Ids.backFill()));
        recent.record("192.0.2.1", new ShedDecision(ShedOutcome.WOULD_SHED, ShedReason.TOTAL_CAP,
                Ids.backFill()));

        assertThat(recent.newestFirst()).isEmpty();
        assertThat(recent.recorded()).isZero();
    }

    @Test
    void concurrentWritersLeaveTheNewestEntries() throws InterruptedException {
        RecentDecisions shared = new RecentDecisions(50, clock);
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    shared.record(String.valueOf(next.incrementAndGet()),
                            shed(Ids.backFill(), ShedReason.ALWAYS));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        List<RecentDecision> listed = shared.newestFirst();
        assertThat(listed).hasSize(50);
        List<Long> newestFifty = new ArrayList<>();
        for (long sequence = 3999; sequence >= 3950; sequence--) {
            newestFifty.add(sequence);
        }
        assertThat(listed).extracting(RecentDecision::sequence)
                .containsExactlyElementsOf(newestFifty);
    }

    private static ShedDecision shed(IdClassification id, ShedReason reason) {
        return new ShedDecision(ShedOutcome.SHED, reason, id);
    }
}
