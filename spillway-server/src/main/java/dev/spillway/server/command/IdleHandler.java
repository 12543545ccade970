package dev.spillway.server.command;

import dev.spillway.protocol.command.IdleCommand;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.session.ContinuationHandler;
import dev.spillway.server.session.Exchange;

/**
 * IDLE (RFC 2177): after {@code + idling}, changes to the selected mailbox are pushed as they
 * are committed (the store notifies the session; nothing polls) until the client sends DONE.
 */
final class IdleHandler implements CommandHandler<IdleCommand> {
    @Override
    public void handle(IdleCommand command, Exchange exchange) throws Exception {
        exchange.markChanged();
        MailboxSync.report(exchange, true);
        exchange.continueWith("idling", new Waiting());
    }

    private static final class Waiting implements ContinuationHandler {
        @Override
        public void line(String text, Exchange exchange) throws Exception {
            if (!"DONE".equalsIgnoreCase(text.trim())) {
                throw ImapException.bad("Expected DONE to end IDLE");
            }
            exchange.markChanged();
            MailboxSync.report(exchange, true);
            exchange.ok("IDLE terminated");
        }

        @Override
        public boolean wantsUpdates() {
            return true;
        }
    }
}
