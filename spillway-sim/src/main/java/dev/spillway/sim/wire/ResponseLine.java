package dev.spillway.sim.wire;

/**
 * One server response as read off the wire (RFC 9051 §7), literals included.
 *
 * @param tag {@code *} for untagged, {@code +} for a continuation request, else the tag
 * @param text everything after the tag and its space; small literals (up to
 *     {@link ResponseReader#INLINE_LITERAL} bytes) are inlined in place of their {@code {n}}
 *     marker as ISO-8859-1 text, larger ones are counted and left as {@code {n}}
 * @param literalBytes octets of all literals in the response, inlined or not
 */
public record ResponseLine(String tag, String text, long literalBytes) {

    public boolean untagged() {
        return "*".equals(tag);
    }

    public boolean continuation() {
        return "+".equals(tag);
    }
}
