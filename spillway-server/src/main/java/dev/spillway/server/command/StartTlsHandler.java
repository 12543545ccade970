package dev.spillway.server.command;

import dev.spillway.protocol.command.StartTlsCommand;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.session.Exchange;
import dev.spillway.transport.codec.ImapCommandDecoder;
import io.netty.handler.ssl.SslHandler;

/**
 * STARTTLS (RFC 9051 §6.2.1, RFC 2595). The tagged OK goes out in clear text; then, before
 * another byte is read, any input the client sent early is thrown away (it must not be taken
 * as if it had come over TLS) and the TLS handler goes in front of the decoder.
 */
final class StartTlsHandler implements CommandHandler<StartTlsCommand> {
    @Override
    public void handle(StartTlsCommand command, Exchange exchange) throws Exception {
        if (exchange.session().tls()) {
            throw ImapException.bad("TLS is already active");
        }
        exchange.ok("Begin TLS negotiation now");
        exchange.startedTls();
        exchange.onEventLoop(ctx -> {
            ImapCommandDecoder decoder = ctx.pipeline().get(ImapCommandDecoder.class);
            decoder.discardBufferedInput();
            SslHandler tls = exchange.server().tls().newHandler(ctx.alloc());
            ctx.pipeline().addFirst("tls", tls);
        });
    }
}
