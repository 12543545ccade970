package dev.spillway.app;

import dev.spillway.config.Config;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that read the configuration. Each flag overrides one setting;
 * precedence is default, then the YAML file, then {@code SPILLWAY_*} variables, then flags.
 */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file.")
    Path file;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (setting data.dir, default ./data).")
    String data;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override any setting, e.g. --set limits.literal=20MiB (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    /** Options naming a data directory and settings, for a command that opens a store. */
    static ConfigOptions of(Path data, Map<String, String> settings) {
        ConfigOptions options = new ConfigOptions();
        options.data = data.toString();
        options.settings.putAll(settings);
        return options;
    }

    /** Loads the configuration with {@code extra} flag values (null values are skipped). */
    Config load(Map<String, String> extra) {
        Map<String, String> flags = new LinkedHashMap<>(settings);
        if (data != null) {
            flags.put("data.dir", data);
        }
        extra.forEach((key, value) -> {
            if (value != null) {
                flags.put(key, value);
            }
        });
        return Config.load(file, System.getenv(), flags);
    }
}
