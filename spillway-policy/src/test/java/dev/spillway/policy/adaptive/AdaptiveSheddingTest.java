package dev.spillway.policy.adaptive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.config.Config;
import dev.spillway.config.Settings;
import dev.spillway.policy.id.IdClassification;
import dev.spillway.policy.id.IdClassifier;
import dev.spillway.policy.id.IdParameters;
import dev.spillway.policy.shed.OverloadLevel;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedDecision;
import dev.spillway.policy.shed.ShedMode;
import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.policy.shed.ShedReason;
import dev.spillway.policy.shed.ShedSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdaptiveSheddingTest {

    private static final IdClassification BACK_FILL = apple("back-fill");
    private static final IdClassification INDEXING = apple("indexer");

    private final FakeNanos clock = new FakeNanos();
    private final List<ShedSession> sessions = new ArrayList<>();
    private double cpuLoad = 0.1;
    /** Cap 40, rate limit off, indexing may use the whole cap. */
    private final ShedPolicy policy =
            new ShedPolicy(new PolicySettings(ShedMode.AUTO, 40, 40, 40, 0, 1, 1.0));
    private final AdaptiveSettings settings = new AdaptiveSettings(Duration.ofMillis(250),
            Duration.ofMillis(50), 0.85, Duration.ofMillis(500), 0.2,
            SignalTuning.defaults().withWindow(1, 20), Duration.ofSeconds(1), 0.5, 4);
    private final AdaptiveShedding adaptive =
            AdaptiveShedding.attach(policy, settings, false, clock, () -> cpuLoad);

    @AfterEach
    void closeSessions() {
        sessions.forEach(ShedSession::close);
        adaptive.close();
    }

    private static IdClassification apple(String event) {
        return IdClassifier.classify(IdParameters.of("name", "com.apple.email.maild",
                "os", "iOS", "vendor", "Apple Inc", "event", event));
    }

    private ShedDecision id(IdClassification id) {
        ShedSession session = policy.openSession();
        sessions.add(session);
        return session.onId(id);
    }

    /** One second of foreground commands, all taking {@code millis}, then a tick. */
    private void second(long millis) {
        for (int i = 0; i < 50; i++) {
            adaptive.commandLatency().record(Duration.ofMillis(millis).toNanos());
        }
        clock.advance(Duration.ofSeconds(1));
        adaptive.tick();
    }

    @Test
    void slowForegroundShrinksTheBackgroundLimitAndShedsWithItsReason() {
        for (int i = 0; i < 30; i++) {
            assertThat(id(BACK_FILL).isShed()).isFalse();
        }
        second(10);
        assertThat(policy.backgroundLimit()).isEqualTo(40);

        second(300);

        assertThat(adaptive.overloaded()).isTrue();
        assertThat(adaptive.commandLatency().level()).isEqualTo(OverloadLevel.HIGH);
        assertThat(adaptive.limit().getAsInt()).isEqualTo(15);
        assertThat(policy.backgroundLimit()).isEqualTo(15);
        ShedDecision refused = id(BACK_FILL);
        assertThat(refused.isShed()).isTrue();
        assertThat(refused.reason()).isEqualTo(ShedReason.ADAPTIVE_LIMIT);
        assertThat(id(INDEXING).reason()).as("HIGH: indexing yields first")
                .isEqualTo(ShedReason.OVERLOAD);
    }

    @Test
    void limitGrowsBackWhenHealthyAndBackFillIsAdmittedAgain() {
        for (int i = 0; i < 8; i++) {
            id(BACK_FILL);
        }
        second(300);
        assertThat(adaptive.limit().getAsInt()).isEqualTo(4);
        sessions.forEach(ShedSession::close);
        for (int i = 0; i < 4; i++) {
            assertThat(id(BACK_FILL).isShed()).as("the floor keeps admitting").isFalse();
        }
        assertThat(id(BACK_FILL).reason()).isEqualTo(ShedReason.ADAPTIVE_LIMIT);

        // Held raised for 5 s (shed.adaptive.hold), then +1 per healthy second: 5 ... 10.
        for (int i = 0; i < 10; i++) {
            second(10);
        }

        assertThat(adaptive.overloaded()).isFalse();
        assertThat(adaptive.limit().getAsInt()).isEqualTo(10);
        assertThat(id(BACK_FILL).isShed()).isFalse();
    }

    @Test
    void criticalLatencyShedsEveryNewBackgroundId() {
        second(600);

        assertThat(adaptive.commandLatency().level()).isEqualTo(OverloadLevel.CRITICAL);
        assertThat(id(BACK_FILL).reason()).isEqualTo(ShedReason.OVERLOAD);
    }

    @Test
    void sustainedCpuLoadCountsAsOverload() {
        cpuLoad = 0.95;
        adaptive.tick();

        assertThat(adaptive.cpu().level()).isEqualTo(OverloadLevel.HIGH);
        assertThat(adaptive.overloaded()).isTrue();
    }

    @Test
    void closeTakesEverythingOffThePolicy() {
        second(600);
        adaptive.close();

        assertThat(policy.snapshot().overload()).isEqualTo(OverloadLevel.NONE);
        assertThat(policy.backgroundLimit()).isEqualTo(40);
        assertThat(id(BACK_FILL).isShed()).isFalse();
    }

    @Test
    void settingsComeFromTheConfiguration() {
        Config config = Config.load(null, Map.of(), Map.of(
                "shed.adaptive.latency-target", "400ms",
                "shed.adaptive.cpu-target", "0",
                "shed.adaptive.min-background", "7",
                "shed.adaptive.window", "3"));

        AdaptiveSettings read = AdaptiveSettings.from(config);

        assertThat(read.latencyTarget()).isEqualTo(Duration.ofMillis(400));
        assertThat(read.cpuTarget()).isZero();
        assertThat(read.minBackground()).isEqualTo(7);
        assertThat(read.tuning().windowIntervals()).isEqualTo(3);
        assertThat(AdaptiveSettings.defaults().queueDelayTarget())
                .isEqualTo(Config.defaults().get(Settings.SHED_ADAPTIVE_QUEUE_DELAY_TARGET));
    }
}
