package dev.spillway.policy.adaptive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.policy.shed.OverloadLevel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpuAndBackendSignalTest {

    private final FakeNanos clock = new FakeNanos();
    private final SignalTuning tuning = SignalTuning.defaults().withWindow(3, 10)
            .withHold(Duration.ofSeconds(2));

    @Test
    void cpuIsSmoothedSoOneBusyIntervalDoesNotRaiseIt() {
        Deque<Double> readings = new ArrayDeque<>(List.of(0.2, 1.0, 0.2, 0.95, 0.95, -1.0, 0.1,
                0.1, 0.1, 0.1));
        CpuSignal cpu = new CpuSignal(0.85, tuning, readings::removeFirst, clock);
        StringBuilder levels = new StringBuilder();

        while (!readings.isEmpty()) {
            cpu.sample();
            clock.advance(Duration.ofSeconds(1));
            levels.append(cpu.level().name().charAt(0));
        }

        // 0.2, 0.6, 0.4, 0.675, 0.8125, (unreadable), 0.456, 0.278, ...
        assertThat(levels.toString()).isEqualTo("NNNNNNNNNN");
        assertThat(cpu.lastValue()).isLessThan(0.2);
    }

    @Test
    void cpuRaisedBySustainedLoad() {
        CpuSignal cpu = new CpuSignal(0.85, tuning, () -> 0.97, clock);
        cpu.sample();

        assertThat(cpu.level()).isEqualTo(OverloadLevel.HIGH);
        assertThat(CpuSignal.processCpuLoad().getAsDouble()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void backendRaisedByFailureRateAndClearsWhenItFalls() {
        BackendSignal backend = new BackendSignal(Duration.ofMillis(500), 0.2, tuning, clock);
        for (int i = 0; i < 12; i++) {
            backend.success(Duration.ofMillis(10).toNanos());
        }
        backend.sample();
        assertThat(backend.level()).isEqualTo(OverloadLevel.NONE);

        for (int i = 0; i < 8; i++) {
            backend.failure();
            backend.success(Duration.ofMillis(10).toNanos());
        }
        clock.advance(Duration.ofSeconds(1));
        backend.sample();
        assertThat(backend.lastErrorRate()).isEqualTo(8.0 / 28);
        assertThat(backend.level()).isEqualTo(OverloadLevel.HIGH);

        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 20; j++) {
                backend.success(Duration.ofMillis(10).toNanos());
            }
            clock.advance(Duration.ofSeconds(1));
            backend.sample();
        }
        assertThat(backend.lastErrorRate()).isZero();
        assertThat(backend.level()).isEqualTo(OverloadLevel.NONE);
    }

    @Test
    void backendRaisedBySlowAnswers() {
        BackendSignal backend = new BackendSignal(Duration.ofMillis(500), 0, tuning, clock);
        for (int i = 0; i < 20; i++) {
            backend.success(Duration.ofMillis(1200).toNanos());
        }
        backend.sample();

        assertThat(backend.level()).isEqualTo(OverloadLevel.CRITICAL);
        assertThat(backend.name()).isEqualTo("backend");
    }
}
