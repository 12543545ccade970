package dev.spillway.protocol.response;

/**
 * Modified UTF-7 for mailbox names (RFC 3501 §5.1.3): printable US-ASCII stands for itself,
 * {@code &} is written {@code &-}, everything else is UTF-16 in a base64 variant with
 * {@code ,} for {@code /}, between {@code &} and {@code -}.
 *
 * <p>The decoder is strict and rejects every input the encoder would never produce: an
 * unterminated or empty shift, printable ASCII inside a shift, non-zero padding bits, a partial
 * UTF-16 unit, unpaired surrogates, two shifts in a row, and bytes outside 0x20..0x7e.
 */
public final class ModifiedUtf7 {

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,".toCharArray();
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            VALUES[ALPHABET[i]] = i;
        }
    }

    private ModifiedUtf7() {
    }

    /** Encodes a mailbox name. */
    public static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c >= 0x20 && c <= 0x7e) {
                out.append(c);
                if (c == '&') {
                    out.append('-');
                }
                i++;
                continue;
            }
            int end = i;
            while (end < name.length() && (name.charAt(end) < 0x20 || name.charAt(end) > 0x7e)) {
                end++;
            }
            out.append('&');
            encodeRun(name, i, end, out);
            out.append('-');
            i = end;
        }
        return out.toString();
    }

    private static void encodeRun(String name, int from, int to, StringBuilder out) {
        int bits = 0;
        int buffer = 0;
        for (int i = from; i < to; i++) {
            buffer = (buffer << 16) | name.charAt(i);
            bits += 16;
            while (bits >= 6) {
                bits -= 6;
                out.append(ALPHABET[(buffer >> bits) & 0x3f]);
            }
        }
        if (bits > 0) {
            out.append(ALPHABET[(buffer << (6 - bits)) & 0x3f]);
        }
    }

    /**
     * Decodes a mailbox name.
     *
     * @throws IllegalArgumentException if {@code encoded} is not valid modified UTF-7
     */
    public static String decode(String encoded) {
        StringBuilder out = new StringBuilder(encoded.length());
        boolean previousWasShift = false;
        int i = 0;
        while (i < encoded.length()) {
            char c = encoded.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("character outside printable US-ASCII");
            }
            if (c != '&') {
                out.append(c);
                previousWasShift = false;
                i++;
                continue;
            }
            int end = encoded.indexOf('-', i + 1);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated &-shift");
            }
            if (end == i + 1) {
                out.append('&');
                previousWasShift = false;
            } else {
                if (previousWasShift) {
                    throw new IllegalArgumentException("adjacent &-shifts must be one shift");
                }
                decodeRun(encoded, i + 1, end, out);
                previousWasShift = true;
            }
            i = end + 1;
        }
        return out.toString();
    }

    /** Whether {@code encoded} is valid modified UTF-7. */
    public static boolean isValid(String encoded) {
        try {
            decode(encoded);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void decodeRun(String s, int from, int to, StringBuilder out) {
        int bits = 0;
        int buffer = 0;
        int start = out.length();
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int value = c < 128 ? VALUES[c] : -1;
            if (value < 0) {
                throw new IllegalArgumentException("invalid character in &-shift: " + c);
            }
            buffer = (buffer << 6) | value;
            bits += 6;
            if (bits >= 16) {
                bits -= 16;
                char unit = (char) ((buffer >> bits) & 0xffff);
                if (unit >= 0x20 && unit <= 0x7e) {
                    throw new IllegalArgumentException("printable ASCII inside an &-shift");
                }
                out.append(unit);
            }
        }
        if (bits >= 6 || (buffer & ((1 << bits) - 1)) != 0) {
            throw new IllegalArgumentException("&-shift does not end on a UTF-16 boundary");
        }
        checkSurrogates(out, start);
    }

    private static void checkSurrogates(CharSequence chars, int from) {
        for (int i = from; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= chars.length() || !Character.isLowSurrogate(chars.charAt(i + 1))) {
                    throw new IllegalArgumentException("unpaired surrogate");
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                throw new IllegalArgumentException("unpaired surrogate");
            }
        }
    }
}
