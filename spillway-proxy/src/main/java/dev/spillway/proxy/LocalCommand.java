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
    private final ByteArrayOutputStream wire = new ByteArrayOutputStream();
    private boolean overflow;

    LocalCommand(CommandHead head) {
        this.head = head;
    }

    CommandHead head() {
        return head;
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
