package dev.spillway.config;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One declared setting. Declare new ones in {@link Settings}.
 *
 * @param <T> the value type
 * @param path the dotted key, lower-case words joined by {@code .} and {@code -}
 * @param type how values are parsed
 * @param defaultValue the default as text, parsed like any other source
 * @param unit the unit shown in listings, or empty
 * @param meaning one line saying what the setting does
 * @param secret true when the value must never be shown (tokens, passwords)
 */
public record Setting<T>(String path, SettingType<T> type, String defaultValue, String unit,
        String meaning, boolean secret) {

    private static final Pattern PATH = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Pattern SECRET_WORDS = Pattern.compile(".*(password|token|secret).*");

    public Setting {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(meaning, "meaning");
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("bad setting path: " + path);
        }
        // Anything named like a credential is masked even if its declaration forgot to say so.
        secret = secret || SECRET_WORDS.matcher(path).matches();
    }

    /** {@code SPILLWAY_} and the path upper-cased, {@code .} and {@code -} becoming {@code _}. */
    public String envName() {
        return envName(path);
    }

    /** The environment variable name for a path; see {@link #envName()}. */
    public static String envName(String path) {
        return "SPILLWAY_" + path.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
