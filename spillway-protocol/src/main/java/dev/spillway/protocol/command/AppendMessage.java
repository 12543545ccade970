package dev.spillway.protocol.command;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One message of an APPEND (RFC 9051 §6.3.12, RFC 3502).
 *
 * @param flags flags to set, possibly empty
 * @param internalDate the date-time argument, or null
 * @param message the message octets; this record owns the array, do not modify it
 * @param binary true if sent as literal8 {@code ~{n}} (RFC 3516 §4.4)
 */
public record AppendMessage(List<String> flags, OffsetDateTime internalDate, byte[] message,
        boolean binary) {

    /** Copies the flag list. */
    public AppendMessage {
        flags = List.copyOf(flags);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppendMessage that && flags.equals(that.flags)
                && java.util.Objects.equals(internalDate, that.internalDate)
                && Arrays.equals(message, that.message) && binary == that.binary;
    }

    @Override
    public int hashCode() {
        return flags.hashCode() * 31 + Arrays.hashCode(message);
    }

    /** Size only, never the content. */
    @Override
    public String toString() {
        return "AppendMessage[flags=" + flags + ", internalDate=" + internalDate + ", "
                + message.length + " octets" + (binary ? ", binary" : "") + "]";
    }
}
