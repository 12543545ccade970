package dev.spillway.protocol.frame;

import java.nio.charset.StandardCharsets;

/** Looks at the start of a command line: its tag, and whether it is HTTP rather than IMAP. */
final class LineInspection {

    private static final String[] HTTP_METHODS = {
        "GET ", "POST ", "HEAD ", "PUT ", "DELETE ", "OPTIONS ", "CONNECT ", "PATCH ", "TRACE "
    };

    private LineInspection() {
    }

    /**
     * The tag at the start of {@code line}, or null if there is no valid one. With
     * {@code wholeLine} a line without a space is all tag; otherwise the tag must be followed
     * by a space (the rest of the line has not been seen).
     */
    static String tag(byte[] line, int length, boolean wholeLine) {
        int end = 0;
        while (end < length && line[end] != ' ') {
            if (!isTagChar(line[end])) {
                return null;
            }
            end++;
        }
        if (end == 0 || (end == length && !wholeLine)) {
            return null;
        }
        return new String(line, 0, end, StandardCharsets.US_ASCII);
    }

    /** tag = 1*&lt;any ASTRING-CHAR except "+"&gt; (RFC 9051 §9). */
    static boolean isTagChar(byte b) {
        if (b <= 0x20 || b >= 0x7f) {
            return false;
        }
        return switch (b) {
            case '(', ')', '{', '%', '*', '"', '\\', '+' -> false;
            default -> true;
        };
    }

    /**
     * Whether the line is an HTTP request line ({@code METHOD SP target SP HTTP/x}): a browser
     * or scanner on the IMAP port, possibly a cross-protocol attack that smuggles IMAP commands
     * in a request body.
     */
    static boolean looksLikeHttp(byte[] line, int length) {
        for (String method : HTTP_METHODS) {
            if (startsWith(line, length, method)) {
                return contains(line, length, " HTTP/");
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] line, int length, String prefix) {
        if (length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] line, int length, String text) {
        outer:
        for (int i = 0; i + text.length() <= length; i++) {
            for (int j = 0; j < text.length(); j++) {
                if (line[i + j] != text.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
