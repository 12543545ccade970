package dev.spillway.server.command;

import dev.spillway.protocol.command.FetchAttribute;
import dev.spillway.protocol.command.FetchAttribute.Item;
import dev.spillway.protocol.command.FetchCommand;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.fetch.FetchResponseWriter;
import dev.spillway.server.fetch.FetchedMessage;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.search.MessageSets;
import dev.spillway.server.search.PartialWindow;
import dev.spillway.server.session.Exchange;
import dev.spillway.server.session.ImapSession;
import dev.spillway.store.FlagMode;
import dev.spillway.store.Flags;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MessageMeta;
import dev.spillway.store.StoreException;
import dev.spillway.store.StoreResult;
import dev.spillway.store.UidSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * FETCH and UID FETCH (RFC 3501 §6.4.5, §6.4.8). One response per message, written in
 * ascending sequence order and streamed as it grows.
 *
 * <p>Fetching a body without PEEK sets {@code \Seen} on a read-write mailbox: one store call
 * for every affected message before any response, and those responses carry FLAGS even when
 * the client did not ask for them. A message that another session expunged but that this
 * session still numbers is left out, as RFC 9051 §7.5.1 allows.
 *
 * <p>CONDSTORE (RFC 7162 §3.1.4): the MODSEQ item and the CHANGEDSINCE modifier turn CONDSTORE
 * on; CHANGEDSINCE keeps only the messages whose MODSEQ is above it and adds MODSEQ to the
 * items. The VANISHED modifier of UID FETCH (§3.2.6) first reports, as
 * {@code * VANISHED (EARLIER)}, the UIDs of the set expunged since that MODSEQ.
 *
 * <p>PARTIAL (RFC 9394 §3.2): of the messages that would be returned, those in the set and,
 * with CHANGEDSINCE, changed since, only the given slice by position is; messages expunged
 * by another session do not count. MESSAGELIMIT (RFC 9738 §3.1): of more messages than the
 * limit, only those with the highest UIDs are returned, highest first, and the tagged OK says
 * where the client continues. UIDONLY (RFC 9586): FETCH is refused and UID FETCH answers with
 * UIDFETCH responses.
 */
final class FetchHandler implements CommandHandler<FetchCommand> {
    private static final Flags SEEN = Flags.of(Flags.SEEN);
    private static final FetchAttribute UID = new FetchAttribute.Simple(Item.UID);
    private static final FetchAttribute FLAGS = new FetchAttribute.Simple(Item.FLAGS);
    private static final FetchAttribute MODSEQ = new FetchAttribute.Simple(Item.MODSEQ);

    /** Items read from the view's message metadata, without the store. */
    private static final Set<Item> META_ITEMS = EnumSet.of(Item.UID, Item.FLAGS, Item.MODSEQ,
            Item.INTERNALDATE, Item.RFC822_SIZE);

    /**
     * A flag sync ({@code UID FETCH 1:* (FLAGS)}, also with CHANGEDSINCE or PARTIAL) reads only
     * the view; VANISHED and everything that reads a message need the store.
     */
    @Override
    public boolean inMemory(FetchCommand command, ImapSession session) {
        SelectedMailbox view = session.selected();
        if (view == null || command.vanished()
                || view.exists() > IN_MEMORY_MAILBOX_LIMIT) {
            return false;
        }
        return command.attributes().stream().allMatch(a ->
                a instanceof FetchAttribute.Simple simple && META_ITEMS.contains(simple.item()));
    }

