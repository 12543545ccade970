package dev.spillway.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.spillway.config.Config;
import dev.spillway.config.Settings;
import org.slf4j.LoggerFactory;

/** Applies the logging settings once the configuration is loaded. */
final class Logs {
    private Logs() {
    }

    static void configure(Config config) {
        if (config.get(Settings.LOG_TRACE)) {
            ((Logger) LoggerFactory.getLogger("dev.spillway")).setLevel(Level.TRACE);
        }
    }
}
