package dev.spillway.protocol.frame;

/**
 * A literal announced at the end of a line segment: {@code {n}}, {@code {n+}}, {@code ~{n}} or
 * {@code ~{n+}}.
 *
 * @param size octets that follow the CRLF; {@link Long#MAX_VALUE} if the digits overflow
 * @param synchronizing true for {@code {n}}: the client waits for a continuation request
 *     (RFC 9051 §4.3); false for {@code {n+}} (RFC 7888)
 * @param binary true for a literal8 {@code ~{n}} (RFC 3516), which may contain NUL
 * @param offset index in the line segment where the announcement ({@code ~} or {@code {})
 *     starts
 */
public record LiteralAnnouncement(long size, boolean synchronizing, boolean binary, int offset) {

    private static final int MAX_DIGITS = 18;

    /**
     * Finds an announcement at the very end of a line segment, or returns null.
     *
     * @param line segment bytes, without CRLF
     * @param length number of valid bytes in {@code line}
     */
    public static LiteralAnnouncement find(byte[] line, int length) {
        int i = length - 1;
        if (i < 2 || line[i] != '}') {
            return null;
        }
        i--;
        boolean sync = true;
        if (line[i] == '+') {
            sync = false;
            i--;
        }
        int digitsEnd = i;
        while (i >= 0 && line[i] >= '0' && line[i] <= '9') {
            i--;
        }
        int digits = digitsEnd - i;
        if (digits == 0 || i < 0 || line[i] != '{') {
            return null;
        }
        long size = 0;
        if (digits > MAX_DIGITS) {
            size = Long.MAX_VALUE;
        } else {
            for (int d = i + 1; d <= digitsEnd; d++) {
                size = size * 10 + (line[d] - '0');
            }
        }
        boolean binary = i > 0 && line[i - 1] == '~';
        return new LiteralAnnouncement(size, sync, binary, binary ? i - 1 : i);
    }
}
