package dev.spillway.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte sizes written as a whole number with an optional binary unit: {@code 512}, {@code 512B},
 * {@code 64KiB}, {@code 50MiB}, {@code 2GiB}, {@code 1TiB}. Units are case-insensitive.
 * Decimal and ambiguous units ({@code KB}, {@code M}) are rejected rather than guessed, since
 * operators mean 1000 and 1024 about equally often.
 */
public final class Sizes {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([A-Za-z]*)");
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Sizes() {
    }

    /** The number of bytes {@code text} stands for. */
    public static long parse(String text) {
        Matcher matcher = SIZE.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size such as 64KiB");
        }
        long number;
        try {
            number = Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is too large", e);
        }
        String unit = matcher.group(2);
        int power = unit.isEmpty() ? 0 : power(unit);
        if (power < 0) {
            throw new IllegalArgumentException("'" + text + "' has unknown unit '" + unit
                    + "'; use B, KiB, MiB, GiB or TiB (powers of 1024)");
        }
        try {
            return Math.multiplyExact(number, 1L << (10 * power));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is too large", e);
        }
    }

    /** The shortest exact form: {@code 65536} becomes {@code 64KiB}, {@code 1000} stays. */
    public static String format(long bytes) {
        int power = 0;
        long value = bytes;
        while (value != 0 && value % 1024 == 0 && power < UNITS.length - 1) {
            value /= 1024;
            power++;
        }
        return value + UNITS[power];
    }

    private static int power(String unit) {
        String lower = unit.toLowerCase(Locale.ROOT);
        for (int i = 0; i < UNITS.length; i++) {
            if (UNITS[i].toLowerCase(Locale.ROOT).equals(lower)) {
                return i;
            }
        }
        return -1;
    }
}
