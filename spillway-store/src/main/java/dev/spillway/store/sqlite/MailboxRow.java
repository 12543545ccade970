package dev.spillway.store.sqlite;

import dev.spillway.store.SpecialUse;
import dev.spillway.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of the {@code mailbox} table, and the queries on it. A placeholder row
 * ({@code selectable} false) only keeps a name with inferiors alive; its UID fields are unused.
 */
record MailboxRow(
        long id,
        String name,
        boolean selectable,
        long uidValidity,
        long uidNext,
        long highestModSeq,
        long recentUid,
        Optional<SpecialUse> specialUse) {

    private static final String COLUMNS = "id, name, selectable, uidvalidity, uidnext, "
            + "highestmodseq, recent_uid, special_use";

    static MailboxRow byName(Connection c, String name) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM mailbox WHERE name = ?", name);
    }

    static MailboxRow byId(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM mailbox WHERE id = ?", id);
    }

    /** The selectable mailbox with this id. @throws StoreException NONEXISTENT */
    static MailboxRow selectable(Connection c, long id) throws SQLException, StoreException {
        MailboxRow row = byId(c, id);
        if (row == null || !row.selectable) {
            throw StoreException.nonexistent("mailbox " + id);
        }
        return row;
    }

    /** Inserts a row and returns it with its new id. */
    static MailboxRow insert(Connection c, String name, boolean selectable, long uidValidity,
            Optional<SpecialUse> specialUse) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mailbox (name, selectable, "
                + "uidvalidity, uidnext, highestmodseq, recent_uid, special_use) "
                + "VALUES (?, ?, ?, 1, 1, 0, ?)")) {
            ps.setString(1, name);
            ps.setBoolean(2, selectable);
            ps.setLong(3, uidValidity);
            ps.setString(4, specialUse.map(Enum::name).orElse(null));
            ps.executeUpdate();
        }
        return byName(c, name);
    }

    /** Records a new UIDNEXT and HIGHESTMODSEQ. */
    static void advance(Connection c, long id, long uidNext, long highestModSeq)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE mailbox SET uidnext = ?, highestmodseq = ? WHERE id = ?")) {
            ps.setLong(1, uidNext);
            ps.setLong(2, highestModSeq);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    /** Every row, sorted by name (in Java's order, which LIST output follows). */
    static List<MailboxRow> all(Connection c) throws SQLException {
        List<MailboxRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM mailbox");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(read(rs));
            }
        }
        rows.sort((a, b) -> a.name().compareTo(b.name()));
        return rows;
    }

    private static MailboxRow one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    private static MailboxRow read(ResultSet rs) throws SQLException {
        String use = rs.getString(8);
        return new MailboxRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                use == null ? Optional.empty() : Optional.of(SpecialUse.valueOf(use)));
    }
}