    @Override
    public void handle(FetchCommand command, Exchange exchange) throws Exception {
        refuseUnsupported(command);
        ImapSession session = exchange.session();
        UidOnly.requireUid(session, command.uid(), "FETCH");
        if (command.vanished() && !Condstore.qresync(session)) {
            // RFC 7162 §3.2.6: VANISHED is for clients that turned QRESYNC on.
            throw ImapException.bad("VANISHED needs ENABLE QRESYNC first");
        }
        SelectedMailbox view = session.selected();
        MailAccount account = session.account();
        int[] seqs = MessageSets.resolve(command.set(), command.uid(), view);
        if (command.changedSince().isPresent() || command.attributes().contains(MODSEQ)) {
            Condstore.enable(session);
        }
        if (command.changedSince().isPresent()) {
            seqs = changedSince(seqs, view, command.changedSince().getAsLong());
        }
        if (command.partial() != null) {
            seqs = PartialWindow.of(present(seqs, view), command.partial());
        }
        MessageLimit limit = MessageLimit.of(exchange);
        ResponseCode cut = limit.cut(seqs, view);
        seqs = limit.highest(seqs);
        List<FetchAttribute> attributes = attributes(command);
        Set<Long> nowSeen = Set.of();
        if (!view.readOnly() && attributes.stream().anyMatch(FetchHandler::marksSeen)) {
            nowSeen = markSeen(exchange, account, view, seqs);
        }
        if (command.vanished()) {
            Condstore.writeVanished(exchange.out(), true, VanishedEarlier.since(account, view,
                    command.changedSince().getAsLong(), command.set()));
        }
        boolean uidFetch = UidOnly.on(session);
        FetchResponseWriter plain = new FetchResponseWriter(attributes, uidFetch);
        // RFC 3501 §6.4.5: a message this FETCH marked \Seen is answered with its new flags;
        // under CONDSTORE also with UID and MODSEQ (RFC 7162 §3.1).
        List<FetchAttribute> seenItems = Condstore.on(session)
                ? with(attributes, UID, FLAGS, MODSEQ) : with(attributes, FLAGS);
        FetchResponseWriter withFlags = seenItems.equals(attributes) ? plain
                : new FetchResponseWriter(seenItems, uidFetch);
        for (int i = 0; i < seqs.length; i++) {
            // RFC 9738 §3.1: a cut FETCH answers from the highest UID down.
            int seq = cut == null ? seqs[i] : seqs[seqs.length - 1 - i];
            MessageMeta meta = view.at(seq);
            if (view.isExpunged(meta.uid())) {
                continue;
            }
            FetchResponseWriter writer = nowSeen.contains(meta.uid()) ? withFlags : plain;
            try {
                writer.write(exchange.out(), seq, new FetchedMessage(account, view.id(), meta),
                        view.isRecent(meta.uid()));
            } catch (StoreException e) {
                if (e.kind() != StoreException.Kind.NONEXISTENT) {
                    throw e;
                }
                // Expunged by another session since the view was last brought up to date.
                exchange.markChanged();
            }
            exchange.flushIfLarge();
        }
        String text = command.uid() ? "UID FETCH completed" : "FETCH completed";
        if (cut == null) {
            exchange.ok(text);
        } else {
            exchange.ok(cut, text + " for the last " + limit.limit() + " messages");
        }
    }

    /** The messages not expunged by another session, which a FETCH leaves out. */
    private static int[] present(int[] seqs, SelectedMailbox view) {
        return Arrays.stream(seqs).filter(seq -> !view.isExpunged(view.at(seq).uid()))
                .toArray();
    }

    /** RFC 7162 §3.1.4.1: only the messages whose MODSEQ is above the given one. */
    private static int[] changedSince(int[] seqs, SelectedMailbox view, long modSeq) {
        return Arrays.stream(seqs).filter(seq -> view.at(seq).modSeq() > modSeq).toArray();
    }

    /** The items of RFC 8474 and RFC 8514 are not offered. */
    private static void refuseUnsupported(FetchCommand command) throws ImapException {
        for (FetchAttribute attribute : command.attributes()) {
            if (attribute instanceof FetchAttribute.Simple simple) {
                switch (simple.item()) {
                    case SAVEDATE, EMAILID, THREADID -> throw ImapException.bad(
                            "FETCH " + simple.item() + " is not supported");
                    default -> {
                    }
                }
            }
        }
    }

    /**
     * The items without duplicates; UID FETCH always answers with the UID (RFC 3501 §6.4.8),
     * and CHANGEDSINCE implies MODSEQ (RFC 7162 §3.1.4.1).
     */
    private static List<FetchAttribute> attributes(FetchCommand command) {
        Set<FetchAttribute> unique = new LinkedHashSet<>();
        if (command.uid()) {
            unique.add(UID);
        }
        unique.addAll(command.attributes());
        if (command.changedSince().isPresent()) {
            unique.add(MODSEQ);
        }
        return List.copyOf(unique);
    }

    private static List<FetchAttribute> with(List<FetchAttribute> attributes,
            FetchAttribute... extra) {
        Set<FetchAttribute> out = new LinkedHashSet<>(attributes);
        out.addAll(List.of(extra));
        return List.copyOf(out);
    }

    /** RFC 3501 §6.4.5: BODY[...], BINARY[...], RFC822 and RFC822.TEXT set {@code \Seen}. */
    private static boolean marksSeen(FetchAttribute attribute) {
        if (attribute instanceof FetchAttribute.Body body) {
            return !body.peek();
        }
        if (attribute instanceof FetchAttribute.Binary binary) {
            return !binary.peek();
        }
        return attribute instanceof FetchAttribute.Simple simple
                && (simple.item() == Item.RFC822 || simple.item() == Item.RFC822_TEXT);
    }

    /** Sets {@code \Seen} where it is missing; returns the UIDs whose flags changed. */
    private static Set<Long> markSeen(Exchange exchange, MailAccount account,
            SelectedMailbox view, int[] seqs) throws StoreException {
        List<Long> unseen = new ArrayList<>();
        for (int seq : seqs) {
            MessageMeta meta = view.at(seq);
            if (!meta.flags().contains(Flags.SEEN) && !view.isExpunged(meta.uid())) {
                unseen.add(meta.uid());
            }
        }
        if (unseen.isEmpty()) {
            return Set.of();
        }
        StoreResult result = account.store(view.id(), UidSet.of(unseen), FlagMode.ADD, SEEN,
                OptionalLong.empty());
        view.applyOwn(result.changed());
        exchange.markChanged();
        Set<Long> changed = new HashSet<>();
        for (MessageMeta meta : result.changed()) {
            changed.add(meta.uid());
        }
        return changed;
    }
}
