package dev.spillway.sim;

import dev.spillway.sim.mail.MessageKind;
import java.util.Map;

/**
 * What {@link Seeder#seed} did.
 *
 * @param accounts accounts visited
 * @param appended messages appended
 * @param skipped messages not appended because the mailbox already held enough
 * @param bytes octets appended
 * @param kinds messages appended per kind
 */
public record SeedReport(int accounts, long appended, long skipped, long bytes,
        Map<MessageKind, Long> kinds) {

    public SeedReport {
        kinds = Map.copyOf(kinds);
    }
}
