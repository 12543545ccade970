package dev.spillway.proxy;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The start of one server response, decoded enough to route it: continuation request, untagged
 * or tagged, and the status word (RFC 9051 §7).
 *
 * @param text the segment as US-ASCII without its line ending; cut after {@link #MAX_TEXT}
 *     characters, which is enough for every status and CAPABILITY line in practice
 * @param whole whether {@code text} is the whole segment
 */
record ResponseLine(String text, boolean whole) {

    static final int MAX_TEXT = 8192;

    /** Decodes the first {@link #MAX_TEXT} octets of {@code segment} without consuming them. */
    static ResponseLine of(ByteBuf segment) {
        int length = segment.readableBytes();
        int end = segment.readerIndex() + length;
        while (end > segment.readerIndex()
                && (segment.getByte(end - 1) == '\n' || segment.getByte(end - 1) == '\r')) {
            end--;
        }
        int n = Math.min(end - segment.readerIndex(), MAX_TEXT);
        String text = segment.toString(segment.readerIndex(), n, StandardCharsets.US_ASCII);
        return new ResponseLine(text, n == end - segment.readerIndex());
    }

    /** {@code + ...}: a continuation request (RFC 9051 §7.5). */
    boolean isContinuation() {
        return text.startsWith("+");
    }

    /** {@code * ...}. */
    boolean isUntagged() {
        return text.startsWith("* ");
    }

    /** The tag of a tagged response, or null. */
    String tag() {
        if (isContinuation() || isUntagged()) {
            return null;
        }
        int space = text.indexOf(' ');
        return space <= 0 ? null : text.substring(0, space);
    }

    /**
     * The status word after the tag or {@code *} (OK, NO, BAD, BYE, PREAUTH, CAPABILITY, ...),
     * upper case; empty if there is none.
     */
    String word() {
        int space = text.indexOf(' ');
        if (space < 0) {
            return "";
        }
        int end = text.indexOf(' ', space + 1);
        return text.substring(space + 1, end < 0 ? text.length() : end).toUpperCase(Locale.ROOT);
    }

    /**
     * The response code's atom after the status word, upper case ({@code UNAVAILABLE} in
     * {@code a1 NO [UNAVAILABLE] ...}, RFC 9051 §7.1); empty if there is none.
     */
    String code() {
        int first = text.indexOf(' ');
        int second = first < 0 ? -1 : text.indexOf(' ', first + 1);
        if (second < 0 || second + 1 >= text.length() || text.charAt(second + 1) != '[') {
            return "";
        }
        int start = second + 2;
        int end = start;
        while (end < text.length() && text.charAt(end) != ']' && text.charAt(end) != ' ') {
            end++;
        }
        return text.substring(start, end).toUpperCase(Locale.ROOT);
    }

    /** Whether this is {@code tag OK ...} or {@code * OK ...}. */
    boolean isOk() {
        return word().equals("OK");
    }
}
