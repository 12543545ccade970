package dev.spillway.admin.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format 0.0.4, stricter than the scraper:
 * every line must be a HELP, a TYPE or a sample; names, label names and escapes must be legal;
 * a family's TYPE comes once, before its samples, which are contiguous; no series twice;
 * histogram buckets are cumulative and end in {@code +Inf} equal to {@code _count}.
 */
final class ExpositionFormat {

    /** One sample line. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
    private static final Pattern TYPE = Pattern.compile(
            "# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern SAMPLE = Pattern.compile(
            "(" + NAME + ")(?:\\{(.*)\\})? (\\S+)(?: (-?\\d+))?");
    private static final Pattern LABEL = Pattern.compile(
            "([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");
    private static final Pattern VALUE = Pattern.compile(
            "[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|NaN|[+-]Inf");

    private ExpositionFormat() {
    }

    /** Every sample, or an AssertionError naming the first broken line. */
    static List<Sample> parse(String text) {
        List<Sample> samples = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        Set<String> finished = new HashSet<>();
        Set<String> series = new HashSet<>();
        String family = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = "line " + (i + 1) + ": " + line;
            if (line.isEmpty()) {
                check(i == lines.length - 1, "empty line inside the body", where);
                continue;
            }
            Matcher help = HELP.matcher(line);
            Matcher type = TYPE.matcher(line);
            if (help.matches()) {
                continue;
            }
            if (type.matches()) {
                String name = type.group(1);
                check(!types.containsKey(name), "second TYPE for " + name, where);
                types.put(name, type.group(2));
                if (family != null) {
                    finished.add(family);
                }
                family = name;
                continue;
            }
            check(!line.startsWith("#"), "comment that is neither HELP nor TYPE", where);
            Matcher sample = SAMPLE.matcher(line);
            check(sample.matches(), "not a sample line", where);
            String name = sample.group(1);
            String owner = familyOf(name, types);
            check(owner != null, "sample before the TYPE of its family", where);
            check(owner.equals(family) && !finished.contains(owner),
                    "samples of " + owner + " are not contiguous", where);
            Map<String, String> labels = labels(sample.group(2), where);
            check(VALUE.matcher(sample.group(3)).matches(), "bad value", where);
            check(series.add(name + new TreeMap<>(labels)), "series appears twice", where);
            samples.add(new Sample(name, labels, value(sample.group(3))));
        }
        checkHistograms(samples, types);
        return samples;
    }

    /** The family a sample belongs to: its own name, or without a histogram/summary suffix. */
    private static String familyOf(String name, Map<String, String> types) {
        if (types.containsKey(name)) {
            return name;
        }
        for (String suffix : List.of("_bucket", "_sum", "_count")) {
            if (name.endsWith(suffix)) {
                String base = name.substring(0, name.length() - suffix.length());
                String type = types.get(base);
                boolean summaryPart = "summary".equals(type) && !suffix.equals("_bucket");
                if ("histogram".equals(type) || summaryPart) {
                    return base;
                }
            }
        }
        return null;
    }

    private static Map<String, String> labels(String text, String where) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return labels;
        }
        Matcher label = LABEL.matcher(text);
        int at = 0;
        while (at < text.length()) {
            check(label.find(at) && label.start() == at, "bad label list", where);
            check(labels.put(label.group(1), label.group(2)) == null, "label twice", where);
            at = label.end();
        }
        return labels;
    }

    /** Buckets cumulative, {@code +Inf} present and equal to {@code _count}, per series. */
    private static void checkHistograms(List<Sample> samples, Map<String, String> types) {
        Map<String, List<Sample>> buckets = new LinkedHashMap<>();
        Map<String, Double> counts = new HashMap<>();
        for (Sample sample : samples) {
            String name = sample.name();
            if (name.endsWith("_bucket")) {
                Map<String, String> rest = new TreeMap<>(sample.labels());
                check(rest.remove("le") != null, "bucket without le", name);
                buckets.computeIfAbsent(name.substring(0, name.length() - 7) + rest,
                        k -> new ArrayList<>()).add(sample);
            } else if (name.endsWith("_count") && "histogram".equals(
                    types.get(name.substring(0, name.length() - 6)))) {
                counts.put(name.substring(0, name.length() - 6)
                        + new TreeMap<>(sample.labels()), sample.value());
            }
        }
        buckets.forEach((key, list) -> {
            double last = 0;
            double bound = Double.NEGATIVE_INFINITY;
            for (Sample bucket : list) {
                double le = value(bucket.labels().get("le"));
                check(le > bound, "bucket bounds not increasing", key);
                check(bucket.value() >= last, "buckets not cumulative", key);
                bound = le;
                last = bucket.value();
            }
            check(bound == Double.POSITIVE_INFINITY, "no +Inf bucket", key);
            check(counts.containsKey(key) && counts.get(key) == last,
                    "+Inf bucket differs from _count", key);
        });
    }

    private static double value(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private static void check(boolean ok, String problem, String where) {
        if (!ok) {
            throw new AssertionError("not Prometheus text format 0.0.4: " + problem + " ("
                    + where + ")");
        }
    }
}
