package dev.spillway.server.command;

import dev.spillway.protocol.command.UnselectCommand;
import dev.spillway.server.session.Exchange;

/** UNSELECT (RFC 3691): leaves the selected state without expunging anything. */
final class UnselectHandler implements CommandHandler<UnselectCommand> {
    @Override
    public void handle(UnselectCommand command, Exchange exchange) {
        exchange.session().unselect();
        exchange.ok("UNSELECT completed");
    }
}
