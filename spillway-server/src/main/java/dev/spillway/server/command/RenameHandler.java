package dev.spillway.server.command;

import dev.spillway.protocol.command.RenameCommand;
import dev.spillway.server.session.Exchange;

/**
 * RENAME (RFC 3501 §6.3.5): the store renames the mailbox with its inferiors and creates
 * missing superiors of the new name. Renaming INBOX moves its messages to the new mailbox and
 * leaves INBOX empty. The selected mailbox keeps its id through a rename, so the session stays
 * on it; when INBOX is selected and renamed, its messages vanish and the session reports them
 * as expunged before the tagged OK.
 */
final class RenameHandler implements CommandHandler<RenameCommand> {
    @Override
    public void handle(RenameCommand command, Exchange exchange) throws Exception {
        String from = MailboxNameCodec.decode(command.from());
        String to = MailboxNameCodec.decode(command.to());
        exchange.session().account().rename(from, to);
        if (exchange.session().selected() != null) {
            exchange.markChanged();
        }
        exchange.ok("RENAME completed");
    }
}
