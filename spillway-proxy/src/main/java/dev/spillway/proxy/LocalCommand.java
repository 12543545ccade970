package dev.spillway.proxy;

import io.netty.buffer.ByteBuf;
import java.io.ByteArrayOutputStream;

/**
 * A command the proxy answers itself (CAPABILITY, NOOP, LOGOUT, STARTTLS, ID, COMPRESS),
 * collected whole before it is parsed. Such commands are small; past {@link #MAX_SIZE} the rest
 * is dropped and the command is answered BAD.
 */
final class LocalCommand {

    /** ID with 30 maximal pairs (RFC 2971 §3.3) fits easily. */
    static final int MAX_SIZE = 64 * 1024;

    private final CommandHead head;
    private final long startedNanos;
    private final ByteArrayOutputStream wire = new ByteArrayOutputStream();
    private boolean overflow;

    /** @param startedNanos when the command's first segment arrived */
    LocalCommand(CommandHead head, long startedNanos) {
        this.head = head;
        this.startedNanos = startedNanos;
    }

    CommandHead head() {
        return head;
    }

    long startedNanos() {
        return startedNanos;
    }

    /** Appends a segment's or literal chunk's bytes; does not release {@code part}. */
    void add(ByteBuf part) {
        int n = part.readableBytes();
        if (overflow || wire.size() + n > MAX_SIZE) {
            overflow = true;
            return;
        }
        byte[] bytes = new byte[n];
        part.getBytes(part.readerIndex(), bytes);
        wire.write(bytes, 0, n);
    }

    boolean overflow() {
        return overflow;
    }

    /** The command as sent, CRLF included. */
    byte[] wire() {
        return wire.toByteArray();
    }
}
