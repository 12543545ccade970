package dev.spillway.store.sqlite;

import dev.spillway.store.AppendResult;
import dev.spillway.store.Changes;
import dev.spillway.store.CopyResult;
import dev.spillway.store.FlagMode;
import dev.spillway.store.Flags;
import dev.spillway.store.MailboxNames;
import dev.spillway.store.MessageMeta;
import dev.spillway.store.QuotaLimits;
import dev.spillway.store.QuotaUsage;
import dev.spillway.store.StoreException;
import dev.spillway.store.StoreResult;
import dev.spillway.store.UidSet;
import dev.spillway.store.mime.MessageStructure;
import dev.spillway.store.mime.MimeAnalyzer;
import dev.spillway.store.mime.StructureCodec;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Message-level operations of one account. Each change is one transaction that raises the
 * mailbox's HIGHESTMODSEQ by exactly one and gives that MODSEQ to every message it touched
 * (RFC 7162 §3.1.3 allows one value for changes made together).
 */
final class MessageOps {
    private final Database db;
    private final Runnable changed;
    private final long maxMessageBytes;
    private final QuotaLimits defaultQuota;

    MessageOps(Database db, Runnable changed, StoreSettings settings) {
        this.db = db;
        this.changed = changed;
        this.maxMessageBytes = settings.maxMessageBytes();
        this.defaultQuota = settings.quota();
    }

