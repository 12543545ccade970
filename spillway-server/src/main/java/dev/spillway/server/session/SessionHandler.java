package dev.spillway.server.session;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.ImapState;
import dev.spillway.protocol.frame.FrameError;
import dev.spillway.protocol.frame.RawCommand;
import dev.spillway.protocol.frame.RawLine;
import dev.spillway.protocol.parse.CommandParser;
import dev.spillway.protocol.parse.CommandSyntaxException;
import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.protocol.response.Status;
import dev.spillway.server.ByteCounter;
import dev.spillway.server.ServerContext;
import dev.spillway.server.command.AuthDeadline;
import dev.spillway.server.command.Capabilities;
import dev.spillway.server.command.Dispatcher;
import dev.spillway.server.command.MailboxSync;
import dev.spillway.server.error.ErrorMapper;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.work.Priority;
import dev.spillway.transport.codec.ByteBufSink;
import dev.spillway.transport.codec.ImapCommandDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects one channel to one {@link ImapSession}: suspends the decoder for each command, runs
 * the command on the session's serial executor, writes its output and resumes. Everything that
 * touches the session runs on that executor; this class's event-loop methods only hand over.
 */
public final class SessionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(SessionHandler.class);

    /**
     * Commands whose duration says nothing about load: IDLE lasts as long as the client
     * wishes, and logins include the deliberate delay after a wrong password.
     */
    private static final Set<String> SLOW_BY_DESIGN = Set.of("IDLE", "LOGIN", "AUTHENTICATE",
            "continuation");

    private final ServerContext server;
    private final boolean implicitTls;
    private ChannelHandlerContext ctx;
    private ImapSession session;
    private SerialExecutor serial;
    private final Object writability = new Object();
    private volatile boolean dirty;
    private long openedNanos;
    private String pendingTag = "*";
    private String pendingCommand = "?";

    public SessionHandler(ServerContext server, boolean implicitTls) {
        this.server = server;
        this.implicitTls = implicitTls;
    }

    ServerContext server() {
        return server;
    }

    ImapSession session() {
        return session;
    }

    Channel channel() {
        return ctx.channel();
    }

    /** The decoder of this channel, for mode switches on the event loop. */
    public ImapCommandDecoder decoder() {
        return ctx.pipeline().get(ImapCommandDecoder.class);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        this.ctx = ctx;
        this.openedNanos = System.nanoTime();
        String id = Long.toString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFFFL, 36);
        InetSocketAddress remote = (InetSocketAddress) ctx.channel().remoteAddress();
        session = new ImapSession(id, remote, implicitTls, server.policy().openSession());
        serial = new SerialExecutor(this::executorForSession);
        server.observability().metrics().connectionOpened();
        LOG.info("connection open session={} remote={} tls={}", id, describe(remote),
                implicitTls);
        ByteBuf greeting = ctx.alloc().buffer(256);
        new ImapWriter(new ByteBufSink(greeting)).untagged().text("OK")
                .code(ResponseCode.of("CAPABILITY", Capabilities.of(session, server)))
                .text("Spillway ready").crlf();
        ctx.writeAndFlush(greeting);
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        ByteCounter bytes = ctx.pipeline().get(ByteCounter.class);
        long received = bytes == null ? 0 : bytes.received();
        long sent = bytes == null ? 0 : bytes.sent();
        if (serial != null) {
            serial.execute(() -> {
                server.observability().metrics().connectionClosed(session.sessionClass());
                session.close();
                LOG.info("connection closed session={} user={} class={} commands={} seconds={}"
                        + " bytes_in={} bytes_out={}", session.id(), session.user(),
                        session.sessionClass().label(), session.commandCount(),
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - openedNanos),
                        received, sent);
            });
        }
        synchronized (writability) {
            writability.notifyAll();
        }
        super.channelInactive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof RawCommand raw) {
            decoder().suspend();
            if (!serial.runHereIfIdle(() -> runHereOrQueue(raw))) {
                serial.execute(() -> runCommand(raw, null));
            }
        } else if (msg instanceof RawLine line) {
            decoder().suspend();
            String text = line.text();
            serial.execute(() -> runContinuation(text));
        } else if (msg instanceof FrameError error) {
            LOG.debug("session={} refused input: {}", session.id(), error.text());
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        synchronized (writability) {
            writability.notifyAll();
        }
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event == AuthDeadline.EXPIRED) {
            // Checked on the session's executor, where a login that has just succeeded is
            // already visible even if its timer swap has not reached the pipeline yet.
            serial.execute(() -> {
                if (session.state() == ImapState.NOT_AUTHENTICATED) {
                    LOG.info("session={} did not authenticate in time", session.id());
                    writeBye("Autologout; authentication took too long");
                }
            });
            return;
        }
        if (event instanceof IdleStateEvent) {
            LOG.info("session={} timed out", session.id());
            writeBye("Autologout; idle for too long");
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("session={} connection error: {}", session == null ? "-" : session.id(),
                cause.toString());
        ctx.close();
    }

    /** Called by the store's notifier: something changed in the selected mailbox. */
    public void mailboxChanged() {
        dirty = true;
        serial.execute(() -> {
            ContinuationHandler waiting = session.continuation();
            if (waiting != null && waiting.wantsUpdates() && dirty) {
                Exchange updates = new Exchange(this, "*");
                try {
                    MailboxSync.report(updates, true);
                    writeNow(updates.takeBuffer());
                } catch (ImapException e) {
                    writeNow(updates.takeBuffer());
                    writeBye(e.getMessage());
                } catch (Exception e) {
                    LOG.warn("session={} could not report mailbox changes: {}", session.id(),
                            e.toString());
                } finally {
                    updates.release();
                }
            }
        });
    }

    /** Makes the next {@link #takeDirty()} true. */
    void markDirty() {
        dirty = true;
    }

    /** Takes and clears the flag that the selected mailbox changed since the last look. */
    public boolean takeDirty() {
        boolean was = dirty;
        dirty = false;
        return was;
    }

    /**
     * Blocks the calling worker until the channel can take more output or closes. On the
     * event loop it returns at once: only commands bounded by the message limit run there, and
     * waiting would stop the loop from ever draining the channel.
     */
    void awaitWritable() throws InterruptedException {
        Channel channel = ctx.channel();
        if (channel.eventLoop().inEventLoop()) {
            return;
        }
        synchronized (writability) {
            while (channel.isActive() && !channel.isWritable()) {
                writability.wait(1000);
            }
        }
    }

    /** Writes untagged output outside a command (IDLE updates). */
    void writeNow(ByteBuf output) {
        ctx.writeAndFlush(output);
    }

    private Executor executorForSession() {
        return server.work().at(session.priority());
    }

    /**
     * On the event loop, with the session's executor held: runs a foreground command that
     * needs nothing but the session's memory right here (a flag sync, a flag search, ID,
     * CAPABILITY), which spares it two thread hand-offs; queues everything else for the store
     * pool. Changes waiting to be looked up, literals and background sessions always go to the
     * pool, so the event loop never waits for the disk and background work keeps its place
     * behind foreground work.
     */
    private void runHereOrQueue(RawCommand raw) {
        Command command = null;
        if (session.priority() == Priority.FOREGROUND && !dirty && raw.literalCount() == 0) {
            try {
                command = CommandParser.parse(raw, server.settings().limits());
            } catch (RuntimeException | StackOverflowError e) {
                command = null; // parsed again on the pool, which answers the error
            }
        }
        if (command != null && Dispatcher.inMemory(command, session)) {
            runCommand(raw, command);
        } else {
            Command parsed = command;
            serial.execute(() -> runCommand(raw, parsed));
        }
    }

    /** Runs one command; {@code parsed} is its parse if done already, else null. */
    private void runCommand(RawCommand raw, Command parsed) {
        session.countCommand();
        // No valid tag: the parser rejects the line, and its BAD goes out untagged.
        Exchange exchange = new Exchange(this, raw.tag());
        String name = "?";
        try {
            Command command = parsed != null ? parsed
                    : CommandParser.parse(raw, server.settings().limits());
            name = command.kind().name();
            exchange.command(name);
            Dispatcher.dispatch(command, exchange, this);
        } catch (CommandSyntaxException e) {
            exchange.bad(e.getMessage());
        } catch (Exception | StackOverflowError e) {
            ImapException ending = ErrorMapper.map(e, name);
            endWith(exchange, ending);
        }
        finishOrWait(exchange, name);
    }

    /** Completes now, or once the command's asynchronous part is done. */
    private void finishOrWait(Exchange exchange, String name) {
        if (exchange.pendingFuture() == null || exchange.ended()) {
            try {
                complete(exchange);
            } catch (RuntimeException | Error e) {
                // The response could not be written: the client would wait for it forever.
                LOG.error("session={} could not finish {}; closing the connection",
                        session.id(), name, e);
                writeBye("Internal error, closing the connection");
            }
            return;
        }
        exchange.pendingFuture().whenComplete((result, failure) -> serial.execute(() -> {
            Exchange.Step step = exchange.takePendingStep();
            try {
                step.run();
            } catch (Exception e) {
                endWith(exchange, ErrorMapper.map(e, name));
            }
            finishOrWait(exchange, name);
        }));
    }

    private void runContinuation(String line) {
        ContinuationHandler next = session.continuation();
        session.awaitContinuation(null);
        Exchange exchange = new Exchange(this, pendingTag);
        exchange.command(pendingCommand);
        try {
            if (next == null) {
                exchange.bad("No command is waiting for a continuation");
            } else {
                next.line(line, exchange);
            }
        } catch (Exception e) {
            endWith(exchange, ErrorMapper.map(e, "continuation"));
        }
        finishOrWait(exchange, "continuation");
    }

    static void endWith(Exchange exchange, ImapException ending) {
        switch (ending.status()) {
            case BAD -> exchange.bad(ending.code(), ending.getMessage());
            case BYE -> exchange.bye(ending.getMessage());
            default -> exchange.no(ending.code(), ending.getMessage());
        }
    }

    /** Finishes a command: its output, its ending, the event-loop actions, then reading on. */
    private void complete(Exchange exchange) {
        if (!exchange.ended()) {
            exchange.ok("Completed");
        }
        Exchange.Ending ending = exchange.ending();
        ImapWriter out = exchange.out();
        long took = System.nanoTime() - exchange.startedNanos();
        server.observability().metrics().commandCompleted(exchange.command(),
                session.sessionClass(), took);
        if (session.priority() == Priority.FOREGROUND && ending.next() == null
                && !SLOW_BY_DESIGN.contains(exchange.command())) {
            server.adaptive().commandLatency().record(took);
        }
        if (ending.next() != null) {
            pendingTag = exchange.tag();
            pendingCommand = exchange.command();
            session.awaitContinuation(ending.next());
            out.continuation(ending.continuation());
        } else if (ending.status() == Status.BYE) {
            out.untagged().text("BYE ").text(ending.text()).crlf();
        } else {
            out.status(exchange.tag(), ending.status(), ending.code(), ending.text());
        }
        ByteBuf output = exchange.takeBuffer();
        exchange.release();
        boolean close = ending.status() == Status.BYE
                || session.state() == ImapState.LOGOUT;
        boolean raw = ending.next() != null;
        boolean bad = ending.status() == Status.BAD;
        ctx.executor().execute(() -> {
            var written = ctx.writeAndFlush(output);
            if (close) {
                written.addListener(ChannelFutureListener.CLOSE);
                return;
            }
            for (var action : exchange.eventLoopActions()) {
                action.accept(ctx);
            }
            ImapCommandDecoder decoder = decoder();
            if (decoder == null) {
                return;
            }
            // Every tagged BAD counts, not only parse errors: an unknown command or one sent
            // in the wrong state is the same sign of a confused or hostile client, and
            // counting only syntax would let it loop on those forever. A continuation request
            // is no ending yet and leaves the count alone.
            if (bad) {
                if (decoder.recordBadCommand()) {
                    return;
                }
            } else if (!raw) {
                decoder.recordGoodCommand();
            }
            if (raw) {
                decoder.expectRawLine();
            }
            decoder.resume();
        });
    }

    private void writeBye(String text) {
        ByteBuf bye = ctx.alloc().buffer(64);
        bye.writeCharSequence("* BYE " + text + "\r\n", StandardCharsets.US_ASCII);
        ctx.writeAndFlush(bye).addListener(ChannelFutureListener.CLOSE);
    }

    private static String describe(InetSocketAddress remote) {
        return remote == null ? "-" : remote.getAddress().getHostAddress() + ":" + remote.getPort();
    }
}
