package dev.spillway.sim;

import dev.spillway.sim.actor.Accounts;
import dev.spillway.sim.mail.MailMix;
import dev.spillway.sim.wire.Target;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link Seeder#seed} puts where.
 *
 * @param target the IMAP target (loopback unless {@code allowRemote})
 * @param allowRemote accept a target that is not loopback
 * @param accounts the accounts to fill; they must exist already
 * @param messagesPerMailbox how many messages each account's mailboxes should hold, by name
 *     (each mailbox must exist; Spillway creates INBOX and Archive with every account)
 * @param mix the shares of message kinds
 * @param seed the same seed gives the same mail
 * @param timeout bounds connecting and every read
 */
public record SeedOptions(Target target, boolean allowRemote, Accounts accounts,
        Map<String, Integer> messagesPerMailbox, MailMix mix, long seed, Duration timeout) {

    public SeedOptions {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(mix, "mix");
        Objects.requireNonNull(timeout, "timeout");
        messagesPerMailbox = java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(messagesPerMailbox));
        messagesPerMailbox.forEach((mailbox, count) -> {
            if (count < 0 || count > 100_000) {
                throw new IllegalArgumentException("messages for " + mailbox
                        + " must be 0 to 100000: " + count);
            }
        });
    }

    /** {@code inbox} messages in INBOX and {@code archive} in Archive, default mix. */
    public static SeedOptions of(Target target, Accounts accounts, int inbox, int archive) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("INBOX", inbox);
        counts.put("Archive", archive);
        return new SeedOptions(target, false, accounts, counts, MailMix.defaults(), 3189,
                Duration.ofSeconds(30));
    }
}
