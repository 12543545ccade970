package dev.spillway.transport.codec;

import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.protocol.response.Response;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Encodes {@link Response}s written by the application. ByteBufs pass through untouched, so the
 * application may also write pre-encoded bytes (e.g. a FETCH response built with
 * {@link ImapWriter} and {@link ByteBufSink}). Stateless and sharable.
 */
@ChannelHandler.Sharable
public final class ImapResponseEncoder extends MessageToByteEncoder<Response> {

    /** Creates the encoder. */
    public ImapResponseEncoder() {
        super(Response.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Response response, ByteBuf out) {
        response.writeTo(new ImapWriter(new ByteBufSink(out)));
    }

    /** Encodes one response into a new buffer that the caller owns. */
    public static ByteBuf encode(ByteBufAllocator alloc, Response response) {
        ByteBuf buffer = alloc.buffer(64);
        try {
            response.writeTo(new ImapWriter(new ByteBufSink(buffer)));
            return buffer;
        } catch (RuntimeException e) {
            buffer.release();
            throw e;
        }
    }
}
