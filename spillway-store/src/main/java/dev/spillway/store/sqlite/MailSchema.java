package dev.spillway.store.sqlite;

import dev.spillway.store.MailboxNames;
import dev.spillway.store.SpecialUse;
import dev.spillway.store.StoreException;
import dev.spillway.store.UidSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The tables of one account's mail database.
 *
 * <p>{@code content} holds each message's octets and analysed structure once; COPY shares a
 * content row instead of duplicating the octets, and a row goes when no message refers to it.
 * {@code vanished} keeps expunged UIDs with the MODSEQ of their expunge (RFC 7162 §3.2.10).
 * {@code meta} keeps the last UIDVALIDITY handed out, so a new mailbox never gets an old value,
 * and the account's own quota limits ({@link QuotaRows}).
 */
final class MailSchema {
    private static final int VERSION = 1;

    private static final String[] DDL = {
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS mailbox (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " name TEXT NOT NULL UNIQUE, selectable INTEGER NOT NULL,"
                    + " uidvalidity INTEGER NOT NULL, uidnext INTEGER NOT NULL,"
                    + " highestmodseq INTEGER NOT NULL, recent_uid INTEGER NOT NULL,"
                    + " special_use TEXT)",
            "CREATE TABLE IF NOT EXISTS subscription (name TEXT PRIMARY KEY)",
            "CREATE TABLE IF NOT EXISTS content (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " raw BLOB NOT NULL, structure TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS message (mailbox_id INTEGER NOT NULL,"
                    + " uid INTEGER NOT NULL, modseq INTEGER NOT NULL, flags TEXT NOT NULL,"
                    + " seen INTEGER NOT NULL, deleted INTEGER NOT NULL,"
                    + " internal_date INTEGER NOT NULL, zone_offset INTEGER NOT NULL,"
                    + " size INTEGER NOT NULL, content_id INTEGER NOT NULL,"
                    + " PRIMARY KEY (mailbox_id, uid)) WITHOUT ROWID",
            "CREATE INDEX IF NOT EXISTS message_modseq ON message (mailbox_id, modseq)",
            "CREATE INDEX IF NOT EXISTS message_content ON message (content_id)",
            "CREATE TABLE IF NOT EXISTS vanished (mailbox_id INTEGER NOT NULL,"
                    + " uid INTEGER NOT NULL, modseq INTEGER NOT NULL,"
                    + " PRIMARY KEY (mailbox_id, uid)) WITHOUT ROWID",
            "CREATE INDEX IF NOT EXISTS vanished_modseq ON vanished (mailbox_id, modseq)",
    };

    private MailSchema() {
    }

    /** Creates the tables, and on first use the default mailboxes, all subscribed. */
    static void initialise(Connection c) throws SQLException, StoreException {
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        }
        if (meta(c, "schema") != 0) {
            return;
        }
        create(c, MailboxNames.INBOX, Optional.empty());
        create(c, "Sent", Optional.of(SpecialUse.SENT));
        create(c, "Drafts", Optional.of(SpecialUse.DRAFTS));
        create(c, "Trash", Optional.of(SpecialUse.TRASH));
        create(c, "Junk", Optional.of(SpecialUse.JUNK));
        create(c, "Archive", Optional.of(SpecialUse.ARCHIVE));
        setMeta(c, "schema", VERSION);
    }

    private static void create(Connection c, String name, Optional<SpecialUse> use)
            throws SQLException, StoreException {
        MailboxRow.insert(c, name, true, nextUidValidity(c), use);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO subscription (name) VALUES (?)")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
    }

    /**
     * A UIDVALIDITY never handed out before in this database: the current time in seconds, or
     * one more than the last value if the clock has not moved on (RFC 3501 §2.3.1.1 suggests a
     * time-based value; uniqueness is what matters).
     */
    static long nextUidValidity(Connection c) throws SQLException, StoreException {
        long now = System.currentTimeMillis() / 1000;
        long next = Math.max(now, meta(c, "last_uidvalidity") + 1);
        if (next > UidSet.MAX_UID) {
            throw new StoreException(StoreException.Kind.SERVERBUG, "UIDVALIDITY exhausted");
        }
        setMeta(c, "last_uidvalidity", next);
        return next;
    }

    private static long meta(Connection c, String key) throws SQLException {
        return metaValue(c, key).orElse(0);
    }

    /** The value kept under {@code key}, if there is one. */
    static OptionalLong metaValue(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    static void removeMeta(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    static void setMeta(Connection c, String key, long value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setLong(2, value);
            ps.executeUpdate();
        }
    }
}
