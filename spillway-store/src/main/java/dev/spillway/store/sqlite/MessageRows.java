package dev.spillway.store.sqlite;

import dev.spillway.store.Flags;
import dev.spillway.store.MailboxInfo;
import dev.spillway.store.MessageMeta;
import dev.spillway.store.UidSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Queries on the {@code message}, {@code content} and {@code vanished} tables. */
final class MessageRows {
    /** A message's metadata and the content row it refers to. */
    record MessageRow(MessageMeta meta, long contentId) {
    }

    private static final String COLUMNS =
            "uid, flags, modseq, size, internal_date, zone_offset, content_id";

    private MessageRows() {
    }

    static List<MessageMeta> all(Connection c, long mailboxId) throws SQLException {
        List<MessageMeta> out = new ArrayList<>();
        for (MessageRow row : query(c, "SELECT " + COLUMNS
                + " FROM message WHERE mailbox_id = ? ORDER BY uid", mailboxId)) {
            out.add(row.meta());
        }
        return out;
    }

    /** The messages whose UIDs are in {@code uids}, ascending; one query per range. */
    static List<MessageRow> inSet(Connection c, long mailboxId, UidSet uids)
            throws SQLException {
        List<MessageRow> out = new ArrayList<>();
        for (UidSet.Range r : uids.ranges()) {
            out.addAll(query(c, "SELECT " + COLUMNS + " FROM message WHERE mailbox_id = ?"
                    + " AND uid BETWEEN ? AND ? ORDER BY uid", mailboxId, r.first(), r.last()));
        }
        return out;
    }

    static List<MessageRow> deleted(Connection c, long mailboxId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM message WHERE mailbox_id = ?"
                + " AND deleted = 1 ORDER BY uid", mailboxId);
    }

    static List<MessageMeta> changedSince(Connection c, long mailboxId, long modSeq)
            throws SQLException {
        List<MessageMeta> out = new ArrayList<>();
        for (MessageRow row : query(c, "SELECT " + COLUMNS + " FROM message"
                + " WHERE mailbox_id = ? AND modseq > ? ORDER BY uid", mailboxId, modSeq)) {
            out.add(row.meta());
        }
        return out;
    }

    static List<Long> vanishedSince(Connection c, long mailboxId, long modSeq)
            throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT uid FROM vanished"
                + " WHERE mailbox_id = ? AND modseq > ? ORDER BY uid")) {
            ps.setLong(1, mailboxId);
            ps.setLong(2, modSeq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    static long insertContent(Connection c, byte[] raw, String structure) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO content (raw, structure) VALUES (?, ?)")) {
            ps.setBytes(1, raw);
            ps.setString(2, structure);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void insert(Connection c, long mailboxId, MessageMeta m, long contentId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO message (mailbox_id, uid,"
                + " modseq, flags, seen, deleted, internal_date, zone_offset, size, content_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, mailboxId);
            ps.setLong(2, m.uid());
            ps.setLong(3, m.modSeq());
            ps.setString(4, m.flags().serialize());
            ps.setBoolean(5, m.flags().contains(Flags.SEEN));
            ps.setBoolean(6, m.flags().contains(Flags.DELETED));
            ps.setLong(7, m.internalDate().toEpochSecond());
            ps.setInt(8, m.internalDate().getOffset().getTotalSeconds());
            ps.setLong(9, m.size());
            ps.setLong(10, contentId);
            ps.executeUpdate();
        }
    }

    static void setFlags(Connection c, long mailboxId, long uid, Flags flags, long modSeq)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE message SET flags = ?, seen = ?,"
                + " deleted = ?, modseq = ? WHERE mailbox_id = ? AND uid = ?")) {
            ps.setString(1, flags.serialize());
            ps.setBoolean(2, flags.contains(Flags.SEEN));
            ps.setBoolean(3, flags.contains(Flags.DELETED));
            ps.setLong(4, modSeq);
            ps.setLong(5, mailboxId);
            ps.setLong(6, uid);
            ps.executeUpdate();
        }
    }

    /** Removes messages, leaves their tombstones at {@code modSeq}, drops orphaned content. */
    static void expunge(Connection c, long mailboxId, List<MessageRow> rows, long modSeq)
            throws SQLException {
        try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM message WHERE mailbox_id = ? AND uid = ?");
                PreparedStatement tomb = c.prepareStatement("INSERT OR REPLACE INTO vanished"
                        + " (mailbox_id, uid, modseq) VALUES (?, ?, ?)")) {
            for (MessageRow row : rows) {
                del.setLong(1, mailboxId);
                del.setLong(2, row.meta().uid());
                del.executeUpdate();
                tomb.setLong(1, mailboxId);
                tomb.setLong(2, row.meta().uid());
                tomb.setLong(3, modSeq);
                tomb.executeUpdate();
            }
        }
        dropOrphans(c, rows);
    }

    /** Deletes content rows no message refers to any more. */
    static void dropOrphans(Connection c, List<MessageRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM content WHERE id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM message WHERE content_id = ?)")) {
            for (MessageRow row : rows) {
                ps.setLong(1, row.contentId());
                ps.setLong(2, row.contentId());
                ps.executeUpdate();
            }
        }
    }

    /** Counts for STATUS and SELECT, in one pass over the mailbox's messages. */
    static MailboxInfo info(Connection c, MailboxRow box, boolean subscribed)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*),"
                + " coalesce(sum(1 - seen), 0), coalesce(sum(uid > ?), 0),"
                + " coalesce(sum(size), 0), coalesce(sum(deleted), 0),"
                + " coalesce(sum(deleted * size), 0) FROM message WHERE mailbox_id = ?")) {
            ps.setLong(1, box.recentUid());
            ps.setLong(2, box.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new MailboxInfo(box.id(), box.name(), box.uidValidity(), box.uidNext(),
                        box.highestModSeq(), rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        rs.getLong(4), rs.getInt(5), rs.getLong(6), subscribed,
                        box.specialUse());
            }
        }
    }

    private static List<MessageRow> query(Connection c, String sql, long... args)
            throws SQLException {
        List<MessageRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setLong(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ZoneOffset offset = ZoneOffset.ofTotalSeconds(rs.getInt(6));
                    OffsetDateTime date = OffsetDateTime.ofInstant(
                            Instant.ofEpochSecond(rs.getLong(5)), offset);
                    MessageMeta meta = new MessageMeta(rs.getLong(1), Flags.parse(rs.getString(2)),
                            rs.getLong(3), rs.getLong(4), date);
                    out.add(new MessageRow(meta, rs.getLong(7)));
                }
            }
        }
        return out;
    }
}
