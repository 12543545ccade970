package dev.spillway.policy.adaptive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.policy.shed.OverloadLevel;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LatencySignalTest {

    private final FakeNanos clock = new FakeNanos();
    private final SignalTuning tuning = SignalTuning.defaults().withWindow(2, 20);
    private final LatencySignal signal =
            LatencySignal.commandLatency(Duration.ofMillis(250), tuning, clock);

    /** One interval of 100 commands: 97 fast ones and 3 taking {@code slowMillis}. */
    private void interval(long slowMillis) {
        for (int i = 0; i < 100; i++) {
            signal.record(Duration.ofMillis(i < 97 ? 5 : slowMillis).toNanos());
        }
        clock.advance(Duration.ofSeconds(1));
        signal.sample();
    }

    @Test
    void raisedWhileP99AboveTargetAndCriticalAboveTwiceIt() {
        interval(5);
        assertThat(signal.level()).isEqualTo(OverloadLevel.NONE);

        interval(300);
        assertThat(signal.level()).isEqualTo(OverloadLevel.HIGH);
        assertThat(signal.lastValue()).isBetween(300e6, 340e6);

        interval(600);
        assertThat(signal.level()).isEqualTo(OverloadLevel.CRITICAL);
    }

    @Test
    void staysRaisedForTheHoldTimeThenClears() {
        interval(300);
        assertThat(signal.level()).isEqualTo(OverloadLevel.HIGH);

        // The window spans two intervals: one more fast interval still sees the slow one.
        interval(5);
        interval(5);
        assertThat(signal.lastValue()).isLessThan(10e6);
        assertThat(signal.level()).as("hold of 5 s not over").isEqualTo(OverloadLevel.HIGH);

        for (int i = 0; i < 3; i++) {
            interval(5);
        }
        assertThat(signal.level()).isEqualTo(OverloadLevel.NONE);
    }

    @Test
    void tooFewSamplesChangeNothing() {
        for (int i = 0; i < 5; i++) {
            signal.record(Duration.ofSeconds(3).toNanos());
        }
        signal.sample();

        assertThat(signal.level()).isEqualTo(OverloadLevel.NONE);
    }

    @Test
    void queueDelayJudgesTheMedianNotTheTail() {
        LatencySignal queue = LatencySignal.queueDelay(Duration.ofMillis(50), tuning, clock);
        for (int i = 0; i < 40; i++) {
            queue.record(Duration.ofMillis(i < 30 ? 1 : 900).toNanos());
        }
        queue.sample();
        assertThat(queue.level()).as("a burst delays only some").isEqualTo(OverloadLevel.NONE);

        for (int i = 0; i < 100; i++) {
            queue.record(Duration.ofMillis(80).toNanos());
        }
        queue.sample();
        assertThat(queue.level()).as("a standing queue delays most")
                .isEqualTo(OverloadLevel.HIGH);
        assertThat(queue.name()).isEqualTo("queue-delay");
    }

    @Test
    void zeroTargetNeverRaises() {
        LatencySignal off = LatencySignal.commandLatency(Duration.ZERO, tuning, clock);
        for (int i = 0; i < 100; i++) {
            off.record(Duration.ofSeconds(10).toNanos());
        }
        off.sample();

        assertThat(off.enabled()).isFalse();
        assertThat(off.level()).isEqualTo(OverloadLevel.NONE);
    }
}
