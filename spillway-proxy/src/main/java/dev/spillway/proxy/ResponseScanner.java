package dev.spillway.proxy;

import dev.spillway.protocol.frame.LiteralAnnouncement;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Splits a server's response stream into line segments and literal data (RFC 9051 §2.2.2,
 * §4.3), so the proxy knows where each response starts without holding more than one line.
 *
 * <p>A segment ends at LF; if it ends with a literal announcement ({@code {n}} or
 * {@code ~{n}}, RFC 3516) the next n octets are literal data and the response continues with
 * another segment after them. Literal data is handed on as slices of the input, so a large
 * FETCH passes through without being copied or accumulated. A segment longer than
 * {@link #MAX_LINE} is handed on in parts marked incomplete; only its last
 * {@value #TAIL} octets are kept to detect a literal at its end.
 *
 * <p>Not thread-safe: one scanner per backend connection, used on its event loop.
 */
final class ResponseScanner {

    /** Longest segment held whole, in octets. */
    static final int MAX_LINE = 64 * 1024;
    private static final int TAIL = 32;

    /** Receives the stream in order; every ByteBuf passed in is owned by the receiver. */
    interface Listener {

        /**
         * A line segment or part of one, line ending included when {@code complete}.
         *
         * @param responseStart true for the first segment of a response
         * @param complete false for a part of an over-long segment (more follows)
         * @param literal the literal announced at the end of a complete segment, or null
         */
        void segment(ByteBuf bytes, boolean responseStart, boolean complete,
                LiteralAnnouncement literal);

        /** Literal data; {@code last} when the literal is complete. */
        void literal(ByteBuf data, boolean last);
    }

    private final ByteBufAllocator alloc;
    private Listener listener;
    private ByteBuf line;
    private boolean responseStart = true;
    private boolean partSent;
    private long literalRemaining;

    ResponseScanner(ByteBufAllocator alloc, Listener listener) {
        this.alloc = alloc;
        this.listener = listener;
    }

    /** Sends further events to another listener, e.g. once the backend set-up is done. */
    void listener(Listener next) {
        this.listener = next;
    }

    /** Whether the next octet starts a new response: where the proxy may inject its own. */
    boolean atResponseBoundary() {
        return responseStart && literalRemaining == 0 && (line == null || !line.isReadable())
                && !partSent;
    }

    /** Consumes all of {@code in}; does not release it. */
    void feed(ByteBuf in) {
        while (in.isReadable()) {
            if (literalRemaining > 0) {
                int n = (int) Math.min(literalRemaining, in.readableBytes());
                literalRemaining -= n;
                listener.literal(in.readRetainedSlice(n), literalRemaining == 0);
                continue;
            }
            int lf = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
            int end = lf < 0 ? in.writerIndex() : lf + 1;
            int held = line == null ? 0 : line.readableBytes();
            int room = MAX_LINE + TAIL - held;
            if (end - in.readerIndex() > room) {
                end = in.readerIndex() + room;
                lf = -1;
            }
            if (line == null) {
                line = alloc.buffer(Math.max(128, end - in.readerIndex()), MAX_LINE + TAIL);
            }
            line.writeBytes(in, end - in.readerIndex());
            if (lf >= 0) {
                endOfSegment();
            } else if (line.readableBytes() >= MAX_LINE + TAIL) {
                sendPart();
            }
        }
    }

    /** Releases the partial segment held, if any. */
    void release() {
        if (line != null) {
            line.release();
            line = null;
        }
    }

    private void sendPart() {
        ByteBuf part = line.readRetainedSlice(line.readableBytes() - TAIL);
        ByteBuf rest = alloc.buffer(MAX_LINE + TAIL);
        rest.writeBytes(line);
        line.release();
        line = rest;
        boolean start = responseStart && !partSent;
        partSent = true;
        listener.segment(part, start, false, null);
    }

    private void endOfSegment() {
        ByteBuf segment = line;
        line = null;
        LiteralAnnouncement literal = findLiteral(segment);
        boolean start = responseStart && !partSent;
        partSent = false;
        responseStart = literal == null;
        literalRemaining = literal == null ? 0 : literal.size();
        listener.segment(segment, start, true, literal);
    }

    /** The literal announced just before the line ending, if any. */
    private static LiteralAnnouncement findLiteral(ByteBuf segment) {
        int end = segment.writerIndex() - 1;
        if (end > segment.readerIndex() && segment.getByte(end - 1) == '\r') {
            end--;
        }
        int start = Math.max(segment.readerIndex(), end - TAIL);
        byte[] tail = new byte[end - start];
        segment.getBytes(start, tail);
        LiteralAnnouncement found = LiteralAnnouncement.find(tail, tail.length);
        // Servers send {n} or ~{n} only; {n+} is client syntax (RFC 7888), so ignore it here.
        return found == null || !found.synchronizing() ? null : found;
    }
}
