package dev.spillway.protocol.frame;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A line read in raw line mode: an AUTHENTICATE response or IDLE's {@code DONE}, without its
 * line ending.
 */
public final class RawLine {

    private final byte[] bytes;

    /** Wraps (does not copy) the given bytes. */
    public RawLine(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of the line's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The line decoded as US-ASCII; raw lines are base64 or keywords. */
    public String text() {
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /** Whether this is {@code DONE}, case-insensitively (RFC 2177 §3). */
    public boolean isDone() {
        return bytes.length == 4 && text().equalsIgnoreCase("DONE");
    }

    /** Whether this is {@code *}, the client cancelling an AUTHENTICATE (RFC 9051 §6.2.2). */
    public boolean isCancel() {
        return bytes.length == 1 && bytes[0] == '*';
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawLine that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Length only: a raw line may carry credentials. */
    @Override
    public String toString() {
        return "RawLine[" + bytes.length + " octets]";
    }
}
