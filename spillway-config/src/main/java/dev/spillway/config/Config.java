package dev.spillway.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The effective configuration: one parsed value per declared setting, with where it came from.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Config config = Config.load(yamlOrNull, System.getenv(), flags);
 * int port = config.get(Settings.IMAP_PORT);
 * }</pre>
 */
public final class Config {

    /** Environment variables with this prefix must name a setting. */
    public static final String ENV_PREFIX = "SPILLWAY_";

    private final Map<Setting<?>, Value> values;

    /**
     * One setting's value.
     *
     * @param parsed the parsed value
     * @param raw the text it was parsed from, trimmed
     * @param source where it came from
     * @param origin the file path, variable name or flag it came from; empty for defaults
     */
    public record Value(Object parsed, String raw, Source source, String origin) {
    }

    private Config(Map<Setting<?>, Value> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Loads defaults, then {@code yamlOrNull}, then the {@code SPILLWAY_*} entries of
     * {@code env}, then {@code flagOverrides} (dotted path to text), each overriding the one
     * before.
     *
     * @throws ConfigException listing every unknown key and invalid value, each with its source
     */
    public static Config load(Path yamlOrNull, Map<String, String> env,
            Map<String, String> flagOverrides) {
        List<String> problems = new ArrayList<>();
        Map<Setting<?>, Value> values = new LinkedHashMap<>();
        for (Setting<?> setting : Settings.all()) {
            put(values, setting, setting.defaultValue(), Source.DEFAULT, "", problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid default: " + problems);
        }
        if (yamlOrNull != null) {
            Map<String, String> file = YamlFile.read(yamlOrNull, problems);
            file.forEach((key, raw) -> put(values, key, raw, Source.FILE, yamlOrNull.toString(),
                    "unknown setting " + key + " in " + yamlOrNull, problems));
        }
        env.forEach((name, raw) -> {
            if (name.startsWith(ENV_PREFIX)) {
                Setting<?> setting = byEnvName(name);
                if (setting == null) {
                    problems.add("unknown environment variable " + name);
                } else {
                    put(values, setting, raw, Source.ENV, name, problems);
                }
            }
        });
        flagOverrides.forEach((key, raw) -> put(values, key, raw, Source.FLAG, key,
                "unknown setting " + key + " on the command line", problems));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new Config(values);
    }

    /** Defaults only; for tests and the {@code config defaults} listing. */
    public static Config defaults() {
        return load(null, Map.of(), Map.of());
    }

    /** The value of {@code setting}. */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        return (T) value(setting).parsed();
    }

    /** Where the value of {@code setting} came from. */
    public Source source(Setting<?> setting) {
        return value(setting).source();
    }

    /** The value of {@code setting} with its text and origin. */
    public Value value(Setting<?> setting) {
        Value value = values.get(Objects.requireNonNull(setting, "setting"));
        if (value == null) {
            throw new IllegalArgumentException("not declared in Settings: " + setting.path());
        }
        return value;
    }

    private static void put(Map<Setting<?>, Value> values, String key, String raw,
            Source source, String origin, String unknown, List<String> problems) {
        Setting<?> setting = Settings.byPath(key).orElse(null);
        if (setting == null) {
            problems.add(unknown);
        } else {
            put(values, setting, raw, source, origin, problems);
        }
    }

    private static void put(Map<Setting<?>, Value> values, Setting<?> setting, String raw,
            Source source, String origin, List<String> problems) {
        String text = raw.trim();
        try {
            values.put(setting, new Value(setting.type().parse(text), text, source, origin));
        } catch (IllegalArgumentException e) {
            String where = source == Source.DEFAULT ? "default"
                    : source.name().toLowerCase(Locale.ROOT) + " " + origin;
            String why = setting.secret() ? "the value is not valid" : e.getMessage();
            problems.add("invalid value for " + setting.path() + " (" + where + "): " + why
                    + "; expected " + setting.type().name());
        }
    }

    private static Setting<?> byEnvName(String name) {
        for (Setting<?> setting : Settings.all()) {
            if (setting.envName().equals(name)) {
                return setting;
            }
        }
        return null;
    }
}
