package dev.spillway.sim.wire;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command's outcome: its tagged status (RFC 9051 §7.1) and the untagged responses that came
 * before it.
 *
 * @param status {@code OK}, {@code NO} or {@code BAD}, upper-case
 * @param code the response code's atom, such as {@code UNAVAILABLE}, or empty
 * @param text the human text after the status and code
 * @param untagged untagged responses in arrival order
 * @param literalBytes octets of literals across all of them (downloaded message data)
 * @param latencyNanos from the command's last byte written to its tagged status read
 */
public record TaggedResult(String status, String code, String text, List<ResponseLine> untagged,
        long literalBytes, long latencyNanos) {

    private static final Pattern STATUS = Pattern.compile(
            "(?i)(OK|NO|BAD)(?: \\[([A-Za-z0-9.-]+)[^]]*])? ?(.*)");
    private static final Pattern NUMBERED = Pattern.compile("(\\d+) ([A-Za-z]+).*");
    private static final Pattern CODE_NUMBER = Pattern.compile("(?i)OK \\[([A-Z]+) (\\d+)].*");

    public TaggedResult {
        untagged = List.copyOf(untagged);
    }

    /** Parses the text after a tag; a status the client cannot read counts as {@code BAD}. */
    public static TaggedResult of(String taggedText, List<ResponseLine> untagged,
            long literalBytes, long latencyNanos) {
        Matcher matcher = STATUS.matcher(taggedText);
        if (!matcher.matches()) {
            return new TaggedResult("BAD", "", taggedText, untagged, literalBytes, latencyNanos);
        }
        String code = matcher.group(2) == null ? "" : matcher.group(2).toUpperCase(Locale.ROOT);
        return new TaggedResult(matcher.group(1).toUpperCase(Locale.ROOT), code,
                matcher.group(3), untagged, literalBytes, latencyNanos);
    }

    public boolean ok() {
        return "OK".equals(status);
    }

    /** True for {@code NO [UNAVAILABLE]}: TN3189 "Tell Mail to Back Off" (RFC 5530 §3). */
    public boolean unavailable() {
        return "NO".equals(status) && "UNAVAILABLE".equals(code);
    }

    /** The number {@code n} of the last untagged {@code * n NAME}, e.g. EXISTS; -1 if none. */
    public long numbered(String name) {
        long found = -1;
        for (ResponseLine line : untagged) {
            Matcher matcher = NUMBERED.matcher(line.text());
            if (line.untagged() && matcher.matches() && matcher.group(2).equalsIgnoreCase(name)) {
                found = Long.parseLong(matcher.group(1));
            }
        }
        return found;
    }

    /** The number in an untagged {@code * OK [NAME n]}, e.g. UIDNEXT; -1 if none. */
    public long codeNumber(String name) {
        for (ResponseLine line : untagged) {
            Matcher matcher = CODE_NUMBER.matcher(line.text());
            if (line.untagged() && matcher.matches() && matcher.group(1).equalsIgnoreCase(name)) {
                return Long.parseLong(matcher.group(2));
            }
        }
        return -1;
    }

    /** The untagged responses whose text starts with {@code word} (case-insensitive). */
    public List<String> untaggedStarting(String word) {
        String prefix = word.toUpperCase(Locale.ROOT);
        return untagged.stream().filter(ResponseLine::untagged).map(ResponseLine::text)
                .filter(t -> t.toUpperCase(Locale.ROOT).startsWith(prefix)).toList();
    }

    /** Untagged {@code * n FETCH} responses: one per message returned. */
    public int fetchCount() {
        int count = 0;
        for (ResponseLine line : untagged) {
            Matcher matcher = NUMBERED.matcher(line.text());
            if (line.untagged() && matcher.matches()
                    && matcher.group(2).equalsIgnoreCase("FETCH")) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return status + (code.isEmpty() ? "" : " [" + code + "]") + " " + text;
    }
}
