package dev.spillway.server.command;

import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.MailboxUpdate;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.session.Exchange;
import dev.spillway.server.session.ImapSession;
import dev.spillway.store.Changes;
import dev.spillway.store.MailAccount;
import dev.spillway.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings the client's view of the selected mailbox up to date with untagged responses
 * (RFC 9051 §7.5): expunges, EXISTS and RECENT, and flag changes made by other sessions.
 */
public final class MailboxSync {
    private MailboxSync() {
    }

    /**
     * Writes what changed since the session last looked.
     *
     * @param mayExpunge false while the command in progress relies on sequence numbers
     */
    public static void report(Exchange exchange, boolean mayExpunge)
            throws StoreException, ImapException {
        ImapSession session = exchange.session();
        SelectedMailbox selected = session.selected();
        if (selected == null) {
            return;
        }
        List<MailboxUpdate> updates = new ArrayList<>();
        if (exchange.takeChanged()) {
            MailAccount account = session.account();
            Changes changes;
            try {
                changes = account.changesSince(selected.id(), selected.highestModSeq());
            } catch (StoreException e) {
                if (e.kind() != StoreException.Kind.NONEXISTENT) {
                    throw e;
                }
                // Another session deleted the selected mailbox: sequence numbers mean nothing
                // any more, and RFC 9051 offers no untagged way to leave the selected state.
                session.unselect();
                throw ImapException.bye("The selected mailbox was deleted");
            }
            long before = selected.maxUid();
            updates.addAll(selected.sync(changes, mayExpunge));
            if (!selected.readOnly() && selected.maxUid() > before) {
                List<Long> recent = account.claimRecent(selected.id());
                if (!recent.isEmpty()) {
                    selected.addRecent(recent);
                    updates.add(new MailboxUpdate.Recent(selected.recentCount()));
                }
            }
        } else if (mayExpunge && selected.hasPendingExpunges()) {
            updates.addAll(selected.flushExpunges());
        }
        if (!mayExpunge && selected.hasPendingExpunges()) {
            exchange.markChanged(); // report them after a later command
        }
        write(exchange, updates);
    }

    private static void write(Exchange exchange, List<MailboxUpdate> updates) {
        SelectedMailbox selected = exchange.session().selected();
        for (MailboxUpdate update : updates) {
            if (update instanceof MailboxUpdate.Expunged e) {
                exchange.untagged(e.seq() + " EXPUNGE");
            } else if (update instanceof MailboxUpdate.Exists e) {
                exchange.untagged(e.count() + " EXISTS");
            } else if (update instanceof MailboxUpdate.Recent r) {
                exchange.untagged(r.count() + " RECENT");
            } else if (update instanceof MailboxUpdate.FlagsChanged f) {
                var out = exchange.out().untagged().number(f.seq()).text(" FETCH (FLAGS ");
                FlagsWriter.write(out, f.message().flags(),
                        selected.isRecent(f.message().uid()));
                out.text(" UID ").number(f.message().uid()).text(")").crlf();
            }
        }
    }
}
