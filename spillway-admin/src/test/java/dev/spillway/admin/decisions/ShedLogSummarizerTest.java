package dev.spillway.admin.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.admin.Ids;
import dev.spillway.policy.shed.ShedDecision;
import dev.spillway.policy.shed.ShedOutcome;
import dev.spillway.policy.shed.ShedReason;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShedLogSummarizerTest {

    private final ShedLogSummarizer summarizer = new ShedLogSummarizer(Duration.ofSeconds(10));

    @Test
    void aWaveBecomesOneLineCountingReasonsAndActivities() {
        for (int i = 0; i < 500; i++) {
            summarizer.record(decision(ShedOutcome.SHED, ShedReason.TOTAL_CAP, i % 5 == 0));
        }
        summarizer.record(decision(ShedOutcome.SHED, ShedReason.RATE, false));

        assertThat(summarizer.flush()).containsExactly("shed 501 background IDs in the last 10s:"
                + " total_cap 500 (indexer 100, back-fill 400), rate 1 (back-fill 1)");
    }

    @Test
    void anIntervalWithoutShedsLogsNothing() {
        summarizer.record(decision(ShedOutcome.ADMIT, ShedReason.WITHIN_LIMITS, false));

        assertThat(summarizer.flush()).isEmpty();
    }

    @Test
    void eachFlushCountsOnlyWhatCameSinceTheLastOne() {
        summarizer.record(decision(ShedOutcome.SHED, ShedReason.ALWAYS, false));
        summarizer.flush();

        assertThat(summarizer.flush()).isEmpty();
        summarizer.record(decision(ShedOutcome.SHED, ShedReason.ALWAYS, true));
        assertThat(summarizer.flush()).containsExactly(
                "shed 1 background ID in the last 10s: always 1 (indexer 1)");
    }

    @Test
    void observeModeIsSummarisedOnItsOwnLine() {
        summarizer.record(decision(ShedOutcome.WOULD_SHED, ShedReason.BACK_FILL_CAP, false));
        summarizer.record(decision(ShedOutcome.SHED, ShedReason.MANUAL, false));

        assertThat(summarizer.flush()).containsExactly(
                "shed 1 background ID in the last 10s: manual 1 (back-fill 1)",
                "would have shed (observe mode) 1 background ID in the last 10s:"
                        + " back_fill_cap 1 (back-fill 1)");
    }

    private static ShedDecision decision(ShedOutcome outcome, ShedReason reason,
            boolean indexer) {
        return new ShedDecision(outcome, reason, indexer ? Ids.indexer() : Ids.backFill());
    }
}
