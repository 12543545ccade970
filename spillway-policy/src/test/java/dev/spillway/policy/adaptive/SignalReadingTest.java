package dev.spillway.policy.adaptive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.policy.shed.OverloadLevel;
import org.junit.jupiter.api.Test;

/** Readings are in base units and describe themselves in the units an operator reads. */
class SignalReadingTest {
    @Test
    void durationsInMillisecondsAndFractionsInPercent() {
        SignalReading latency = SignalReading.ofNanos("event-loop-delay", 61_440_000, 50e6,
                OverloadLevel.HIGH);
        SignalReading cpu = new SignalReading("cpu", 0.91, 0.85, OverloadLevel.HIGH);

        assertThat(latency.value()).isEqualTo(0.06144);
        assertThat(latency.describe()).isEqualTo("61.4ms/50.0ms");
        assertThat(cpu.isDuration()).isFalse();
        assertThat(cpu.describe()).isEqualTo("91.0%/85.0%");
    }
}
