package dev.spillway.proxy;

import dev.spillway.protocol.frame.LiteralAnnouncement;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * The proxy's own exchange with a backend before relaying: the greeting, STARTTLS, ID,
 * CAPABILITY. Nothing of it reaches the client. One command at a time; all on the backend
 * channel's event loop.
 */
final class Dialogue implements BackendEvents {

    private final Channel channel;
    private final EventLoop loop;
    private final Promise<ResponseLine> greeting;
    private Promise<ResponseLine> waiting;
    private String waitingTag;
    private Consumer<ResponseLine> untagged = line -> { };

    /** Starts waiting for the greeting (RFC 9051 §7.1: the server speaks first). */
    Dialogue(Channel channel, EventLoop loop) {
        this.channel = channel;
        this.loop = loop;
        this.greeting = loop.newPromise();
        this.waiting = greeting;
    }

    /** The greeting: {@code * OK}, {@code * PREAUTH} or {@code * BYE}. */
    Future<ResponseLine> greeting() {
        return greeting;
    }

    /**
     * Sends one command (CRLF included) and completes with its tagged response; untagged
     * responses before it go to {@code onUntagged}.
     */
    Future<ResponseLine> send(String tag, byte[] command, Consumer<ResponseLine> onUntagged) {
        Promise<ResponseLine> promise = loop.newPromise();
        waiting = promise;
        waitingTag = tag;
        untagged = onUntagged;
        channel.writeAndFlush(Unpooled.wrappedBuffer(command)).addListener(f -> {
            if (!f.isSuccess()) {
                promise.tryFailure(f.cause());
            }
        });
        return promise;
    }

    @Override
    public void segment(ByteBuf bytes, boolean responseStart, boolean complete,
            LiteralAnnouncement literal) {
        try {
            if (!responseStart || waiting == null) {
                return;
            }
            ResponseLine line = ResponseLine.of(bytes);
            if (waitingTag == null) {
                if (line.isUntagged()) {
                    complete(line);
                }
            } else if (waitingTag.equals(line.tag())) {
                complete(line);
            } else if (line.isUntagged()) {
                untagged.accept(line);
            }
        } finally {
            bytes.release();
        }
    }

    @Override
    public void literal(ByteBuf data, boolean last) {
        data.release();
    }

    @Override
    public void closed(Throwable cause) {
        if (waiting != null) {
            String why = cause == null ? "connection closed by backend" : cause.getMessage();
            waiting.tryFailure(new IOException(why, cause));
        }
    }

    @Override
    public void writabilityChanged(boolean writable) {
        // Nothing is relayed yet.
    }

    private void complete(ResponseLine line) {
        Promise<ResponseLine> promise = waiting;
        waiting = null;
        waitingTag = null;
        promise.trySuccess(line);
    }
}
