package dev.spillway.server.command;

import dev.spillway.protocol.command.QresyncParameters;
import dev.spillway.protocol.command.SequenceSet;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MessageMeta;
import dev.spillway.store.StoreException;
import java.util.List;

/**
 * The resynchronisation a SELECT or EXAMINE with the QRESYNC parameter adds after the usual
 * responses (RFC 7162 §3.2.5): {@code * VANISHED (EARLIER)} for the UIDs expunged since the
 * client's MODSEQ, then {@code * n FETCH (FLAGS (...) UID u MODSEQ (m))} for every message
 * changed since. When the client gave known UIDs, both are limited to them. Nothing is added
 * when the client's UIDVALIDITY is not the mailbox's: its cache is worthless then.
 *
 * <p>The sequence match data (§3.2.5.2) is accepted and not used: it only helps a server that
 * has forgotten some expunges, and the store remembers them all.
 */
final class QresyncSelect {
    private final QresyncParameters params;
    private final List<Long> vanished;

    private QresyncSelect(QresyncParameters params, List<Long> vanished) {
        this.params = params;
        this.vanished = vanished;
    }

    /** Looks up what the client missed; before the session selects, so a failure is clean. */
    static QresyncSelect prepare(QresyncParameters params, MailAccount account,
            SelectedMailbox view) throws StoreException {
        if (params.uidValidity() != view.uidValidity()) {
            return new QresyncSelect(params, List.of());
        }
        return new QresyncSelect(params, VanishedEarlier.since(account, view, params.modSeq(),
                params.knownUids()));
    }

    /** Writes the responses, from the view the session has just selected. */
    void write(Exchange exchange, SelectedMailbox view) throws InterruptedException {
        if (params.uidValidity() != view.uidValidity()) {
            return;
        }
        Condstore.writeVanished(exchange.out(), true, vanished);
        SequenceSet known = params.knownUids();
        long largest = view.maxUid();
        for (int seq = 1; seq <= view.exists(); seq++) {
            MessageMeta meta = view.at(seq);
            if (meta.modSeq() > params.modSeq()
                    && (known == null || known.contains(meta.uid(), largest))) {
                FlagFetch.write(exchange.session(), exchange.out(), seq, meta, true, true);
                exchange.flushIfLarge();
            }
        }
    }
}
