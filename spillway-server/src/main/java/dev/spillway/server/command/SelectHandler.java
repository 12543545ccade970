package dev.spillway.server.command;

import dev.spillway.protocol.command.SelectCommand;
import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.session.Exchange;
import dev.spillway.server.session.ImapSession;
import dev.spillway.store.Flags;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MailStore;
import dev.spillway.store.MailboxEvent;
import dev.spillway.store.MailboxListener;
import dev.spillway.store.MailboxSnapshot;
import dev.spillway.store.MessageMeta;
import dev.spillway.store.Subscription;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SELECT and EXAMINE (RFC 3501 §6.3.1, §6.3.2).
 *
 * <p>Order matters. The current mailbox is left first, so a SELECT that fails leaves the
 * session authenticated with nothing selected (§6.3.1). The session subscribes to changes
 * before the snapshot is read, so that nothing committed after the snapshot goes unnoticed;
 * because the mailbox id is only known from the snapshot, the subscription covers the whole
 * account until the id is known and then passes on only that mailbox's events. An event
 * passed on needlessly costs one look for changes, never a wrong response.
 *
 * <p>SELECT claims the {@code \Recent} messages for this session; EXAMINE claims nothing and
 * shows the unclaimed ones as recent, since it must not change per-user state (§6.3.2).
 *
 * <p>RFC 7162: the CONDSTORE parameter turns CONDSTORE on (§3.1.8), and once it is on the
 * responses include {@code * OK [HIGHESTMODSEQ n]} (§3.1.2.1). The QRESYNC parameter needs
 * ENABLE QRESYNC first, else it is answered BAD before anything changes (§3.2.5); its
 * resynchronisation follows the usual responses ({@link QresyncSelect}). Once QRESYNC is on,
 * leaving a selected mailbox this way is announced with {@code * OK [CLOSED]} before any
 * response about the new one (§3.2.11), also when the new SELECT fails.
 *
 * <p>Once UIDONLY is on (RFC 9586 §3), {@code [UNSEEN n]} is left out, being a sequence
 * number, and QRESYNC sequence match data is refused with {@code BAD [UIDREQUIRED]}.
 */
final class SelectHandler implements CommandHandler<SelectCommand> {
    private static final ResponseCode CLOSED = new ResponseCode("CLOSED", null);
    private static final String PERMANENT = "(\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)";

    @Override
    public void handle(SelectCommand command, Exchange exchange) throws Exception {
        ImapSession session = exchange.session();
        if (command.qresync() != null && !Condstore.qresync(session)) {
            throw ImapException.bad("The QRESYNC parameter needs ENABLE QRESYNC first");
        }
        if (command.qresync() != null && command.qresync().knownSequenceNumbers() != null
                && UidOnly.on(session)) {
            throw ImapException.bad(UidOnly.UIDREQUIRED,
                    "QRESYNC sequence match data is refused once UIDONLY is on");
        }
        String name = MailboxNameCodec.decode(command.mailbox());
        boolean readOnly = command.readOnly();
        boolean wasSelected = session.selected() != null;
        session.unselect();
        if (wasSelected && Condstore.qresync(session)) {
            exchange.out().untagged().atom("OK").code(CLOSED).text("Previous mailbox closed")
                    .crlf();
        }
        MailAccount account = session.account();
        OneMailbox listener = new OneMailbox(exchange.changeListener());
        Subscription changes = exchange.server().store()
                .subscribe(account.name(), MailStore.ALL_MAILBOXES, listener);
        SelectedMailbox mailbox;
        try {
            MailboxSnapshot snapshot = account.select(name);
            long id = snapshot.info().id();
            listener.only(id);
            List<Long> recent;
            if (readOnly) {
                recent = unclaimed(snapshot);
            } else {
                recent = account.claimRecent(id);
                if (!recent.isEmpty() && recent.get(recent.size() - 1) > lastUid(snapshot)) {
                    // Arrived between snapshot and claim: read again so the view holds them.
                    snapshot = account.snapshot(id);
                }
                recent = present(recent, snapshot);
            }
            mailbox = new SelectedMailbox(snapshot, readOnly, recent);
            QresyncSelect resync = command.qresync() == null ? null
                    : QresyncSelect.prepare(command.qresync(), account, mailbox);
            if (command.condstore()) {
                Condstore.enable(session);
            }
            session.select(mailbox, changes);
            writeState(exchange.out(), snapshot, mailbox, UidOnly.on(session));
            if (Condstore.on(session)) {
                Condstore.writeHighestModSeq(exchange.out(), mailbox.highestModSeq());
                mailbox.announceModSeq();
            }
            if (resync != null) {
                resync.write(exchange, mailbox);
            }
        } catch (Exception e) {
            session.unselect(); // in case it failed while writing the new mailbox's responses
            changes.close();
            throw e;
        }
        if (readOnly) {
            exchange.ok(ResponseCode.READ_ONLY, "EXAMINE completed");
        } else {
            exchange.ok(ResponseCode.READ_WRITE, "SELECT completed");
        }
    }

