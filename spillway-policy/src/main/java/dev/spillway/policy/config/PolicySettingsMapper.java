package dev.spillway.policy.config;

import dev.spillway.config.Config;
import dev.spillway.config.Settings;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedMode;
import java.util.Locale;

/** Builds {@link PolicySettings} from the {@code shed.*} settings. */
public final class PolicySettingsMapper {

    private PolicySettingsMapper() {
    }

    /**
     * The shedding settings of {@code config}. Ranges are already checked by the configuration,
     * so this only throws if the two modules disagree, which a test guards.
     */
    public static PolicySettings from(Config config) {
        return new PolicySettings(
                mode(config.get(Settings.SHED_MODE)),
                config.get(Settings.SHED_BACKGROUND_CAP),
                config.get(Settings.SHED_INDEXING_CAP),
                config.get(Settings.SHED_BACK_FILL_CAP),
                config.get(Settings.SHED_RATE),
                config.get(Settings.SHED_BURST),
                config.get(Settings.SHED_INDEXING_YIELD_FRACTION));
    }

    /** {@code shed.mode} text ({@code off}, {@code observe}, ...) as a {@link ShedMode}. */
    public static ShedMode mode(String text) {
        return ShedMode.valueOf(text.toUpperCase(Locale.ROOT));
    }
}
