package dev.spillway.proxy;

import dev.spillway.admin.metrics.LoginOutcome;
import dev.spillway.admin.metrics.SessionClass;
import dev.spillway.admin.metrics.SpillwayMetrics;
import dev.spillway.protocol.frame.LiteralAnnouncement;
import dev.spillway.transport.codec.CommandSegment;
import dev.spillway.transport.codec.ImapCommandDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Both directions of one logged-in (or logging-in) session: client commands to the backend,
 * backend responses to the client.
 *
 * <p>Synchronizing literals: the proxy forwards the client's {@code {n}} unchanged and lets the
 * backend's {@code +} flow back, so the backend keeps the final say over sizes (RFC 9051 §4.3,
 * RFC 7889). If the backend answers the command instead (NO, BAD), the client will not send the
 * literal, so the client-side framer is reset. AUTHENTICATE responses (RFC 9051 §6.2.2) and
 * IDLE's DONE (RFC 2177 §3) are read in the framer's raw-line mode, switched on when the
 * backend's {@code +} for them passes through.
 *
 * <p>Responses the proxy makes itself while relaying (a shed ID, COMPRESS) are held until the
 * backend's stream is between two responses, so they never split one. Backpressure: whichever
 * side cannot take more stops reading on the other side (autoRead), so at most about one
 * read's worth plus the write buffer's high water mark is pending per direction.
 *
 * <p>Metrics: each command's latency runs from its arrival at the proxy to the backend's
 * tagged response ({@link InFlightCommands}); a LOGIN or AUTHENTICATE is counted by the
 * backend's tagged answer ({@link LoginReplies}), or as an error if the backend closes the
 * connection before answering. Both are read from the response line the relay decodes anyway.
 *
 * <p>Everything runs on the client channel's event loop, which the backend channel shares.
 */
final class Relay implements BackendEvents {

    /** What the backend's next continuation request means. */
    private enum Await { NONE, LITERAL, IDLE, AUTHENTICATE }

    /** Session callbacks. */
    interface Owner {
        void authenticated();

        void backendClosed(boolean expected, boolean atBoundary);

        /** The session's class now, for command metrics. */
        SessionClass sessionClass();
    }

    private record Injection(ByteBuf bytes, Runnable after) {
    }

    private final ChannelHandlerContext client;
    private final BackendLink link;
    private final ImapCommandDecoder decoder;
    private final ProxyCounters counters;
    private final SpillwayMetrics metrics;
    private final InFlightCommands inFlight;
    private final Owner owner;
    private final Deque<Injection> injections = new ArrayDeque<>();
    private Await await = Await.NONE;
    private String awaitTag;
    private String authTag;
    private boolean authenticated;
    private boolean logout;
    private boolean byeSeen;
    private boolean closing;
    private long bytesOut;

    Relay(ChannelHandlerContext client, BackendLink link, ImapCommandDecoder decoder,
            ProxyContext context, Owner owner) {
        this.client = client;
        this.link = link;
        this.decoder = decoder;
        this.counters = context.counters();
        this.metrics = context.metrics();
        this.inFlight = new InFlightCommands(metrics, context.adaptive());
        this.owner = owner;
    }

    BackendLink link() {
        return link;
    }

    long bytesToClient() {
        return bytesOut;
    }

    /**
     * Forwards the first segment of a client command; takes ownership.
     *
     * @param startedNanos when the command arrived from the client ({@link System#nanoTime()})
     */
    void forwardCommand(CommandSegment first, CommandHead head, long startedNanos) {
        inFlight.sent(head.tag(), CommandLabels.of(head), startedNanos);
        track(first, head);
        write(link.channel(), first.content());
    }

    /** Forwards a later part of a client command (segment or literal); takes ownership. */
    void forward(ByteBufHolder part) {
        if (part instanceof CommandSegment segment) {
            track(segment, null);
        }
        write(link.channel(), part.content());
    }

    /**
     * Forwards a whole command the proxy wrote for the client (an admitted ID, with the
     * client's tag); the backend's answer is relayed and timed like any other.
     */
    void forwardRewritten(String tag, String label, ByteBuf command, long startedNanos) {
        inFlight.sent(tag, label, startedNanos);
        write(link.channel(), command);
    }

    /** Forwards a raw line (AUTHENTICATE response, IDLE's DONE); takes ownership. */
    void forwardBytes(ByteBuf bytes) {
        if (await == Await.IDLE) {
            // DONE ends IDLE; only the tagged response remains.
            await = Await.NONE;
        }
        write(link.channel(), bytes);
    }

    /**
     * Sends a response of the proxy's own to the client once the backend's stream is at a
     * response boundary; {@code after} runs right after it is written (may be null).
     */
    void inject(ByteBuf bytes, Runnable after) {
        injections.add(new Injection(bytes, after));
        if (link.handler().scanner().atResponseBoundary()) {
            flushInjections();
        }
    }

