package dev.spillway.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The value types settings are declared with. Parsers get trimmed text. */
public final class SettingTypes {

    /** true or false, case-insensitive. */
    public static final SettingType<Boolean> BOOL = new SettingType<>("bool", SettingTypes::bool);
    /** Any text, the empty string included. */
    public static final SettingType<String> STRING = new SettingType<>("string", s -> s);
    /** A TCP port; 0 turns the listener off. */
    public static final SettingType<Integer> PORT = intRange(0, 65535);
    /** A duration, see {@link Durations}. */
    public static final SettingType<Duration> DURATION =
            new SettingType<>("duration", Durations::parse);
    /** A file or directory; must not be empty. */
    public static final SettingType<Path> PATH = new SettingType<>("path", SettingTypes::path);
    /** A file or directory, or empty for none. */
    public static final SettingType<Optional<Path>> OPTIONAL_PATH = new SettingType<>(
            "path or empty", s -> s.isEmpty() ? Optional.empty() : Optional.of(path(s)));
    /** Comma-separated {@code host:port}, IPv6 in brackets; empty for none. */
    public static final SettingType<List<HostPort>> HOST_PORT_LIST =
            new SettingType<>("host:port list", SettingTypes::hostPorts);

    private SettingTypes() {
    }

    /** A whole number from {@code min} to {@code max}. */
    public static SettingType<Integer> intRange(int min, int max) {
        return new SettingType<>("int", s -> {
            long value = wholeNumber(s);
            if (value < min || value > max) {
                throw new IllegalArgumentException(s + " is out of range " + min + " to " + max);
            }
            return (int) value;
        });
    }

    /** A number, fractions allowed, from {@code min} to {@code max}. */
    public static SettingType<Double> decimalRange(double min, double max) {
        return new SettingType<>("decimal", s -> {
            double value;
            try {
                value = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + s + "' is not a number", e);
            }
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(s + " is out of range " + min + " to " + max);
            }
            return value;
        });
    }

    /** A size in bytes (see {@link Sizes}) from {@code min} to {@code max}. */
    public static SettingType<Long> sizeRange(long min, long max) {
        return new SettingType<>("size", s -> {
            long bytes = Sizes.parse(s);
            if (bytes < min || bytes > max) {
                throw new IllegalArgumentException(s + " is out of range " + Sizes.format(min)
                        + " to " + Sizes.format(max));
            }
            return bytes;
        });
    }

    /** One of the constants of {@code type}, written lower-case with {@code -} for {@code _}. */
    public static <E extends Enum<E>> SettingType<E> oneOf(Class<E> type) {
        E[] constants = type.getEnumConstants();
        String names = Arrays.stream(constants).map(SettingTypes::enumName)
                .collect(Collectors.joining("|"));
        return new SettingType<>(names, s -> {
            for (E constant : constants) {
                if (enumName(constant).equals(s.toLowerCase(Locale.ROOT))) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("'" + s + "' is not one of " + names);
        });
    }

    /** One of {@code choices}, case-insensitive, yielded lower-case. */
    public static SettingType<String> choice(String... choices) {
        String names = String.join("|", choices);
        return new SettingType<>(names, s -> {
            String lower = s.toLowerCase(Locale.ROOT);
            if (Arrays.asList(choices).contains(lower)) {
                return lower;
            }
            throw new IllegalArgumentException("'" + s + "' is not one of " + names);
        });
    }

    static String enumName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static long wholeNumber(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a whole number", e);
        }
    }

    private static boolean bool(String s) {
        if (s.equalsIgnoreCase("true")) {
            return true;
        }
        if (s.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("'" + s + "' is not true or false");
    }

    private static Path path(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("a path is required");
        }
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + s + "' is not a valid path", e);
        }
    }

    private static List<HostPort> hostPorts(String s) {
        List<HostPort> result = new ArrayList<>();
        for (String part : s.split(",", -1)) {
            String item = part.trim();
            if (!item.isEmpty()) {
                result.add(hostPort(item));
            }
        }
        return List.copyOf(result);
    }

    private static HostPort hostPort(String item) {
        int colon = item.lastIndexOf(':');
        String host = colon < 0 ? "" : item.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') >= 0 || host.indexOf('[') >= 0 || host.indexOf(']') >= 0) {
            host = "";
        }
        if (colon < 0 || host.isEmpty() || host.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("'" + item
                    + "' is not host:port (write IPv6 addresses as [::1]:993)");
        }
        long port;
        try {
            port = Long.parseLong(item.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + item + "' has no valid port", e);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("'" + item + "' has port out of range 1 to 65535");
        }
        return new HostPort(host, (int) port);
    }
}
