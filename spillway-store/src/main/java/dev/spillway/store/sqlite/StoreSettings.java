package dev.spillway.store.sqlite;

import dev.spillway.store.QuotaLimits;
import dev.spillway.store.account.Argon2Settings;

/**
 * Settings of the embedded store.
 *
 * @param maxMessageBytes largest message accepted by append, in octets; default 50 MiB
 *                        (the server should advertise it as APPENDLIMIT, RFC 7889)
 * @param argon2          cost of new password hashes; default {@link Argon2Settings#DEFAULT}
 * @param quota           limits of every account that has none of its own; default none.
 *                        Each process applies its own, so give every process that writes to
 *                        the data directory the same ones.
 */
public record StoreSettings(long maxMessageBytes, Argon2Settings argon2, QuotaLimits quota) {
    public static final StoreSettings DEFAULT =
            new StoreSettings(50L * 1024 * 1024, Argon2Settings.DEFAULT);

    public StoreSettings {
        if (maxMessageBytes < 1 || maxMessageBytes > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("maxMessageBytes out of range: " + maxMessageBytes);
        }
    }

    /** Settings without quota limits. */
    public StoreSettings(long maxMessageBytes, Argon2Settings argon2) {
        this(maxMessageBytes, argon2, QuotaLimits.NONE);
    }
}
