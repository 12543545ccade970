package dev.spillway.server.command;

import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.store.MailAccount;
import dev.spillway.store.QuotaLimits;
import dev.spillway.store.QuotaUsage;
import dev.spillway.store.StoreException;

/**
 * The one quota root of an account and its untagged QUOTA response (RFC 9208 §5.1, §5.2,
 * §7.1). The root is named "" and covers every mailbox of the account; it exists only while
 * the account has a limit, so an account without one has no quota root at all.
 */
final class QuotaResponse {
    /** The name of the account's quota root. */
    static final String ROOT = "";

    private QuotaResponse() {
    }

    /**
     * Writes {@code * QUOTA "" (...)} with the limited resources only: RFC 9208 §4.1.1 lets a
     * root report the resources it limits, and a used value without a limit helps no client.
     * Counting the usage reads every message of the account; only asked when there is a limit.
     */
    static void write(ImapWriter out, MailAccount account, QuotaLimits limits)
            throws StoreException {
        QuotaUsage used = account.quotaUsage();
        out.untagged().atom("QUOTA").quoted(ROOT).openList();
        if (limits.storage() > 0) {
            out.atom("STORAGE").number(Kibibytes.of(used.storage()))
                    .number(Kibibytes.of(limits.storage()));
        }
        if (limits.messages() > 0) {
            out.atom("MESSAGE").number(used.messages()).number(limits.messages());
        }
        out.closeList().crlf();
    }
}
