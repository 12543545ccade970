package dev.spillway.policy.shed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShedSettingsTest {

    private final MutableClock clock = new MutableClock();
    private final PolicySettings auto = PolicySettings.defaults();
    private final ShedPolicy policy = new ShedPolicy(auto, clock);

    @Test
    void overrideAppliesUntilItExpires() {
        policy.override(auto.withMode(ShedMode.ALWAYS), Duration.ofMinutes(10));

        assertThat(policy.openSession().onId(Ids.BACK_FILL).isShed()).isTrue();
        assertThat(policy.snapshot().overrideExpiresAt())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));

        clock.advance(Duration.ofMinutes(10).minusMillis(1));
        assertThat(policy.settings().mode()).isEqualTo(ShedMode.ALWAYS);

        clock.advance(Duration.ofMillis(1));
        assertThat(policy.openSession().onId(Ids.BACK_FILL).outcome())
                .isEqualTo(ShedOutcome.ADMIT);
        assertThat(policy.settings()).isEqualTo(auto);
        assertThat(policy.snapshot().overrideExpiresAt()).isNull();
    }

    @Test
    void replacingConfiguredSettingsKeepsActiveOverride() {
        policy.override(auto.withMode(ShedMode.OFF), Duration.ofMinutes(5));

        policy.replaceSettings(auto.withMode(ShedMode.OBSERVE));

        assertThat(policy.settings().mode()).isEqualTo(ShedMode.OFF);
        assertThat(policy.configuredSettings().mode()).isEqualTo(ShedMode.OBSERVE);
        clock.advance(Duration.ofMinutes(5));
        assertThat(policy.settings().mode()).isEqualTo(ShedMode.OBSERVE);
    }

    @Test
    void clearOverrideRestoresConfiguredSettingsAtOnce() {
        policy.override(auto.withMode(ShedMode.ALWAYS), Duration.ofHours(1));

        policy.clearOverride();

        assertThat(policy.settings()).isEqualTo(auto);
        assertThat(policy.snapshot().overrideExpiresAt()).isNull();
    }

    @Test
    void overrideNeedsPositiveTtl() {
        assertThatThrownBy(() -> policy.override(auto, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newSettingsStartAFreshRateBucket() {
        PolicySettings slow = new PolicySettings(ShedMode.AUTO, 100, 100, 100, 1, 1, 1.0);
        policy.replaceSettings(slow);
        policy.openSession().onId(Ids.BACK_FILL);
        assertThat(policy.openSession().onId(Ids.BACK_FILL).reason()).isEqualTo(ShedReason.RATE);

        policy.replaceSettings(slow.withRate(1, 2));

        assertThat(policy.openSession().onId(Ids.BACK_FILL).outcome())
                .isEqualTo(ShedOutcome.ADMIT);
    }

    @ParameterizedTest
    @CsvSource({
        "-1, 1,  1,  1,       1, 0.5",
        "1,  -1, 1,  1,       1, 0.5",
        "1,  1,  -1, 1,       1, 0.5",
        "1,  1,  1,  -0.5,    1, 0.5",
        "1,  1,  1,  1000001, 1, 0.5",
        "1,  1,  1,  NaN,     1, 0.5",
        "1,  1,  1,  1,       0, 0.5",
        "1,  1,  1,  1,       1, 1.5",
        "1,  1,  1,  1,       1, -0.1",
    })
    void invalidSettingsAreRejected(int cap, int indexing, int backFill, double rate, int burst,
            double fraction) {
        assertThatThrownBy(() -> new PolicySettings(
                ShedMode.AUTO, cap, indexing, backFill, rate, burst, fraction))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "200, 0.5, 100",
        "5,   0.5, 2",
        "10,  1.0, 10",
        "10,  0.0, 0",
    })
    void indexingYieldLimitRoundsDown(int cap, double fraction, int limit) {
        PolicySettings settings = auto.withCaps(cap, cap, cap).withIndexingYieldFraction(fraction);

        assertThat(settings.indexingYieldLimit()).isEqualTo(limit);
    }
}
