package dev.spillway.server.session;

import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.protocol.response.Status;
import dev.spillway.server.ServerContext;
import dev.spillway.store.MailboxListener;
import dev.spillway.transport.codec.ByteBufSink;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The output of one command: untagged responses written through {@link #out()}, then exactly
 * one ending (tagged OK/NO/BAD, or a continuation request that hands the next client line to
 * a {@link ContinuationHandler}). Large responses are streamed with {@link #flushIfLarge()}.
 */
public final class Exchange {
    private static final int FLUSH_BYTES = 64 * 1024;

    private final SessionHandler handler;
    private final String tag;
    private ByteBuf buffer;
    private ImapWriter writer;
    private Ending ending;
    private String command = "?";
    private final long startedNanos = System.nanoTime();
    private CompletableFuture<?> pendingFuture;
    private Step pendingStep;
    private final List<Consumer<ChannelHandlerContext>> eventLoopActions = new ArrayList<>();

    /** How the command ended. */
    record Ending(Status status, ResponseCode code, String text, String continuation,
            ContinuationHandler next) {
    }

    /**
     * Starts an exchange; {@code tag} is null for a line without a valid tag, whose ending is
     * then written untagged (RFC 9051 §7.1.3).
     */
    Exchange(SessionHandler handler, String tag) {
        this.handler = handler;
        this.tag = tag;
        newBuffer();
    }

    /** The command's tag, or null if the line had no valid one. */
    public String tag() {
        return tag;
    }

    /** The command's name for metrics and logs, e.g. {@code UID_FETCH}. */
    String command() {
        return command;
    }

    void command(String name) {
        this.command = name;
    }

    long startedNanos() {
        return startedNanos;
    }

    public ImapSession session() {
        return handler.session();
    }

    public ServerContext server() {
        return handler.server();
    }

    /** Where untagged responses go; each must end with {@link ImapWriter#crlf()}. */
    public ImapWriter out() {
        return writer;
    }

    /** Writes {@code * text} CRLF. */
    public void untagged(String text) {
        writer.untagged().text(text).crlf();
    }

    /** Sends what is buffered if it is large, waiting while the client is slow to read. */
    public void flushIfLarge() throws InterruptedException {
        if (buffer.readableBytes() >= FLUSH_BYTES) {
            Channel channel = handler.channel();
            ByteBuf full = buffer;
            newBuffer();
            channel.writeAndFlush(full);
            handler.awaitWritable();
        }
    }

    public void ok(String text) {
        end(Status.OK, null, text);
    }

    public void ok(ResponseCode code, String text) {
        end(Status.OK, code, text);
    }

    public void no(ResponseCode code, String text) {
        end(Status.NO, code, text);
    }

    public void bad(String text) {
        end(Status.BAD, null, text);
    }

    public void bad(ResponseCode code, String text) {
        end(Status.BAD, code, text);
    }

    /** Ends with {@code * BYE text} and closes the connection. */
    public void bye(String text) {
        end(Status.BYE, null, text);
    }

    /**
     * Sends {@code + prompt} and hands the client's next line to {@code next} instead of
     * parsing it as a command (RFC 9051 §7.5).
     */
    public void continueWith(String prompt, ContinuationHandler next) {
        ending = new Ending(null, null, null, prompt, next);
    }

    /** Work that continues a command once something asynchronous has finished. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    /**
     * Lets the command finish later: when {@code future} completes, {@code then} runs on the
     * session's executor and may end the exchange. The worker is free meanwhile.
     */
    public void after(CompletableFuture<?> future, Step then) {
        this.pendingFuture = future;
        this.pendingStep = then;
    }

    CompletableFuture<?> pendingFuture() {
        return pendingFuture;
    }

    Step takePendingStep() {
        Step step = pendingStep;
        pendingFuture = null;
        pendingStep = null;
        return step;
    }

    /** Runs {@code action} on the event loop after the ending is queued, before reading on. */
    public void onEventLoop(Consumer<ChannelHandlerContext> action) {
        eventLoopActions.add(action);
    }

    /** True when the command waits for a continuation line instead of ending now. */
    public boolean waiting() {
        return ending != null && ending.next() != null;
    }

    /** Notes that this command changed the selected mailbox, so changes are looked up. */
    public void markChanged() {
        handler.markDirty();
    }

    /** Records that TLS is starting on this connection (after STARTTLS). */
    public void startedTls() {
        handler.session().tlsStarted();
    }

    /** Records that COMPRESS=DEFLATE is starting on this connection. */
    public void startedCompression() {
        handler.session().compressionStarted();
    }

    /** A store listener that wakes this session when its selected mailbox changes. */
    public MailboxListener changeListener() {
        return event -> handler.mailboxChanged();
    }

    /**
     * Takes and clears the flag that the selected mailbox may have changed. On the event loop
     * the answer is always false and the flag stays set: looking the changes up reads the
     * store, so the next command, which then runs on the store pool, reports them.
     */
    public boolean takeChanged() {
        if (handler.channel().eventLoop().inEventLoop()) {
            return false;
        }
        return handler.takeDirty();
    }

    boolean ended() {
        return ending != null;
    }

    Ending ending() {
        return ending;
    }

    List<Consumer<ChannelHandlerContext>> eventLoopActions() {
        return eventLoopActions;
    }

    /** Hands over the buffered output; the exchange starts a new buffer. */
    ByteBuf takeBuffer() {
        ByteBuf out = buffer;
        newBuffer();
        return out;
    }

    void release() {
        buffer.release();
    }

    private void end(Status status, ResponseCode code, String text) {
        ending = new Ending(status, code, text, null, null);
    }

    private void newBuffer() {
        buffer = handler.channel().alloc().buffer(256);
        writer = new ImapWriter(new ByteBufSink(buffer));
    }
}
