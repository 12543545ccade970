package dev.spillway.store;

import java.util.OptionalLong;

/**
 * The limits an operator set for one account. An empty field follows the store's default for
 * every account; a present one replaces it, 0 meaning no limit for this account.
 */
public record QuotaOverride(OptionalLong storage, OptionalLong messages) {
    /** Follows the defaults in everything. */
    public static final QuotaOverride NONE =
            new QuotaOverride(OptionalLong.empty(), OptionalLong.empty());

    public QuotaOverride {
        if (storage.orElse(0) < 0 || messages.orElse(0) < 0) {
            throw new IllegalArgumentException("negative quota limit");
        }
    }

    /** The limits in effect when {@code defaults} apply to every account. */
    public QuotaLimits over(QuotaLimits defaults) {
        return new QuotaLimits(storage.orElse(defaults.storage()),
                messages.orElse(defaults.messages()));
    }
}
