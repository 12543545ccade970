package dev.spillway.app;

import dev.spillway.admin.log.LogSetup;
import dev.spillway.config.Config;
import dev.spillway.config.Settings;

/** Applies the logging settings once the configuration is loaded. */
final class Logs {
    private Logs() {
    }

    static void configure(Config config) {
        LogSetup.configure(config.get(Settings.LOG_FORMAT), config.get(Settings.LOG_TRACE));
    }
}