    /** The untagged responses of RFC 3501 §6.3.1, in the order of its example. */
    private static void writeState(ImapWriter out, MailboxSnapshot snapshot,
            SelectedMailbox mailbox, boolean uidOnly) {
        List<String> flags = new ArrayList<>(Flags.SYSTEM);
        flags.addAll(keywordsInUse(snapshot.messages()));
        out.untagged().atom("FLAGS").flags(flags).crlf();
        out.untagged().number(mailbox.exists()).atom("EXISTS").crlf();
        out.untagged().number(mailbox.recentCount()).atom("RECENT").crlf();
        int unseen = uidOnly ? 0 : firstUnseen(snapshot.messages());
        if (unseen > 0) {
            out.untagged().atom("OK").code(ResponseCode.of("UNSEEN", unseen))
                    .text("First unseen").crlf();
        }
        if (mailbox.readOnly()) {
            out.untagged().atom("OK").code(ResponseCode.of("PERMANENTFLAGS", "()"))
                    .text("No permanent flags permitted").crlf();
        } else {
            out.untagged().atom("OK").code(ResponseCode.of("PERMANENTFLAGS", PERMANENT))
                    .text("Flags permitted").crlf();
        }
        out.untagged().atom("OK").code(ResponseCode.of("UIDVALIDITY", mailbox.uidValidity()))
                .text("UIDs valid").crlf();
        out.untagged().atom("OK").code(ResponseCode.of("UIDNEXT", mailbox.uidNext()))
                .text("Predicted next UID").crlf();
    }

    private static List<String> keywordsInUse(List<MessageMeta> messages) {
        List<String> all = new ArrayList<>();
        for (MessageMeta message : messages) {
            all.addAll(message.flags().keywords());
        }
        return Flags.of(all).keywords();
    }

    /** The sequence number of the first message without {@code \Seen}, or 0. */
    private static int firstUnseen(List<MessageMeta> messages) {
        for (int i = 0; i < messages.size(); i++) {
            if (!messages.get(i).flags().contains(Flags.SEEN)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The messages above the recent watermark: the highest UIDs, as many as it counts. */
    private static List<Long> unclaimed(MailboxSnapshot snapshot) {
        List<MessageMeta> messages = snapshot.messages();
        int from = Math.max(0, messages.size() - snapshot.info().recent());
        List<Long> out = new ArrayList<>(messages.size() - from);
        for (MessageMeta message : messages.subList(from, messages.size())) {
            out.add(message.uid());
        }
        return out;
    }

    /** The UIDs still in the snapshot; a claimed message may have been expunged already. */
    private static List<Long> present(List<Long> uids, MailboxSnapshot snapshot) {
        List<Long> inView = new AbstractList<>() {
            @Override
            public Long get(int index) {
                return snapshot.messages().get(index).uid();
            }

            @Override
            public int size() {
                return snapshot.messages().size();
            }
        };
        List<Long> out = new ArrayList<>(uids.size());
        for (Long uid : uids) {
            if (Collections.binarySearch(inView, uid) >= 0) {
                out.add(uid);
            }
        }
        return out;
    }

    private static long lastUid(MailboxSnapshot snapshot) {
        List<MessageMeta> messages = snapshot.messages();
        return messages.isEmpty() ? 0 : messages.get(messages.size() - 1).uid();
    }

    /**
     * Passes on every event until the mailbox id is known, then only that mailbox's. Events
     * arrive on the store's notification thread, hence the volatile id.
     */
    private static final class OneMailbox implements MailboxListener {
        private final MailboxListener next;
        private volatile long mailboxId = MailStore.ALL_MAILBOXES;

        OneMailbox(MailboxListener next) {
            this.next = next;
        }

        void only(long id) {
            mailboxId = id;
        }

        @Override
        public void changed(MailboxEvent event) {
            long id = mailboxId;
            if (id == MailStore.ALL_MAILBOXES || event.mailboxId() == id) {
                next.changed(event);
            }
        }
    }
}
