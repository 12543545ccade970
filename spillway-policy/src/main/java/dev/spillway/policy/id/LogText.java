package dev.spillway.policy.id;

/**
 * Makes client-supplied strings safe for logs and response text: printable ASCII only, bounded
 * length. A client can put anything into an {@code ID} string, CR, LF and ANSI escapes included.
 */
public final class LogText {

    private static final String ELLIPSIS = "...";

    private LogText() {
    }

    /**
     * Replaces every code point outside printable ASCII (0x20 to 0x7E) with {@code ?} and cuts
     * the result to {@code maxChars}, ending it with {@code ...} when cut.
     *
     * @param text the client string, or {@code null} (yields the empty string)
     * @param maxChars the longest result, at least 4
     */
    public static String sanitize(String text, int maxChars) {
        if (maxChars < ELLIPSIS.length() + 1) {
            throw new IllegalArgumentException("maxChars too small: " + maxChars);
        }
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars));
        int i = 0;
        while (i < text.length()) {
            if (out.length() == maxChars) {
                out.setLength(maxChars - ELLIPSIS.length());
                return out.append(ELLIPSIS).toString();
            }
            int cp = text.codePointAt(i);
            out.append(cp >= 0x20 && cp <= 0x7e ? (char) cp : '?');
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The number of octets {@code text} takes in UTF-8 (unpaired surrogates count as 3). */
    public static int utf8Length(String text) {
        int octets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                octets += 1;
            } else if (c < 0x800) {
                octets += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                octets += 4;
                i++;
            } else {
                octets += 3;
            }
        }
        return octets;
    }

    /**
     * Compares two strings folding only ASCII letters. {@link String#equalsIgnoreCase} would
     * also fold e.g. U+0130 or the Kelvin sign onto ASCII letters, letting {@code "\u0130ndexer"}
     * pass for {@code indexer}; protocol keywords are ASCII (RFC 9051 §9 is case-insensitive
     * only in the ASCII sense).
     */
    public static boolean asciiEqualsIgnoreCase(String a, int from, int to, String b) {
        if (to - from != b.length()) {
            return false;
        }
        for (int i = 0; i < b.length(); i++) {
            if (asciiLower(a.charAt(from + i)) != asciiLower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #asciiEqualsIgnoreCase(String, int, int, String)} on whole strings. */
    public static boolean asciiEqualsIgnoreCase(String a, String b) {
        return asciiEqualsIgnoreCase(a, 0, a.length(), b);
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
