package dev.spillway.app;

import dev.spillway.config.Sizes;
import dev.spillway.store.MailAccount;
import dev.spillway.store.QuotaLimits;
import dev.spillway.store.QuotaOverride;
import dev.spillway.store.QuotaUsage;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spillway user quota NAME [--storage SIZE|default] [--messages N|default]}: sets an
 * account's own quota limits, kept in its database, and prints its usage and limits. Without
 * options it only prints. {@code default} goes back to {@code quota.storage} or
 * {@code quota.messages}; {@code 0} means no limit for this account whatever the default.
 */
@Command(name = "quota", description = "Show an account's quota usage and set its own limits.")
final class QuotaCommand implements Callable<Integer> {
    private static final String DEFAULT = "default";

    @Mixin
    ConfigOptions config;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--storage", paramLabel = "SIZE|default",
            description = "Most octets of mail, e.g. 5GiB; 0 = no limit; default = quota.storage.")
    String storage;

    @Option(names = "--messages", paramLabel = "N|default",
            description = "Most messages; 0 = no limit; default = quota.messages.")
    String messages;

    @Override
    public Integer call() {
        OptionalLong newStorage;
        OptionalLong newMessages;
        try {
            newStorage = storage == null ? null : limit(storage, true);
            newMessages = messages == null ? null : limit(messages, false);
        } catch (IllegalArgumentException e) {
            System.err.println("spillway user quota: " + e.getMessage());
            return 2;
        }
        return UserCommand.withStore(config, store -> {
            MailAccount account = store.account(name);
            QuotaOverride own = account.quotaOverride();
            if (newStorage != null || newMessages != null) {
                own = new QuotaOverride(newStorage == null ? own.storage() : newStorage,
                        newMessages == null ? own.messages() : newMessages);
                account.setQuotaOverride(own);
            }
            QuotaLimits limits = account.quotaLimits();
            QuotaUsage used = account.quotaUsage();
            System.out.println("quota of " + account.name());
            System.out.println("  storage:  " + used.storage() + " octets used, "
                    + (limits.storage() == 0 ? "no limit" : "limit " + Sizes.format(
                            limits.storage())) + source(own.storage(), "quota.storage"));
            System.out.println("  messages: " + used.messages() + " used, "
                    + (limits.messages() == 0 ? "no limit" : "limit " + limits.messages())
                    + source(own.messages(), "quota.messages"));
            return 0;
        });
    }

    private static String source(OptionalLong own, String setting) {
        return own.isPresent() ? " (set for this account)" : " (default, " + setting + ")";
    }

    /** Empty for {@code default}, else the limit; sizes take units, counts do not. */
    private static OptionalLong limit(String text, boolean size) {
        if (text.trim().equalsIgnoreCase(DEFAULT)) {
            return OptionalLong.empty();
        }
        if (size) {
            return OptionalLong.of(Sizes.parse(text));
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value >= 0) {
                return OptionalLong.of(value);
            }
        } catch (NumberFormatException e) {
            // Answered below with the same message as a negative number.
        }
        throw new IllegalArgumentException("'" + text + "' is not a number of messages"
                + " or default");
    }
}
