package dev.spillway.store.sqlite;

import dev.spillway.store.AppendResult;
import dev.spillway.store.Changes;
import dev.spillway.store.CopyResult;
import dev.spillway.store.FlagMode;
import dev.spillway.store.Flags;
import dev.spillway.store.ListEntry;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MailboxInfo;
import dev.spillway.store.MailboxNames;
import dev.spillway.store.MailboxSnapshot;
import dev.spillway.store.MessageMeta;
import dev.spillway.store.QuotaLimits;
import dev.spillway.store.QuotaOverride;
import dev.spillway.store.QuotaUsage;
import dev.spillway.store.SpecialUse;
import dev.spillway.store.StoreException;
import dev.spillway.store.StoreResult;
import dev.spillway.store.UidSet;
import dev.spillway.store.mime.MessageStructure;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One account's mail in its own SQLite file. Mailbox-level operations live here; message-level
 * ones in {@link MessageOps}. After every committed change the notifier hears of it, so
 * listeners in this and other processes learn about it.
 */
final class SqliteMailAccount implements MailAccount {
    private final String name;
    private final Database db;
    private final Runnable changed;
    private final MessageOps messages;
    private final QuotaLimits defaultQuota;

    SqliteMailAccount(String name, Database db, Runnable changed, StoreSettings settings) {
        this.name = name;
        this.db = db;
        this.changed = changed;
        this.messages = new MessageOps(db, changed, settings);
        this.defaultQuota = settings.quota();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<ListEntry> list() throws StoreException {
        return db.read(c -> {
            Set<String> subscribed = new HashSet<>(subscriptions(c));
            List<MailboxRow> rows = rows(c);
            Set<String> parents = new HashSet<>();
            for (MailboxRow row : rows) {
                parents.addAll(MailboxNames.superiors(row.name()));
            }
            List<ListEntry> out = new ArrayList<>();
            for (MailboxRow row : rows) {
                out.add(new ListEntry(row.name(), row.selectable(), parents.contains(row.name()),
                        subscribed.contains(row.name()), row.specialUse()));
            }
            return out;
        });
    }

    @Override
    public List<String> subscriptions() throws StoreException {
        return db.read(SqliteMailAccount::subscriptions);
    }

    @Override
    public MailboxInfo create(String mailbox, Optional<SpecialUse> specialUse)
            throws StoreException {
        String n = MailboxNames.checked(mailbox);
        MailboxInfo info = db.write(c -> {
            MailboxRow existing = MailboxRow.byName(c, n);
            if (existing != null && existing.selectable()) {
                throw new StoreException(StoreException.Kind.ALREADYEXISTS,
                        "mailbox " + n + " already exists");
            }
            createSuperiors(c, n);
            if (existing != null) {
                deleteRow(c, existing.id());
            }
            MailboxRow row = MailboxRow.insert(c, n, true, MailSchema.nextUidValidity(c),
                    specialUse);
            return MessageRows.info(c, row, subscriptions(c).contains(n));
        });
        changed.run();
        return info;
    }

    @Override
    public void delete(String mailbox) throws StoreException {
        String n = MailboxNames.checked(mailbox);
        if (n.equals(MailboxNames.INBOX)) {
            throw new StoreException(StoreException.Kind.CANNOT, "INBOX cannot be deleted");
        }
        db.write(c -> {
            MailboxRow row = MailboxRow.byName(c, n);
            if (row == null) {
                throw StoreException.nonexistent("mailbox " + n);
            }
            boolean inferiors = rows(c).stream()
                    .anyMatch(r -> MailboxNames.isInferior(r.name(), n));
            if (!row.selectable() && inferiors) {
                // RFC 3501 §6.3.4: a \Noselect name with inferiors cannot be deleted.
                throw new StoreException(StoreException.Kind.CANNOT,
                        "mailbox " + n + " has inferior hierarchical names");
            }
            List<MessageRows.MessageRow> gone = MessageRows.inSet(c, row.id(), UidSet.all());
            exec(c, "DELETE FROM message WHERE mailbox_id = ?", row.id());
            exec(c, "DELETE FROM vanished WHERE mailbox_id = ?", row.id());
            MessageRows.dropOrphans(c, gone);
            deleteRow(c, row.id());
            if (inferiors) {
                // RFC 3501 §6.3.4: the name stays, as \Noselect, to hold its inferiors.
                MailboxRow.insert(c, n, false, 0, Optional.empty());
            }
            return null;
        });
        changed.run();
    }

    @Override
    public void rename(String from, String to) throws StoreException {
        String f = MailboxNames.checked(from);
        String t = MailboxNames.checked(to);
        db.write(c -> {
            MailboxRow source = MailboxRow.byName(c, f);
            if (source == null) {
                throw StoreException.nonexistent("mailbox " + f);
            }
            if (MailboxRow.byName(c, t) != null) {
                throw new StoreException(StoreException.Kind.ALREADYEXISTS,
                        "mailbox " + t + " already exists");
            }
            if (MailboxNames.isInferior(t, f)) {
                throw new StoreException(StoreException.Kind.CANNOT,
                        "cannot rename " + f + " to its own inferior " + t);
            }
            createSuperiors(c, t);
            if (f.equals(MailboxNames.INBOX)) {
                renameInbox(c, source, t);
                return null;
            }
            for (MailboxRow row : rows(c)) {
                if (row.name().equals(f) || MailboxNames.isInferior(row.name(), f)) {
                    String moved = t + row.name().substring(f.length());
                    update(c, "UPDATE mailbox SET name = ? WHERE id = ?", moved, row.id());
                    update(c, "UPDATE OR REPLACE subscription SET name = ? WHERE name = ?",
                            moved, row.name());
                }
            }
            return null;
        });
        changed.run();
    }

    /**
     * RFC 3501 §6.3.5: renaming INBOX moves all its messages to a new mailbox and leaves INBOX
     * empty; INBOX's inferiors stay where they are. The moved messages get new UIDs in the new
     * mailbox and vanish from INBOX like an expunge.
     */
    private void renameInbox(Connection c, MailboxRow inbox, String target)
            throws SQLException, StoreException {
        MailboxRow dest = MailboxRow.insert(c, target, true, MailSchema.nextUidValidity(c),
                Optional.empty());
        List<MessageRows.MessageRow> rows = MessageRows.inSet(c, inbox.id(), UidSet.all());
        if (rows.isEmpty()) {
            return;
        }
        long uid = dest.uidNext();
        long modSeq = dest.highestModSeq() + 1;
        for (MessageRows.MessageRow row : rows) {
            MessageMeta m = row.meta();
            MessageRows.insert(c, dest.id(), new MessageMeta(uid++, m.flags(), modSeq, m.size(),
                    m.internalDate()), row.contentId());
        }
        MailboxRow.advance(c, dest.id(), uid, modSeq);
        MessageRows.expunge(c, inbox.id(), rows, inbox.highestModSeq() + 1);
        MailboxRow.advance(c, inbox.id(), inbox.uidNext(), inbox.highestModSeq() + 1);
    }

    @Override
    public void subscribe(String mailbox) throws StoreException {
        String n = MailboxNames.checked(mailbox);
        db.write(c -> update(c, "INSERT OR IGNORE INTO subscription (name) VALUES (?)", n));
    }

    @Override
    public void unsubscribe(String mailbox) throws StoreException {
        String n = MailboxNames.canonical(mailbox);
        db.write(c -> update(c, "DELETE FROM subscription WHERE name = ?", n));
    }

    @Override
    public MailboxInfo status(String mailbox) throws StoreException {
        String n = MailboxNames.canonical(mailbox);
        return db.read(c -> MessageRows.info(c, selectable(c, n), subscriptions(c).contains(n)));
    }

    @Override
    public MailboxSnapshot select(String mailbox) throws StoreException {
        String n = MailboxNames.canonical(mailbox);
        return db.read(c -> snapshot(c, selectable(c, n)));
    }

    @Override
    public MailboxSnapshot snapshot(long mailboxId) throws StoreException {
        return db.read(c -> snapshot(c, MailboxRow.selectable(c, mailboxId)));
    }

    @Override
    public List<MessageMeta> messages(long mailboxId) throws StoreException {
        return db.read(c -> {
            MailboxRow.selectable(c, mailboxId);
            return MessageRows.all(c, mailboxId);
        });
    }

    @Override
    public List<Long> claimRecent(long mailboxId) throws StoreException {
        return db.write(c -> {
            MailboxRow row = MailboxRow.selectable(c, mailboxId);
            List<Long> recent = new ArrayList<>();
            for (MessageRows.MessageRow m : MessageRows.inSet(c, mailboxId,
                    UidSet.range(row.recentUid() + 1, UidSet.MAX_UID))) {
                recent.add(m.meta().uid());
            }
            update(c, "UPDATE mailbox SET recent_uid = ? WHERE id = ?",
                    row.uidNext() - 1, mailboxId);
            return recent;
        });
    }

    @Override
    public AppendResult append(String mailbox, byte[] message, Flags flags,
            OffsetDateTime internalDate) throws StoreException {
        return messages.append(mailbox, message, flags, internalDate);
    }

    @Override
    public AppendResult append(String mailbox, InputStream message, long size, Flags flags,
            OffsetDateTime internalDate) throws StoreException {
        return messages.append(mailbox, message, size, flags, internalDate);
    }

    @Override
    public byte[] content(long mailboxId, long uid) throws StoreException {
        return messages.content(mailboxId, uid, 0, Long.MAX_VALUE);
    }

    @Override
    public byte[] content(long mailboxId, long uid, long offset, long length)
            throws StoreException {
        return messages.content(mailboxId, uid, offset, length);
    }

    @Override
    public MessageStructure structure(long mailboxId, long uid) throws StoreException {
        return messages.structure(mailboxId, uid);
    }

    @Override
    public StoreResult store(long mailboxId, UidSet uids, FlagMode mode, Flags flags,
            OptionalLong unchangedSince) throws StoreException {
        return messages.store(mailboxId, uids, mode, flags, unchangedSince);
    }

    @Override
    public CopyResult copy(long mailboxId, UidSet uids, String target) throws StoreException {
        return messages.copy(mailboxId, uids, target, false);
    }

    @Override
    public CopyResult move(long mailboxId, UidSet uids, String target) throws StoreException {
        return messages.copy(mailboxId, uids, target, true);
    }

    @Override
    public List<Long> expunge(long mailboxId) throws StoreException {
        return messages.expunge(mailboxId, null);
    }

    @Override
    public List<Long> expunge(long mailboxId, UidSet uids) throws StoreException {
        return messages.expunge(mailboxId, uids);
    }

    @Override
    public Changes changesSince(long mailboxId, long modSeq) throws StoreException {
        return messages.changesSince(mailboxId, modSeq);
    }

    @Override
    public QuotaLimits quotaLimits() throws StoreException {
        return quotaOverride().over(defaultQuota);
    }

    @Override
    public QuotaOverride quotaOverride() throws StoreException {
        return db.read(QuotaRows::override);
    }

    @Override
    public void setQuotaOverride(QuotaOverride override) throws StoreException {
        db.write(c -> {
            QuotaRows.setOverride(c, override);
            return null;
        });
    }

    @Override
    public QuotaUsage quotaUsage() throws StoreException {
        return db.read(QuotaRows::usage);
    }

    private static MailboxSnapshot snapshot(Connection c, MailboxRow row) throws SQLException {
        boolean subscribed = subscriptions(c).contains(row.name());
        return new MailboxSnapshot(MessageRows.info(c, row, subscribed),
                MessageRows.all(c, row.id()));
    }

    private static MailboxRow selectable(Connection c, String n)
            throws SQLException, StoreException {
        MailboxRow row = MailboxRow.byName(c, n);
        if (row == null || !row.selectable()) {
            throw StoreException.nonexistent("mailbox " + n);
        }
        return row;
    }

    /** RFC 3501 §6.3.3: missing superiors are created as ordinary mailboxes. */
    private static void createSuperiors(Connection c, String n)
            throws SQLException, StoreException {
        for (String superior : MailboxNames.superiors(n)) {
            if (MailboxRow.byName(c, superior) == null) {
                MailboxRow.insert(c, superior, true, MailSchema.nextUidValidity(c),
                        Optional.empty());
            }
        }
    }

    private static List<MailboxRow> rows(Connection c) throws SQLException {
        return MailboxRow.all(c);
    }

    private static List<String> subscriptions(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM subscription")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        names.sort(null);
        return names;
    }

    private static void deleteRow(Connection c, long id) throws SQLException {
        exec(c, "DELETE FROM mailbox WHERE id = ?", id);
    }

    private static void exec(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static Void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
        return null;
    }
}