    AppendResult append(String mailbox, InputStream in, long size, Flags flags,
            OffsetDateTime internalDate) throws StoreException {
        checkSize(size);
        byte[] message;
        try {
            message = in.readNBytes((int) size);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.CANNOT,
                    "could not read the message: " + e.getMessage(), e);
        }
        if (message.length != size) {
            throw new StoreException(StoreException.Kind.CANNOT,
                    "message ended after " + message.length + " of " + size + " octets");
        }
        return append(mailbox, message, flags, internalDate);
    }

    AppendResult append(String mailbox, byte[] message, Flags flags,
            OffsetDateTime internalDate) throws StoreException {
        checkSize(message.length);
        // Analysis is pure CPU work on the caller's thread, outside the write lock.
        String structure = StructureCodec.encode(MimeAnalyzer.analyze(message));
        OffsetDateTime date = (internalDate != null ? internalDate
                : OffsetDateTime.now(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS);
        String name = MailboxNames.canonical(mailbox);
        Flags initial = flags == null ? Flags.NONE : flags;
        AppendResult result = db.write(c -> {
            MailboxRow box = target(c, name);
            long uid = box.uidNext();
            checkUids(uid, 1);
            QuotaRows.check(c, defaultQuota, new QuotaUsage(message.length, 1));
            long modSeq = box.highestModSeq() + 1;
            long contentId = MessageRows.insertContent(c, message, structure);
            MessageRows.insert(c, box.id(),
                    new MessageMeta(uid, initial, modSeq, message.length, date), contentId);
            MailboxRow.advance(c, box.id(), uid + 1, modSeq);
            return new AppendResult(box.id(), box.uidValidity(), uid, modSeq);
        });
        changed.run();
        return result;
    }

    byte[] content(long mailboxId, long uid, long offset, long length) throws StoreException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length");
        }
        long count = Math.min(length, Integer.MAX_VALUE);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT substr(c.raw, ?, ?)"
                    + " FROM message m JOIN content c ON c.id = m.content_id"
                    + " WHERE m.mailbox_id = ? AND m.uid = ?")) {
                ps.setLong(1, offset + 1);
                ps.setLong(2, count);
                ps.setLong(3, mailboxId);
                ps.setLong(4, uid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw StoreException.nonexistent("message " + uid);
                    }
                    byte[] bytes = rs.getBytes(1);
                    return bytes == null ? new byte[0] : bytes;
                }
            }
        });
    }

    MessageStructure structure(long mailboxId, long uid) throws StoreException {
        String json = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.structure"
                    + " FROM message m JOIN content c ON c.id = m.content_id"
                    + " WHERE m.mailbox_id = ? AND m.uid = ?")) {
                ps.setLong(1, mailboxId);
                ps.setLong(2, uid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw StoreException.nonexistent("message " + uid);
                    }
                    return rs.getString(1);
                }
            }
        });
        try {
            return StructureCodec.decode(json);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.SERVERBUG,
                    "unreadable structure of message " + uid, e);
        }
    }

    StoreResult store(long mailboxId, UidSet uids, FlagMode mode, Flags flags,
            OptionalLong unchangedSince) throws StoreException {
        StoreResult result = db.write(c -> {
            MailboxRow box = MailboxRow.selectable(c, mailboxId);
            long modSeq = box.highestModSeq() + 1;
            List<MessageMeta> done = new ArrayList<>();
            List<MessageMeta> same = new ArrayList<>();
            List<Long> failed = new ArrayList<>();
            for (MessageRows.MessageRow row : MessageRows.inSet(c, mailboxId, uids)) {
                MessageMeta m = row.meta();
                if (unchangedSince.isPresent() && m.modSeq() > unchangedSince.getAsLong()) {
                    failed.add(m.uid());
                    continue;
                }
                Flags updated = m.flags().apply(mode, flags);
                if (updated.sameAs(m.flags())) {
                    same.add(m);
                    continue;
                }
                MessageRows.setFlags(c, mailboxId, m.uid(), updated, modSeq);
                done.add(new MessageMeta(m.uid(), updated, modSeq, m.size(), m.internalDate()));
            }
            if (done.isEmpty()) {
                return new StoreResult(done, same, failed, box.highestModSeq());
            }
            MailboxRow.advance(c, mailboxId, box.uidNext(), modSeq);
            return new StoreResult(done, same, failed, modSeq);
        });
        if (!result.changed().isEmpty()) {
            changed.run();
        }
        return result;
    }

    /** COPY, or MOVE when {@code move}: copy and expunge in one transaction. */
    CopyResult copy(long mailboxId, UidSet uids, String target, boolean move)
            throws StoreException {
        String name = MailboxNames.canonical(target);
        CopyResult result = db.write(c -> {
            MailboxRow.selectable(c, mailboxId);
            MailboxRow dest = target(c, name);
            List<MessageRows.MessageRow> rows = MessageRows.inSet(c, mailboxId, uids);
            List<Long> from = new ArrayList<>();
            List<Long> to = new ArrayList<>();
            if (rows.isEmpty()) {
                return new CopyResult(dest.id(), dest.uidValidity(), from, to);
            }
            long uid = dest.uidNext();
            checkUids(uid, rows.size());
            if (!move) {
                // A move within the account leaves its usage as it was (RFC 9208 §4.3 concerns
                // what would go over); a copy adds every message it copies.
                QuotaRows.check(c, defaultQuota, added(rows));
            }
            long modSeq = dest.highestModSeq() + 1;
            for (MessageRows.MessageRow row : rows) {
                MessageMeta m = row.meta();
                MessageRows.insert(c, dest.id(), new MessageMeta(uid, m.flags(), modSeq,
                        m.size(), m.internalDate()), row.contentId());
                from.add(m.uid());
                to.add(uid++);
            }
            MailboxRow.advance(c, dest.id(), uid, modSeq);
            if (move) {
                // Read again: source and target may be the same mailbox.
                MailboxRow source = MailboxRow.byId(c, mailboxId);
                MessageRows.expunge(c, mailboxId, rows, source.highestModSeq() + 1);
                MailboxRow.advance(c, mailboxId, source.uidNext(), source.highestModSeq() + 1);
            }
            return new CopyResult(dest.id(), dest.uidValidity(), from, to);
        });
        if (!result.sourceUids().isEmpty()) {
            changed.run();
        }
        return result;
    }

    /** Expunges the \Deleted messages, all of them or those in {@code uids}. */
    List<Long> expunge(long mailboxId, UidSet uids) throws StoreException {
        List<Long> expunged = db.write(c -> {
            MailboxRow box = MailboxRow.selectable(c, mailboxId);
            List<MessageRows.MessageRow> rows = uids == null
                    ? MessageRows.deleted(c, mailboxId)
                    : MessageRows.inSet(c, mailboxId, uids).stream()
                            .filter(r -> r.meta().flags().contains(Flags.DELETED)).toList();
            List<Long> out = new ArrayList<>();
            if (rows.isEmpty()) {
                return out;
            }
            long modSeq = box.highestModSeq() + 1;
            MessageRows.expunge(c, mailboxId, rows, modSeq);
            MailboxRow.advance(c, mailboxId, box.uidNext(), modSeq);
            for (MessageRows.MessageRow row : rows) {
                out.add(row.meta().uid());
            }
            return out;
        });
        if (!expunged.isEmpty()) {
            changed.run();
        }
        return expunged;
    }

    Changes changesSince(long mailboxId, long modSeq) throws StoreException {
        return db.read(c -> {
            MailboxRow box = MailboxRow.selectable(c, mailboxId);
            return new Changes(MessageRows.changedSince(c, mailboxId, modSeq),
                    MessageRows.vanishedSince(c, mailboxId, modSeq),
                    box.highestModSeq(), box.uidNext());
        });
    }

    private static QuotaUsage added(List<MessageRows.MessageRow> rows) {
        long octets = 0;
        for (MessageRows.MessageRow row : rows) {
            octets += row.meta().size();
        }
        return new QuotaUsage(octets, rows.size());
    }

    /** The selectable mailbox an append, copy or move writes to, else TRYCREATE. */
    private static MailboxRow target(Connection c, String name)
            throws SQLException, StoreException {
        MailboxRow box = MailboxRow.byName(c, name);
        if (box == null || !box.selectable()) {
            throw new StoreException(StoreException.Kind.TRYCREATE,
                    "mailbox " + name + " does not exist");
        }
        return box;
    }

    private void checkSize(long size) throws StoreException {
        if (size < 0) {
            throw new StoreException(StoreException.Kind.CANNOT, "negative message size");
        }
        if (size > maxMessageBytes || size > Integer.MAX_VALUE - 64) {
            throw new StoreException(StoreException.Kind.TOOBIG,
                    "messages are limited to " + maxMessageBytes + " octets");
        }
    }

    /** UIDs are 32-bit (RFC 3501 §9); a mailbox that used them all takes no more messages. */
    private static void checkUids(long first, int count) throws StoreException {
        if (first + count - 1 > UidSet.MAX_UID) {
            throw new StoreException(StoreException.Kind.CANNOT, "the mailbox has run out of UIDs");
        }
    }
}
