package dev.spillway.app;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that says what may differ between two runs of the same client side against
 * the same server, each on a fresh account with the same seeded state, one of them through
 * the proxy. Everything else must be identical.
 *
 * <ul>
 *   <li>The greeting: the proxy answers the connection itself, before it has a backend.
 *   <li>COMPRESS=DEFLATE in capability lists: the proxy does COMPRESS itself, on the
 *       client's side, and adds it to the backend's capabilities.
 *   <li>UIDVALIDITY values (also in APPENDUID and COPYUID): a server picks them when it
 *       creates a mailbox, Dovecot from the clock. Each distinct value becomes a label
 *       numbered in order of first appearance, so a value that must repeat still has to.
 *   <li>Date-times within a day of the run: internal dates that APPEND set to "now". Fixed
 *       dates from the transcripts and fixtures are kept.
 *   <li>Timing text, Dovecot's "(0.001 + 0.000 secs)" after a tagged response.
 * </ul>
 */
final class RunNormaliser {
    private static final Pattern UIDVALIDITY =
            Pattern.compile("((?:UIDVALIDITY|APPENDUID|COPYUID) )([0-9]+)");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{2}-[A-Z][a-z]{2}-\\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}");
    private static final DateTimeFormatter IMAP_DATE =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final Pattern TIMING = Pattern.compile(" \\([0-9.]+( \\+ [0-9.]+)* secs\\)");
    private static final String COMPRESS = "COMPRESS=DEFLATE";
    private static final Duration RECENT = Duration.ofDays(1);

    private final OffsetDateTime now = OffsetDateTime.now();
    private final Map<String, String> labels = new HashMap<>();

    /** A copy of one run's responses by connection, normalised; one normaliser per run. */
    Map<String, List<String>> normalise(Map<String, List<String>> run) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        run.forEach((connection, responses) -> {
            List<String> lines = new ArrayList<>();
            lines.add("<greeting>");
            responses.stream().skip(1).map(this::line).forEach(lines::add);
            out.put(connection, lines);
        });
        return out;
    }

    private String line(String response) {
        if (response.startsWith("* CAPABILITY ") || response.contains("[CAPABILITY ")) {
            response = response.replace(" " + COMPRESS, "");
        }
        Matcher validity = UIDVALIDITY.matcher(response);
        String text = validity.replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + labels.computeIfAbsent(m.group(2), v -> "<uidvalidity" + labels.size() + ">")));
        text = DATE_TIME.matcher(text).replaceAll(m -> recent(m.group())
                ? "<now>" : Matcher.quoteReplacement(m.group()));
        return TIMING.matcher(text).replaceAll("");
    }

    private boolean recent(String dateTime) {
        OffsetDateTime at = OffsetDateTime.parse(dateTime, IMAP_DATE);
        return Duration.between(at, now).abs().compareTo(RECENT) < 0;
    }
}
