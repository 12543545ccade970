package dev.spillway.proxy;

import dev.spillway.admin.metrics.SessionClass;
import dev.spillway.config.PlaintextAuth;
import dev.spillway.policy.shed.ShedSession;
import dev.spillway.protocol.frame.FrameError;
import dev.spillway.protocol.frame.LiteralAnnouncement;
import dev.spillway.protocol.frame.RawLine;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.protocol.response.Status;
import dev.spillway.transport.codec.CommandSegment;
import dev.spillway.transport.codec.ImapCommandDecoder;
import dev.spillway.transport.codec.LiteralChunk;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection: answers on its own until a command needs the backend, then opens the
 * backend connection and hands over to a {@link Relay}.
 *
 * <p>Before the backend is involved the proxy answers CAPABILITY, NOOP, LOGOUT, STARTTLS, ID
 * and refuses COMPRESS (RFC 4978 §3 allows it only after login). Any other command opens the
 * backend: the client's input is paused, parts of the command that already arrived are held,
 * and once the backend is ready they are replayed through the relay. While relaying, ID and
 * COMPRESS are still the proxy's: every ID is judged afresh (TN3189: Mail may turn an open
 * connection into a background one), a shed ID never reaches the backend, and a connection
 * whose last ID was shed never opens one.
 *
 * <p>Runs on the client channel's event loop only.
 */
final class ClientSession extends ChannelInboundHandlerAdapter implements Relay.Owner {

    private static final Logger LOG = LoggerFactory.getLogger(ClientSession.class);
    private static final Set<String> LOCAL_BEFORE_LOGIN =
            Set.of("CAPABILITY", "NOOP", "LOGOUT", "STARTTLS", "ID", "COMPRESS");
    private static final Set<String> LOCAL_WHILE_RELAYING = Set.of("STARTTLS", "ID", "COMPRESS");

    private enum Phase { LOCAL, CONNECTING, RELAY, CLOSED }

    private final ProxyContext context;
    private final ImapCommandDecoder decoder;
    private final BackendDialer dialer;
    private final LocalCommands commands;
    private ChannelHandlerContext ctx;
    private ShedSession shed;
    private Phase phase = Phase.LOCAL;
    private boolean tls;
    private LocalCommand local;
    private boolean skipping;
    private boolean commandForwarded;
    private boolean syncLiteralPending;
    private List<Object> held;
    private CommandSegment trigger;
    private CommandHead triggerHead;
    private long triggerStarted;
    private Relay relay;
    private ScheduledFuture<?> preAuthTimer;
    private long started;
    private long bytesIn;
    private String endReason = "client closed";

    ClientSession(ProxyContext context, ImapCommandDecoder decoder, boolean implicitTls) {
        this.context = context;
        this.decoder = decoder;
        this.dialer = new BackendDialer(context);
        this.tls = implicitTls;
        this.commands = new LocalCommands(this, context);
    }

    // ---- state the local commands read and change

    ChannelHandlerContext ctx() {
        return ctx;
    }

    ImapCommandDecoder decoder() {
        return decoder;
    }

    ShedSession shed() {
        return shed;
    }

    Relay relay() {
        return relay;
    }

    boolean tls() {
        return tls;
    }

    void tlsStarted() {
        tls = true;
    }

    /** The client's IP address without port, for the recent shed decisions. */
    String clientIp() {
        return clientAddress().getAddress().getHostAddress();
    }

    boolean authenticatedSession() {
        return relay != null && relay.authenticated();
    }

    /** LOGIN and AUTHENTICATE are allowed on this connection (auth.allow-plaintext). */
    boolean plaintextAllowed() {
        PlaintextAuth rule = context.settings().plaintextAuth();
        if (tls || rule == PlaintextAuth.ALWAYS) {
            return true;
        }
        return rule == PlaintextAuth.LOOPBACK && clientAddress().getAddress().isLoopbackAddress();
    }

    /** The capability list this connection would show now. */
    String capabilities() {
        return context.capabilities().get().forClient(!tls && context.serverTls() != null,
                !plaintextAllowed(), authenticatedSession());
    }

    /** Writes a response of the proxy's own, waiting for a response boundary when relaying. */
    void respond(ByteBuf bytes, Runnable after) {
        if (relay != null) {
            relay.inject(bytes, after);
            return;
        }
        ctx.writeAndFlush(bytes);
        if (after != null) {
            after.run();
        }
    }

    void respond(String tag, Status status, ResponseCode code, String text) {
        respond(Replies.status(ctx.alloc(), tag, status, code, text), null);
    }

    /** Ends the connection with {@code * BYE text} (RFC 9051 §7.1.5). */
    void bye(String text, String reason) {
        endReason = reason;
        respond(Replies.status(ctx.alloc(), null, Status.BYE, null, text), this::closeGracefully);
    }

