package dev.spillway.policy.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.config.Config;
import dev.spillway.config.Settings;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedMode;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PolicySettingsMapperTest {

    @Test
    void configDefaultsAreThePolicyDefaults() {
        assertThat(PolicySettingsMapper.from(Config.defaults()))
                .isEqualTo(PolicySettings.defaults());
    }

    @Test
    void everyShedSettingReachesThePolicy() {
        Config config = Config.load(null, Map.of("SPILLWAY_SHED_RATE", "2.5"), Map.of(
                "shed.mode", "observe",
                "shed.background-cap", "10",
                "shed.indexing-cap", "3",
                "shed.back-fill-cap", "8",
                "shed.burst", "4",
                "shed.indexing-yield-fraction", "0.25"));

        assertThat(PolicySettingsMapper.from(config)).isEqualTo(
                new PolicySettings(ShedMode.OBSERVE, 10, 3, 8, 2.5, 4, 0.25));
    }

    // The configuration's ranges must never let through what PolicySettings refuses.
    @Test
    void extremesTheConfigurationAcceptsAreValidPolicySettings() {
        Config low = Config.load(null, Map.of(), Map.of("shed.background-cap", "0",
                "shed.indexing-cap", "0", "shed.back-fill-cap", "0", "shed.rate", "0",
                "shed.burst", "1", "shed.indexing-yield-fraction", "0"));
        Config high = Config.load(null, Map.of(), Map.of("shed.rate", "1000000",
                "shed.indexing-yield-fraction", "1", "shed.burst", "2147483647"));

        assertThat(PolicySettingsMapper.from(low).rate()).isZero();
        assertThat(PolicySettingsMapper.from(high).indexingYieldFraction()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @EnumSource(ShedMode.class)
    void everyModeCanBeConfigured(ShedMode mode) {
        Config config = Config.load(null, Map.of(),
                Map.of("shed.mode", mode.name().toLowerCase(Locale.ROOT)));

        assertThat(PolicySettingsMapper.from(config).mode()).isEqualTo(mode);
        assertThat(Settings.SHED_MODE.type().name()).contains(mode.name().toLowerCase(Locale.ROOT));
    }
}
