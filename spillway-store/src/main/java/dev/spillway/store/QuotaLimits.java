package dev.spillway.store;

/**
 * The limits of one account's quota root, which covers all its mailboxes (RFC 9208 §3).
 *
 * @param storage  most octets the account's messages may take together, the sum of their
 *                 sizes (RFC 9208 §5.1); 0 means no limit
 * @param messages most messages in all its mailboxes together (RFC 9208 §5.2); 0 means no limit
 */
public record QuotaLimits(long storage, long messages) {
    /** No limit on anything. */
    public static final QuotaLimits NONE = new QuotaLimits(0, 0);

    public QuotaLimits {
        if (storage < 0 || messages < 0) {
            throw new IllegalArgumentException("negative quota limit");
        }
    }

    /** Whether any resource is limited, that is whether the account has a quota root. */
    public boolean any() {
        return storage > 0 || messages > 0;
    }

    /** Whether an account using {@code used} may add {@code added} and stay within limits. */
    public boolean allows(QuotaUsage used, QuotaUsage added) {
        return within(storage, used.storage(), added.storage())
                && within(messages, used.messages(), added.messages());
    }

    private static boolean within(long limit, long used, long added) {
        return limit == 0 || added <= 0 || used + added <= limit;
    }
}