    /** Stops acting on client input and closes once the last lines are out. */
    private void closeGracefully() {
        phase = Phase.CLOSED;
        GracefulClose.close(ctx.channel());
    }

    // ---- Netty events

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        started = System.nanoTime();
        shed = context.policy().openSession();
        context.counters().sessionsOpen.increment();
        context.metrics().connectionOpened();
        String greeting = "[CAPABILITY " + capabilities() + "] Spillway IMAP proxy ready";
        ctx.writeAndFlush(Replies.line(ctx.alloc(), "* OK " + greeting));
        long preAuth = context.settings().preAuthTimeout().toMillis();
        if (preAuth > 0) {
            preAuthTimer = ctx.executor().schedule(() -> {
                if (!authenticatedSession()) {
                    bye("Authentication timed out", "pre-auth timeout");
                }
            }, preAuth, TimeUnit.MILLISECONDS);
        }
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (phase == Phase.CLOSED) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (phase == Phase.CONNECTING) {
            held.add(msg);
            return;
        }
        dispatch(msg);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (relay != null) {
            relay.clientWritable(ctx.channel().isWritable());
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            bye("Idle for too long", "idle timeout");
            return;
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // TLS handshake failures, resets and bad compressed data come from the client side:
        // logged briefly, never as server errors.
        LOG.debug("client {} connection error: {}", clientAddress(), cause.toString());
        endReason = "error: " + cause.getClass().getSimpleName();
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        phase = Phase.CLOSED;
        if (preAuthTimer != null) {
            preAuthTimer.cancel(false);
        }
        releaseHeld();
        if (relay != null) {
            relay.close();
            context.counters().backendOpen.decrement();
        }
        if (shed != null) {
            shed.close();
            context.counters().sessionEnded(commands.sessionClass());
            context.metrics().connectionClosed(commands.sessionClass());
            logEnd();
        }
        ctx.fireChannelInactive();
    }

    // ---- relay callbacks

    @Override
    public SessionClass sessionClass() {
        return commands.sessionClass();
    }

    @Override
    public void authenticated() {
        decoder.setMaxLiteralSize(context.settings().literalAfterAuth());
        if (preAuthTimer != null) {
            preAuthTimer.cancel(false);
        }
    }

    @Override
    public void backendClosed(boolean expected, boolean atBoundary) {
        if (phase == Phase.CLOSED) {
            return;
        }
        if (expected || !atBoundary) {
            endReason = expected ? "logout" : "backend closed mid-response";
            closeGracefully();
            return;
        }
        LOG.info("backend {} closed the connection of {}", relay.link().backend(),
                clientAddress());
        bye("Connection to the mail server lost", "backend closed");
    }

    // ---- client commands

