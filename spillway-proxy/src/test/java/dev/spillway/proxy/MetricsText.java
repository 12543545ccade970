package dev.spillway.proxy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Prometheus text exposition format (version 0.0.4) well enough to find series by
 * name and labels: {@code name{label="value",...} number}, comments skipped. Label values in
 * Spillway's series never contain quotes or commas, so no unescaping is needed.
 */
final class MetricsText {

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples = new ArrayList<>();

    MetricsText(String exposition) {
        for (String line : exposition.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                samples.add(parse(line));
            }
        }
    }

    /**
     * The sum of every series called {@code name} that carries all the given labels.
     *
     * @param labels label names and values, alternating
     * @throws AssertionError if there is no such series
     */
    double value(String name, String... labels) {
        double sum = 0;
        boolean found = false;
        for (Sample sample : samples) {
            if (sample.name().equals(name) && matches(sample.labels(), labels)) {
                sum += sample.value();
                found = true;
            }
        }
        if (!found) {
            throw new AssertionError("no series " + name + " " + String.join(",", labels));
        }
        return sum;
    }

    /** Whether a series called {@code name} with all the given labels exists. */
    boolean has(String name, String... labels) {
        return samples.stream()
                .anyMatch(s -> s.name().equals(name) && matches(s.labels(), labels));
    }

    private static boolean matches(Map<String, String> actual, String[] wanted) {
        for (int i = 0; i + 1 < wanted.length; i += 2) {
            if (!wanted[i + 1].equals(actual.get(wanted[i]))) {
                return false;
            }
        }
        return true;
    }

    private static Sample parse(String line) {
        int brace = line.indexOf('{');
        int space = line.lastIndexOf(' ');
        Map<String, String> labels = new HashMap<>();
        String name;
        if (brace < 0) {
            name = line.substring(0, space);
        } else {
            name = line.substring(0, brace);
            String body = line.substring(brace + 1, line.lastIndexOf('}'));
            for (String pair : body.split("\",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String value = pair.substring(eq + 1).replace("\"", "");
                labels.put(pair.substring(0, eq).trim(), value);
            }
        }
        return new Sample(name, labels, number(line.substring(space + 1)));
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
