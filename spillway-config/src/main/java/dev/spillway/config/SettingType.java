package dev.spillway.config;

import java.util.Objects;
import java.util.function.Function;

/**
 * How a setting's text becomes a value.
 *
 * @param <T> the parsed value type
 * @param name what the listing shows, e.g. {@code int}, {@code size} or {@code never|always}
 * @param parser turns trimmed text into a value; throws {@link IllegalArgumentException} with
 *     a message that says what is wrong (the caller adds the key and the source)
 */
public record SettingType<T>(String name, Function<String, T> parser) {

    public SettingType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parser, "parser");
    }

    /** Parses {@code raw}, or throws {@link IllegalArgumentException} saying why not. */
    public T parse(String raw) {
        return parser.apply(raw);
    }
}