    private void dispatch(Object msg) {
        if (msg instanceof CommandSegment segment) {
            onSegment(segment);
        } else if (msg instanceof LiteralChunk chunk) {
            countIn(chunk.content().readableBytes());
            syncLiteralPending = false;
            continueCommand(chunk);
        } else if (msg instanceof RawLine line) {
            onRawLine(line);
        } else if (msg instanceof FrameError error) {
            onFrameError(error);
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    private void onSegment(CommandSegment segment) {
        countIn(segment.content().readableBytes());
        LiteralAnnouncement literal = segment.literal();
        syncLiteralPending = literal != null && literal.synchronizing();
        if (!segment.first()) {
            continueCommand(segment);
        } else {
            startCommand(segment);
        }
        if (segment.last()) {
            endCommand();
        }
    }

    private void startCommand(CommandSegment segment) {
        long arrived = System.nanoTime();
        local = null;
        skipping = false;
        commandForwarded = false;
        CommandHead head = CommandHead.of(segment.tag(), segment.content());
        if (head.tag() == null) {
            segment.release();
            skipping = true;
            respond(null, Status.BAD, null, "Missing or invalid tag");
            decoder.recordBadCommand();
            return;
        }
        boolean relaying = relay != null;
        if ((relaying ? LOCAL_WHILE_RELAYING : LOCAL_BEFORE_LOGIN).contains(head.name())) {
            local = new LocalCommand(head, arrived);
            addLocal(segment);
            return;
        }
        if (relaying) {
            commandForwarded = true;
            relay.forwardCommand(segment, head, arrived);
            return;
        }
        String refusal = commands.refusalBeforeBackend(head, arrived);
        if (refusal != null) {
            segment.release();
            skipping = true;
            return;
        }
        connect(segment, head, arrived);
    }

    private void continueCommand(ByteBufHolder part) {
        if (local != null) {
            addLocal(part);
        } else if (skipping || relay == null) {
            part.release();
        } else {
            commandForwarded = true;
            relay.forward(part);
        }
    }

    private void addLocal(ByteBufHolder part) {
        local.add(part.content());
        boolean askForLiteral = part instanceof CommandSegment segment
                && segment.literal() != null && segment.literal().synchronizing();
        part.release();
        if (askForLiteral) {
            respond(Replies.line(ctx.alloc(), "+ Ready for literal data"), null);
        }
    }

    private void endCommand() {
        LocalCommand done = local;
        local = null;
        skipping = false;
        commandForwarded = false;
        syncLiteralPending = false;
        if (done != null) {
            commands.run(done);
        }
    }

    private void onRawLine(RawLine line) {
        if (relay == null) {
            return;
        }
        byte[] bytes = line.bytes();
        ByteBuf out = ctx.alloc().buffer(bytes.length + 2);
        out.writeBytes(bytes).writeByte('\r').writeByte('\n');
        countIn(out.readableBytes());
        relay.forwardBytes(out);
    }

    private void onFrameError(FrameError error) {
        // The decoder has answered it already.
        LOG.debug("client {} framing error: {}", clientAddress(), error.text());
        if (relay != null && commandForwarded && !error.fatal()) {
            // Part of this command is already at the backend, which now waits for the rest;
            // IMAP has no way to cancel a half-sent command, so the session cannot go on.
            bye("Command refused part-way; closing the connection", "framing error mid-command");
        }
        local = null;
        skipping = false;
        commandForwarded = false;
        syncLiteralPending = false;
    }

    // ---- backend connection

    private void connect(CommandSegment first, CommandHead head, long arrived) {
        phase = Phase.CONNECTING;
        trigger = first;
        triggerHead = head;
        triggerStarted = arrived;
        held = new ArrayList<>();
        decoder.suspend();
        Future<BackendLink> ready = dialer.open(ctx.channel().eventLoop(), clientAddress(),
                (InetSocketAddress) ctx.channel().localAddress(), commands.lastId());
        ready.addListener(f -> {
            if (phase == Phase.CLOSED) {
                if (f.isSuccess()) {
                    ((BackendLink) f.getNow()).channel().close();
                }
                return;
            }
            if (f.isSuccess()) {
                connected((BackendLink) f.getNow());
            } else {
                connectFailed(f.cause());
            }
        });
    }

    private void connected(BackendLink link) {
        context.counters().backendOpen.increment();
        relay = new Relay(ctx, link, decoder, context, this);
        link.handler().events(relay);
        phase = Phase.RELAY;
        CommandSegment first = trigger;
        trigger = null;
        boolean open = !first.last();
        relay.forwardCommand(first, triggerHead, triggerStarted);
        commandForwarded = open;
        replayHeld();
        decoder.resume();
    }

    private void connectFailed(Throwable cause) {
        LOG.warn("no backend for client {}: {}", clientAddress(), cause.getMessage());
        String tag = trigger.tag();
        boolean open = !trigger.last();
        trigger.release();
        trigger = null;
        phase = Phase.LOCAL;
        commands.backendUnavailable(triggerHead, triggerStarted);
        respond(tag, Status.NO, ResponseCode.UNAVAILABLE,
                "Mail server unavailable, please try again later");
        if (open) {
            if (syncLiteralPending && held.isEmpty()) {
                // The client waits for a continuation that will not come (RFC 9051 §7.5).
                decoder.discardBufferedInput();
            } else {
                skipping = true;
            }
        }
        replayHeld();
        decoder.resume();
    }

    private void replayHeld() {
        List<Object> messages = held;
        held = null;
        for (Object msg : messages) {
            if (phase == Phase.CLOSED) {
                ReferenceCountUtil.release(msg);
            } else if (phase == Phase.CONNECTING) {
                held.add(msg);
            } else {
                dispatch(msg);
            }
        }
    }

    private void releaseHeld() {
        if (trigger != null) {
            trigger.release();
            trigger = null;
        }
        if (held != null) {
            held.forEach(ReferenceCountUtil::release);
            held = null;
        }
    }

    private InetSocketAddress clientAddress() {
        return (InetSocketAddress) ctx.channel().remoteAddress();
    }

    private void logEnd() {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String backend = relay == null ? "-" : relay.link().backend().toString();
        long toClient = relay == null ? 0 : relay.bytesToClient();
        LOG.info("session ended: client={} class={} duration={}ms in={} out={} backend={} "
                + "tls={} reason={}", clientAddress(), commands.sessionClass(), millis, bytesIn,
                toClient, backend, tls, endReason);
    }

    private void countIn(int n) {
        bytesIn += n;
        context.counters().bytesFromClients.add(n);
    }
}
