package dev.spillway.transport.codec;

import dev.spillway.protocol.frame.BadCommandCounter;
import dev.spillway.protocol.frame.CommandAssembler;
import dev.spillway.protocol.frame.CommandFramer;
import dev.spillway.protocol.frame.CommandSink;
import dev.spillway.protocol.frame.FrameError;
import dev.spillway.protocol.frame.FrameListener;
import dev.spillway.protocol.frame.LiteralAnnouncement;
import dev.spillway.protocol.frame.ProtocolLimits;
import dev.spillway.protocol.frame.RawCommand;
import dev.spillway.protocol.frame.RawLine;
import dev.spillway.protocol.response.ContinuationResponse;
import dev.spillway.protocol.response.Response;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes client bytes into IMAP commands with a {@link CommandFramer}.
 *
 * <p>Emits, one per {@code channelRead}: in {@link DecoderMode#WHOLE_COMMANDS} a
 * {@link RawCommand}; in {@link DecoderMode#STREAMING} {@link CommandSegment}s and
 * {@link LiteralChunk}s (which the receiver must release); in both modes a {@link RawLine} when
 * raw line mode was requested, and a {@link FrameError} after the decoder has already answered
 * it (for logging; the receiver need not respond).
 *
 * <p>The decoder itself writes {@code + Ready} when it accepts a synchronizing literal (unless
 * turned off with {@link #setWriteContinuations(boolean)}), {@code BAD}/{@code NO} for framing
 * errors, and {@code * BYE} before closing on a fatal error or after
 * {@link ProtocolLimits#maxConsecutiveBadCommands()} bad commands in a row. Because it hands out
 * one command at a time and the next handler runs before the next command is framed, that
 * handler can switch modes synchronously: {@link #expectRawLine()} for AUTHENTICATE and IDLE,
 * {@link #setMaxLiteralSize(int)} after login, {@link #discardBufferedInput()} for STARTTLS. A
 * handler that answers asynchronously calls {@link #suspend()} and later {@link #resume()}.
 *
 * <p>One instance per channel; all methods must be called from the channel's event loop.
 */
public final class ImapCommandDecoder extends ByteToMessageDecoder {

    private static final byte[] CRLF = {'\r', '\n'};

    private final DecoderMode mode;
    private final CommandFramer framer;
    private final BadCommandCounter badCommands;
    private boolean writeContinuations = true;
    private boolean suspended;
    private boolean closing;
    private ChannelHandlerContext ctx;
    private List<Object> out;

    /** Creates a decoder with the given limits. */
    public ImapCommandDecoder(ProtocolLimits limits, DecoderMode mode) {
        this.mode = mode;
        this.badCommands = new BadCommandCounter(limits.maxConsecutiveBadCommands());
        FrameListener listener = mode == DecoderMode.WHOLE_COMMANDS
                ? new CommandAssembler(limits, new WholeCommands())
                : new Streaming();
        this.framer = new CommandFramer(limits, listener);
    }

    /** The mode chosen at construction. */
    public DecoderMode mode() {
        return mode;
    }

    /** Makes the next line a raw line: see {@link CommandFramer#expectRawLine()}. */
    public void expectRawLine() {
        framer.expectRawLine();
    }

    /** Changes the literal limit, e.g. raised after authentication. */
    public void setMaxLiteralSize(int size) {
        framer.setMaxLiteralSize(size);
    }

    /** The literal limit in force. */
    public int maxLiteralSize() {
        return framer.maxLiteralSize();
    }

    /**
     * Whether the decoder writes {@code + Ready} itself for accepted synchronizing literals.
     * Default true; a proxy that relays the upstream server's continuation turns it off.
     */
    public void setWriteContinuations(boolean enabled) {
        this.writeContinuations = enabled;
    }

    /**
     * Records a command the application answered with a tagged BAD. After
     * {@link ProtocolLimits#maxConsecutiveBadCommands()} in a row the decoder writes
     * {@code * BYE} and closes the channel; the method then returns true.
     */
    public boolean recordBadCommand() {
        if (badCommands.recordBad()) {
            closeWith(FrameError.tooManyBadCommands().response());
            return true;
        }
        return false;
    }

    /** Records a command that ended other than BAD, resetting the bad-command count. */
    public void recordGoodCommand() {
        badCommands.recordGood();
    }

    /**
     * Stops decoding and reading until {@link #resume()}; bytes already received stay buffered.
     */
    public void suspend() {
        suspended = true;
        if (ctx != null) {
            ctx.channel().config().setAutoRead(false);
        }
    }

    /** Continues decoding buffered bytes and reading from the socket, on the event loop. */
    public void resume() {
        if (ctx == null) {
            suspended = false;
            return;
        }
        ChannelHandlerContext context = ctx;
        context.executor().execute(() -> {
            suspended = false;
            context.channel().config().setAutoRead(true);
            try {
                channelRead(context, Unpooled.EMPTY_BUFFER);
            } catch (Exception e) {
                context.fireExceptionCaught(e);
            }
            context.read();
        });
    }

    /**
     * Throws away every byte received but not yet decoded and any partial command, returning
     * how many bytes were dropped. Call it when STARTTLS is accepted, before the TLS handler is
     * added: RFC 9051 §6.2.1 forbids the client from sending anything before the tagged OK, and
     * plaintext sent anyway must not be read as if it came over TLS.
     */
    public int discardBufferedInput() {
        ByteBuf buffered = internalBuffer();
        int dropped = buffered.readableBytes();
        buffered.skipBytes(dropped);
        framer.reset();
        return dropped;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) throws Exception {
        this.ctx = ctx;
        super.handlerAdded(ctx);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (closing || framer.isClosed()) {
            in.skipBytes(in.readableBytes());
            return;
        }
        if (suspended) {
            return;
        }
        this.ctx = ctx;
        this.out = out;
        framer.resume();
        ByteBuffer view = in.nioBuffer(in.readerIndex(), in.readableBytes());
        int consumed = framer.feed(view);
        in.skipBytes(consumed);
        this.out = null;
    }

    private void onError(FrameError error) {
        framer.pause();
        if (error.fatal()) {
            closeWith(error.response());
        } else {
            write(error.response());
            if (badCommands.recordBad()) {
                closeWith(FrameError.tooManyBadCommands().response());
                out.add(error);
                out.add(FrameError.tooManyBadCommands());
                return;
            }
        }
        out.add(error);
    }

    private void onContinuation() {
        if (writeContinuations) {
            write(ContinuationResponse.READY);
        }
    }

    private void write(Response response) {
        ctx.writeAndFlush(ImapResponseEncoder.encode(ctx.alloc(), response));
    }

    private void closeWith(Response response) {
        closing = true;
        framer.pause();
        ctx.writeAndFlush(ImapResponseEncoder.encode(ctx.alloc(), response))
                .addListener(ChannelFutureListener.CLOSE);
    }

    /** Collects whole commands for {@link DecoderMode#WHOLE_COMMANDS}. */
    private final class WholeCommands implements CommandSink {

        @Override
        public void command(RawCommand command) {
            framer.pause();
            out.add(command);
        }

        @Override
        public void rawLine(RawLine line) {
            framer.pause();
            out.add(line);
        }

        @Override
        public void continuationRequired(String tag, LiteralAnnouncement literal) {
            onContinuation();
        }

        @Override
        public void error(FrameError error) {
            onError(error);
        }
    }

    /** Passes parts on as they arrive for {@link DecoderMode#STREAMING}. */
    private final class Streaming implements FrameListener {

        @Override
        public void lineSegment(String tag, byte[] line, int length, boolean first,
                LiteralAnnouncement literal) {
            ByteBuf content = ctx.alloc().buffer(length + 2);
            content.writeBytes(line, 0, length).writeBytes(CRLF);
            out.add(new CommandSegment(content, tag, first, literal));
        }

        @Override
        public void continuationRequired(String tag, LiteralAnnouncement literal) {
            onContinuation();
        }

        @Override
        public void literalData(ByteBuffer chunk, boolean lastChunk) {
            ByteBuf content = ctx.alloc().buffer(chunk.remaining());
            content.writeBytes(chunk);
            out.add(new LiteralChunk(content, lastChunk));
        }

        @Override
        public void commandEnd(String tag) {
            framer.pause();
        }

        @Override
        public void rawLine(byte[] line, int length) {
            framer.pause();
            out.add(new RawLine(Arrays.copyOf(line, length)));
        }

        @Override
        public void error(FrameError error) {
            onError(error);
        }
    }
}
