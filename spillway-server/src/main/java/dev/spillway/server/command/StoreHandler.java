package dev.spillway.server.command;

import dev.spillway.protocol.command.StoreCommand;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.search.MessageSets;
import dev.spillway.server.session.Exchange;
import dev.spillway.server.session.ImapSession;
import dev.spillway.store.FlagMode;
import dev.spillway.store.Flags;
import dev.spillway.store.MessageMeta;
import dev.spillway.store.StoreResult;
import dev.spillway.store.UidSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * STORE and UID STORE (RFC 3501 §6.4.6, §6.4.8): one store call for the whole set, then, unless
 * {@code .SILENT}, {@code * n FETCH (FLAGS (...))} with the new flags of every message in the
 * set, with the UID added for UID STORE. {@code \Recent} is a session property and cannot be
 * stored (RFC 3501 §2.3.2); it is dropped from the request.
 *
 * <p>CONDSTORE (RFC 7162 §3.1.3): the UNCHANGEDSINCE modifier turns CONDSTORE on, and the
 * store leaves alone every message whose MODSEQ is above it (with 0, every message, since
 * every MODSEQ is at least 1). Those are named in the tagged {@code OK [MODIFIED set]}, by
 * sequence number or, for UID STORE, by UID, and get no FETCH here; the flag changes that
 * made them fail are reported by the mailbox sync after the command. Once CONDSTORE is on,
 * every FETCH carries UID and MODSEQ, and a {@code .SILENT} STORE still sends
 * {@code * n FETCH (UID u MODSEQ (m))} for each message it changed, because the client's
 * cached MODSEQ is stale otherwise (§3.1.3).
 *
 * <p>MESSAGELIMIT (RFC 9738 §3.1): of more messages than the limit, only those with the
 * highest UIDs are stored to, their responses go out highest first, and the tagged OK carries
 * {@code [MESSAGELIMIT n lowest-uid]}, or, when it carries MODIFIED, an untagged NO does.
 * UIDONLY (RFC 9586): STORE is refused; UID STORE answers with UIDFETCH responses.
 */
final class StoreHandler implements CommandHandler<StoreCommand> {

    @Override
    public void handle(StoreCommand command, Exchange exchange) throws Exception {
        ImapSession session = exchange.session();
        UidOnly.requireUid(session, command.uid(), "STORE");
        SelectedMailbox view = session.selected();
        int[] seqs = MessageSets.resolve(command.set(), command.uid(), view);
        if (view.readOnly()) {
            throw ImapException.no(ResponseCode.READ_ONLY, "The mailbox is read-only");
        }
        MessageLimit limit = MessageLimit.of(exchange);
        ResponseCode cut = limit.cut(seqs, view);
        seqs = limit.highest(seqs);
        if (command.unchangedSince().isPresent()) {
            Condstore.enable(session);
        }
        Set<Long> changed = new HashSet<>();
        List<Long> failed = List.of();
        if (seqs.length > 0) {
            StoreResult result = session.account().store(view.id(),
                    MessageSets.uids(seqs, view), mode(command), Flags.of(command.flags()),
                    command.unchangedSince());
            view.applyOwn(result.changed());
            for (MessageMeta meta : result.changed()) {
                changed.add(meta.uid());
            }
            failed = result.failed();
            if (!changed.isEmpty() || !failed.isEmpty()) {
                exchange.markChanged();
            }
        }
        boolean silent = command.silent();
        boolean condstore = Condstore.on(session);
        Set<Long> skip = new HashSet<>(failed);
        for (int i = 0; i < seqs.length; i++) {
            int seq = cut == null ? seqs[i] : seqs[seqs.length - 1 - i];
            MessageMeta meta = view.at(seq);
            if (view.isExpunged(meta.uid()) || skip.contains(meta.uid())) {
                continue;
            }
            if (!silent) {
                FlagFetch.write(session, exchange.out(), seq, meta, true, command.uid());
            } else if (condstore && changed.contains(meta.uid())) {
                FlagFetch.write(session, exchange.out(), seq, meta, false, command.uid());
            }
        }
        String text = command.uid() ? "UID STORE completed" : "STORE completed";
        if (failed.isEmpty()) {
            if (cut == null) {
                exchange.ok(text);
            } else {
                exchange.ok(cut, text + " for the last " + limit.limit() + " messages");
            }
        } else {
            if (cut != null) {
                MessageLimit.writeUntagged(exchange, cut);
            }
            exchange.ok(ResponseCode.of("MODIFIED", modified(failed, command.uid(), view)),
                    "Conditional " + text.replace(" completed", " failed for some messages"));
        }
    }

    /** The MODIFIED set: UIDs for UID STORE, else sequence numbers (RFC 7162 §3.1.3). */
    private static String modified(List<Long> failed, boolean uid, SelectedMailbox view) {
        if (uid) {
            return UidSet.of(failed).toString();
        }
        List<Long> seqs = new ArrayList<>(failed.size());
        for (long u : failed) {
            seqs.add((long) view.seqOf(u));
        }
        // Sequence numbers form ranges just as UIDs do; the set type only compacts them.
        return UidSet.of(seqs).toString();
    }

    private static FlagMode mode(StoreCommand command) {
        return switch (command.action()) {
            case REPLACE -> FlagMode.REPLACE;
            case ADD -> FlagMode.ADD;
            case REMOVE -> FlagMode.REMOVE;
        };
    }
}
