package dev.spillway.server.command;

import dev.spillway.protocol.command.CloseCommand;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.StoreException;

/**
 * CLOSE (RFC 3501 §6.4.2): on a mailbox selected read-write, expunges the {@code \Deleted}
 * messages without untagged EXPUNGE responses; then leaves the selected state. The session
 * leaves it even when the expunge fails, so the client is never stuck on a mailbox that, for
 * instance, another session has deleted.
 */
final class CloseHandler implements CommandHandler<CloseCommand> {
    @Override
    public void handle(CloseCommand command, Exchange exchange) throws Exception {
        SelectedMailbox selected = exchange.session().selected();
        try {
            if (!selected.readOnly()) {
                exchange.session().account().expunge(selected.id());
            }
        } catch (StoreException e) {
            if (e.kind() != StoreException.Kind.NONEXISTENT) {
                throw e;
            }
            // Deleted elsewhere: nothing is left to expunge.
        } finally {
            exchange.session().unselect();
        }
        exchange.ok("CLOSE completed");
    }
}
