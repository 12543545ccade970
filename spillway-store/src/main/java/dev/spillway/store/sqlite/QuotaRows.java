package dev.spillway.store.sqlite;

import dev.spillway.store.QuotaLimits;
import dev.spillway.store.QuotaOverride;
import dev.spillway.store.QuotaUsage;
import dev.spillway.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * The quota of one account (RFC 9208): its own limits in the {@code meta} table, absent where
 * the defaults of every account apply, and the usage counted from the {@code message} table.
 * No usage counter is kept, so nothing can drift from the messages actually stored.
 */
final class QuotaRows {
    private static final String STORAGE = "quota_storage";
    private static final String MESSAGES = "quota_messages";

    private QuotaRows() {
    }

    static QuotaOverride override(Connection c) throws SQLException {
        return new QuotaOverride(MailSchema.metaValue(c, STORAGE),
                MailSchema.metaValue(c, MESSAGES));
    }

    static void setOverride(Connection c, QuotaOverride override) throws SQLException {
        keep(c, STORAGE, override.storage());
        keep(c, MESSAGES, override.messages());
    }

    /**
     * Sizes and count of every message in every mailbox. This reads each row of the account's
     * message table (metadata only: the octets live in {@code content}), so it costs time in
     * proportion to the number of messages the account holds.
     */
    static QuotaUsage usage(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(sum(size), 0), count(*) FROM message");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new QuotaUsage(rs.getLong(1), rs.getLong(2));
        }
    }

    /**
     * Fails OVERQUOTA if adding {@code added} would take the account over a limit. Called in
     * the write transaction that stores the messages, so two deliveries at once cannot both
     * pass on the same usage. Accounts without a limit skip the count; for the others it runs
     * while the account's write lock is held, so their other writes wait for it as well.
     */
    static void check(Connection c, QuotaLimits defaults, QuotaUsage added)
            throws SQLException, StoreException {
        QuotaLimits limits = override(c).over(defaults);
        if (!limits.any()) {
            return;
        }
        QuotaUsage used = usage(c);
        if (!limits.allows(used, added)) {
            throw new StoreException(StoreException.Kind.OVERQUOTA, overText(limits, used, added));
        }
    }

    private static String overText(QuotaLimits limits, QuotaUsage used, QuotaUsage added) {
        if (limits.messages() > 0 && used.messages() + added.messages() > limits.messages()) {
            return "Over quota: the account may keep " + limits.messages() + " messages and has "
                    + used.messages();
        }
        return "Over quota: the account may keep " + limits.storage() + " octets and has "
                + used.storage();
    }

    private static void keep(Connection c, String key, OptionalLong value) throws SQLException {
        if (value.isPresent()) {
            MailSchema.setMeta(c, key, value.getAsLong());
        } else {
            MailSchema.removeMeta(c, key);
        }
    }
}
