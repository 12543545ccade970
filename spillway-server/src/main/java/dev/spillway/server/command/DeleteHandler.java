package dev.spillway.server.command;

import dev.spillway.protocol.command.DeleteCommand;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.session.Exchange;
import dev.spillway.server.session.ImapSession;
import dev.spillway.store.MailAccount;
import dev.spillway.store.StoreException;

/**
 * DELETE (RFC 3501 §6.3.4). INBOX cannot be deleted; a mailbox with inferiors loses its
 * messages and stays as a {@code \Noselect} placeholder; a placeholder with inferiors cannot
 * be deleted (the store enforces all three).
 *
 * <p>Deleting the selected mailbox is allowed. Its messages are gone, so the session leaves
 * the selected state: it is told with {@code * OK [CLOSED]} (RFC 9051 §7.1, a code that
 * IMAP4rev1 clients ignore as RFC 3501 §7.1 asks of unknown codes) and is authenticated when
 * the tagged OK arrives, as after CLOSE but without expunging anything.
 */
final class DeleteHandler implements CommandHandler<DeleteCommand> {
    @Override
    public void handle(DeleteCommand command, Exchange exchange) throws Exception {
        String name = MailboxNameCodec.decode(command.mailbox());
        ImapSession session = exchange.session();
        MailAccount account = session.account();
        boolean deletingSelected = isSelected(account, name, session.selected());
        account.delete(name);
        if (deletingSelected) {
            session.unselect();
            exchange.out().untagged().atom("OK").code(ResponseCode.of("CLOSED", (String) null))
                    .text("The selected mailbox was deleted").crlf();
        }
        exchange.ok("DELETE completed");
    }

    /** Compares ids, not names: the selected mailbox may have been renamed since. */
    private static boolean isSelected(MailAccount account, String name,
            SelectedMailbox selected) {
        if (selected == null) {
            return false;
        }
        try {
            return account.status(name).id() == selected.id();
        } catch (StoreException e) {
            return false; // not selectable, so not the selected mailbox; DELETE reports why
        }
    }
}
