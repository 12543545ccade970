package dev.spillway.policy.adaptive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.policy.shed.OverloadLevel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelGateTest {

    /** Target 100, exit at 80%, CRITICAL at 200, hold 3 s; one value per second. */
    private static final SignalTuning TUNING =
            new SignalTuning(0.8, Duration.ofSeconds(3), 2.0, 5, 1);

    // Values one second apart -> levels: N = NONE, H = HIGH, C = CRITICAL.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "50 60 99            | N N N",
        "100                 | H",
        "200                 | C",
        "100 50 50 50        | H H H N",
        "100 85 85 85 85     | H H H H H",
        "100 79 79 79        | H H H N",
        "200 170 170 170 170 | C C C C C",
        "200 150 150 150     | C C C H",
        "200 10 10 10        | C C C N",
        "100 10 200 10 10 10 | H H C C C N",
        "100 120 50 50 50    | H H H N N",
    })
    void risesAtOnceAndFallsOnlyBelowExitAfterHold(String values, String expected) {
        LevelGate gate = new LevelGate(100, TUNING);
        FakeNanos clock = new FakeNanos();
        List<String> levels = new ArrayList<>();

        for (String value : values.trim().split("\\s+")) {
            levels.add(gate.update(Double.parseDouble(value), clock.getAsLong()).name()
                    .substring(0, 1));
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(String.join(" ", levels)).isEqualTo(expected.trim());
    }

    @Test
    void zeroTargetIsOff() {
        LevelGate gate = new LevelGate(0, TUNING);

        assertThat(gate.enabled()).isFalse();
        assertThat(gate.update(1e12, 0)).isEqualTo(OverloadLevel.NONE);
    }
}