    boolean authenticated() {
        return authenticated;
    }

    /** Stops or resumes reading from the backend, for backpressure from the client side. */
    void clientWritable(boolean writable) {
        link.channel().config().setAutoRead(writable);
    }

    void close() {
        closing = true;
        Injection injection;
        while ((injection = injections.poll()) != null) {
            injection.bytes().release();
        }
        link.channel().close();
    }

    @Override
    public void segment(ByteBuf bytes, boolean responseStart, boolean complete,
            LiteralAnnouncement literal) {
        ByteBuf out = bytes;
        if (responseStart && complete) {
            out = inspect(bytes);
        }
        write(client.channel(), out);
        if (complete && literal == null) {
            flushInjections();
        }
    }

    @Override
    public void literal(ByteBuf data, boolean last) {
        write(client.channel(), data);
    }

    @Override
    public void closed(Throwable cause) {
        if (authTag != null && !closing) {
            // The backend went away while checking credentials.
            metrics.login(LoginOutcome.ERROR);
            authTag = null;
        }
        owner.backendClosed(logout || byeSeen, link.handler().scanner().atResponseBoundary());
    }

    @Override
    public void writabilityChanged(boolean writable) {
        client.channel().config().setAutoRead(writable);
    }

    private void track(CommandSegment segment, CommandHead head) {
        if (head != null) {
            switch (head.name()) {
                case "LOGIN", "AUTHENTICATE" -> authTag = head.tag();
                case "LOGOUT" -> logout = true;
                default -> { }
            }
            if (segment.last() && (head.name().equals("IDLE")
                    || head.name().equals("AUTHENTICATE"))) {
                await = head.name().equals("IDLE") ? Await.IDLE : Await.AUTHENTICATE;
                awaitTag = head.tag();
            }
        }
        LiteralAnnouncement literal = segment.literal();
        if (literal != null && literal.synchronizing()) {
            await = Await.LITERAL;
            awaitTag = segment.tag();
        }
    }

    /** Routes on a response's first segment; returns what to send the client. */
    private ByteBuf inspect(ByteBuf bytes) {
        ResponseLine line = ResponseLine.of(bytes);
        if (line.isContinuation()) {
            if (await == Await.LITERAL) {
                await = Await.NONE;
            } else if (await == Await.IDLE || await == Await.AUTHENTICATE) {
                decoder.expectRawLine();
            }
            return bytes;
        }
        String tag = line.tag();
        if (tag != null) {
            tagged(tag, line);
        } else if (line.word().equals("BYE")) {
            byeSeen = true;
        }
        if (!line.whole() || !isStatusOrCapability(line)) {
            return bytes;
        }
        String rewritten = Capabilities.rewrite(line.text(), authenticated || authTag != null);
        if (rewritten == null) {
            return bytes;
        }
        bytes.release();
        return Replies.line(client.alloc(), rewritten);
    }

    private void tagged(String tag, ResponseLine line) {
        if (tag.equals(awaitTag)) {
            if (await == Await.LITERAL) {
                // The backend refused the command instead of asking for the literal: the client
                // will not send it, so the framer must stop expecting it.
                decoder.discardBufferedInput();
            }
            await = Await.NONE;
            awaitTag = null;
        }
        inFlight.answered(tag, owner.sessionClass(), System.nanoTime());
        if (tag.equals(authTag)) {
            authTag = null;
            LoginOutcome outcome = LoginReplies.outcome(line);
            if (outcome != null) {
                metrics.login(outcome);
            }
            if (line.isOk() && !authenticated) {
                authenticated = true;
                owner.authenticated();
            }
        }
    }

    private static boolean isStatusOrCapability(ResponseLine line) {
        return switch (line.word()) {
            case "OK", "NO", "BAD", "PREAUTH", "BYE", "CAPABILITY" -> true;
            default -> false;
        };
    }

    private void flushInjections() {
        Injection injection;
        while ((injection = injections.poll()) != null) {
            client.writeAndFlush(injection.bytes());
            if (injection.after() != null) {
                injection.after().run();
            }
        }
    }

    private void write(Channel channel, ByteBuf bytes) {
        int n = bytes.readableBytes();
        boolean toClient = channel == client.channel();
        if (toClient) {
            bytesOut += n;
            counters.bytesToClients.add(n);
            client.writeAndFlush(bytes);
        } else {
            channel.writeAndFlush(bytes);
        }
        counters.notePending(channel);
        if (!channel.isWritable()) {
            Channel other = toClient ? link.channel() : client.channel();
            other.config().setAutoRead(false);
        }
    }
}
