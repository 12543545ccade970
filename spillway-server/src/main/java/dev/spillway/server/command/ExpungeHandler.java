package dev.spillway.server.command;

import dev.spillway.protocol.command.ExpungeCommand;
import dev.spillway.protocol.command.UidExpungeCommand;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.MailboxUpdate;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.search.MessageSets;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.MailAccount;
import java.util.List;

/**
 * EXPUNGE (RFC 3501 §6.4.3) and UID EXPUNGE (RFC 4315 §2.1): removes the {@code \Deleted}
 * messages, all of them or those among the given UIDs, and reports each with
 * {@code * n EXPUNGE}. Expunges go out highest sequence number first, so every number is still
 * right when the client applies them in order: expunging messages 2 and 3 of 5 is reported as
 * {@code * 3 EXPUNGE} then {@code * 2 EXPUNGE}. Expunges by other sessions that were still
 * pending are reported in the same run.
 */
final class ExpungeHandler {
    private ExpungeHandler() {
    }

    static void expunge(ExpungeCommand command, Exchange exchange) throws Exception {
        SelectedMailbox view = writable(exchange);
        MailAccount account = exchange.session().account();
        finish(exchange, view, account.expunge(view.id()));
        exchange.ok("EXPUNGE completed");
    }

    static void uidExpunge(UidExpungeCommand command, Exchange exchange) throws Exception {
        SelectedMailbox view = exchange.session().selected();
        int[] seqs = MessageSets.resolve(command.uids(), true, view);
        writable(exchange);
        if (seqs.length > 0) {
            MailAccount account = exchange.session().account();
            finish(exchange, view, account.expunge(view.id(), MessageSets.uids(seqs, view)));
        }
        exchange.ok("UID EXPUNGE completed");
    }

    /** Writes {@code * n EXPUNGE} for each update, in the order given. */
    static void report(Exchange exchange, List<MailboxUpdate> updates) {
        for (MailboxUpdate update : updates) {
            if (update instanceof MailboxUpdate.Expunged e) {
                exchange.out().untagged().number(e.seq()).atom("EXPUNGE").crlf();
            }
        }
    }

    private static SelectedMailbox writable(Exchange exchange) throws ImapException {
        SelectedMailbox view = exchange.session().selected();
        if (view.readOnly()) {
            throw ImapException.no(ResponseCode.READ_ONLY, "The mailbox is read-only");
        }
        return view;
    }

    private static void finish(Exchange exchange, SelectedMailbox view, List<Long> expunged) {
        if (!expunged.isEmpty()) {
            view.markExpunged(expunged);
            exchange.markChanged();
        }
        report(exchange, view.flushExpunges());
    }
}
