package dev.spillway.server.command;

import dev.spillway.protocol.command.CompressCommand;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.session.Exchange;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.compression.ZlibCodecFactory;
import io.netty.handler.codec.compression.ZlibWrapper;

/**
 * COMPRESS=DEFLATE (RFC 4978): after the tagged OK, which still goes out uncompressed, both
 * directions carry raw DEFLATE (RFC 1951, no zlib header) between TLS and the IMAP codec.
 * Every flush of the output is a sync flush, so a response is never held back in the
 * compressor.
 */
final class CompressHandler implements CommandHandler<CompressCommand> {
    /** Middle of zlib's range: most of the gain at a fraction of level 9's CPU. */
    private static final int LEVEL = 5;

    @Override
    public void handle(CompressCommand command, Exchange exchange) throws Exception {
        if (!"DEFLATE".equals(command.mechanism())) {
            throw ImapException.bad("Unknown compression mechanism " + command.mechanism());
        }
        if (exchange.session().compressed()) {
            throw ImapException.no(new ResponseCode("COMPRESSIONACTIVE", null),
                    "DEFLATE is active already");
        }
        exchange.ok("DEFLATE active");
        exchange.startedCompression();
        exchange.onEventLoop(ctx -> {
            ChannelPipeline pipeline = ctx.pipeline();
            String first = pipeline.get("tls") != null ? "tls" : "bytes";
            pipeline.addAfter(first, "deflate",
                    ZlibCodecFactory.newZlibEncoder(ZlibWrapper.NONE, LEVEL));
            pipeline.addAfter(first, "inflate",
                    ZlibCodecFactory.newZlibDecoder(ZlibWrapper.NONE));
        });
    }
}
