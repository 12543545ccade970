package dev.spillway.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations written as a whole number and one unit: {@code 500ms}, {@code 10s}, {@code 30m},
 * {@code 2h}, {@code 1d}; {@code 0} alone is allowed. A bare number other than 0 is rejected,
 * since seconds and milliseconds are both common guesses.
 */
public final class Durations {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

    private Durations() {
    }

    /** The duration {@code text} stands for. */
    public static Duration parse(String text) {
        Matcher matcher = DURATION.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a duration such as 500ms, 10s, 30m, 2h or 1d");
        }
        long number;
        try {
            number = Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is too large", e);
        }
        String unit = matcher.group(2);
        if (unit == null) {
            if (number == 0) {
                return Duration.ZERO;
            }
            throw new IllegalArgumentException(
                    "'" + text + "' needs a unit: ms, s, m, h or d (e.g. " + number + "s)");
        }
        try {
            return switch (unit) {
                case "ms" -> Duration.ofMillis(number);
                case "s" -> Duration.ofSeconds(number);
                case "m" -> Duration.ofMinutes(number);
                case "h" -> Duration.ofHours(number);
                default -> Duration.ofDays(number);
            };
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is too large", e);
        }
    }
}
