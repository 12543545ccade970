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
 * (RFC 9051 §7.5): expunges (as VANISHED under QRESYNC or UIDONLY), EXISTS and RECENT, flag
 * changes made by other sessions (with UID and MODSEQ under CONDSTORE, as UIDFETCH under
 * UIDONLY), and the HIGHESTMODSEQ a CONDSTORE client is owed.
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
        announceModSeq(exchange, selected);
    }

    /**
     * Writes updates in the order given. Expunges go out as {@code * n EXPUNGE}, or, once
     * QRESYNC or UIDONLY is on, as one {@code * VANISHED uid-set} per run of them (RFC 7162
     * §3.2.10, RFC 9586 §3).
     */
    static void write(Exchange exchange, List<MailboxUpdate> updates) {
        ImapSession session = exchange.session();
        boolean vanished = Condstore.qresync(session) || UidOnly.on(session);
        List<Long> gone = new ArrayList<>();
        for (MailboxUpdate update : updates) {
            if (update instanceof MailboxUpdate.Expunged e) {
                if (vanished) {
                    gone.add(e.uid());
                } else {
                    exchange.untagged(e.seq() + " EXPUNGE");
                }
                continue;
            }
            Condstore.writeVanished(exchange.out(), false, gone);
            gone.clear();
            if (update instanceof MailboxUpdate.Exists e) {
                exchange.untagged(e.count() + " EXISTS");
            } else if (update instanceof MailboxUpdate.Recent r) {
                exchange.untagged(r.count() + " RECENT");
            } else if (update instanceof MailboxUpdate.FlagsChanged f) {
                FlagFetch.write(session, exchange.out(), f.seq(), f.message(), true, true);
            }
        }
        Condstore.writeVanished(exchange.out(), false, gone);
    }

    /**
     * Tells a CONDSTORE client the HIGHESTMODSEQ it may resynchronise from. Once, when
     * CONDSTORE came on after SELECT, so that the client has the value SELECT would have
     * given it (RFC 7162 §3.1.2.1). And, under QRESYNC, after every command that leaves
     * expunges unreported: the client may have seen higher MODSEQs in FETCH responses, and
     * RFC 7162 §3.2 requires a HIGHESTMODSEQ below those expunges then, lest a client that
     * resynchronises later from the higher value never learn of them.
     */
    private static void announceModSeq(Exchange exchange, SelectedMailbox selected) {
        ImapSession session = exchange.session();
        if (!Condstore.on(session)) {
            return;
        }
        boolean held = selected.hasPendingExpunges() && Condstore.qresync(session);
        if (!selected.modSeqAnnounced() || held) {
            Condstore.writeHighestModSeq(exchange.out(), selected.safeModSeq());
            selected.announceModSeq();
        }
    }
}
