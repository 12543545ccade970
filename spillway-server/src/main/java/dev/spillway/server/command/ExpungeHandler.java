package dev.spillway.server.command;

import dev.spillway.protocol.command.ExpungeCommand;
import dev.spillway.protocol.command.UidExpungeCommand;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.search.MessageSets;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.MailAccount;
import dev.spillway.store.StoreException;
import java.util.List;

/**
 * EXPUNGE (RFC 3501 §6.4.3) and UID EXPUNGE (RFC 4315 §2.1): removes the {@code \Deleted}
 * messages, all of them or those among the given UIDs, and reports each with
 * {@code * n EXPUNGE}. Expunges go out highest sequence number first, so every number is still
 * right when the client applies them in order: expunging messages 2 and 3 of 5 is reported as
 * {@code * 3 EXPUNGE} then {@code * 2 EXPUNGE}. Expunges by other sessions that were still
 * pending are reported in the same run.
 *
 * <p>Once QRESYNC or UIDONLY is on, the same expunges go out as one {@code * VANISHED uid-set}
 * (RFC 7162 §3.2.7, §3.2.9, RFC 9586 §3). Once CONDSTORE is on, a tagged OK after anything
 * was expunged carries the HIGHESTMODSEQ the expunge raised (RFC 7162 §3.2.7), so the
 * mailbox is brought fully up to date first and the value covers every response before it.
 *
 * <p>MESSAGELIMIT (RFC 9738 §3.1) applies to UID EXPUNGE, not to EXPUNGE: of a set of more
 * messages than the limit, only the highest UIDs are expunged, and
 * {@code [MESSAGELIMIT n lowest-uid]} goes on the tagged OK, or on an untagged NO when the
 * tagged OK carries HIGHESTMODSEQ.
 */
final class ExpungeHandler {
    private ExpungeHandler() {
    }

    static void expunge(ExpungeCommand command, Exchange exchange) throws Exception {
        SelectedMailbox view = writable(exchange);
        MailAccount account = exchange.session().account();
        boolean any = finish(exchange, view, account.expunge(view.id()));
        end(exchange, view, any, null, "EXPUNGE completed");
    }

    static void uidExpunge(UidExpungeCommand command, Exchange exchange) throws Exception {
        SelectedMailbox view = exchange.session().selected();
        int[] seqs = MessageSets.resolve(command.uids(), true, view);
        writable(exchange);
        MessageLimit limit = MessageLimit.of(exchange);
        ResponseCode cut = limit.cut(seqs, view);
        seqs = limit.highest(seqs);
        boolean any = false;
        if (seqs.length > 0) {
            MailAccount account = exchange.session().account();
            any = finish(exchange, view, account.expunge(view.id(),
                    MessageSets.uids(seqs, view)));
        }
        end(exchange, view, any, cut, cut == null ? "UID EXPUNGE completed"
                : "UID EXPUNGE completed for the last " + limit.limit() + " messages");
    }

    private static SelectedMailbox writable(Exchange exchange) throws ImapException {
        SelectedMailbox view = exchange.session().selected();
        if (view.readOnly()) {
            throw ImapException.no(ResponseCode.READ_ONLY, "The mailbox is read-only");
        }
        return view;
    }

    /** Reports the expunges; returns whether this command expunged anything. */
    private static boolean finish(Exchange exchange, SelectedMailbox view, List<Long> expunged) {
        if (!expunged.isEmpty()) {
            view.markExpunged(expunged);
            exchange.markChanged();
        }
        MailboxSync.write(exchange, view.flushExpunges());
        return !expunged.isEmpty();
    }

    /** The tagged OK, with HIGHESTMODSEQ (CONDSTORE) and MESSAGELIMIT when {@code cut}. */
    private static void end(Exchange exchange, SelectedMailbox view, boolean any,
            ResponseCode cut, String text) throws StoreException, ImapException {
        if (!any || !Condstore.on(exchange.session())) {
            if (cut == null) {
                exchange.ok(text);
            } else {
                exchange.ok(cut, text);
            }
            return;
        }
        MailboxSync.report(exchange, true);
        if (cut != null) {
            MessageLimit.writeUntagged(exchange, cut);
        }
        exchange.ok(Condstore.highestModSeq(view.highestModSeq()), text);
    }
}
