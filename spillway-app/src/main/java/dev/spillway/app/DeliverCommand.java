package dev.spillway.app;

import dev.spillway.store.Flags;
import dev.spillway.store.StoreException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spillway deliver --user NAME [--mailbox M] < message.eml}: local delivery. Exit code
 * 0 means the message is on disk; a running server learns of it through the store's change
 * signal and tells idling clients. 3 means the message is too large and 4 that the account is
 * over its quota; nothing is stored then, and retrying will not help until something changes.
 */
@Command(name = "deliver", description = "Deliver a message from standard input into a mailbox.")
final class DeliverCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "Account.")
    String user;

    @Option(names = "--mailbox", paramLabel = "NAME", defaultValue = "INBOX",
            description = "Target mailbox (default INBOX).")
    String mailbox;

    @Override
    public Integer call() {
        return UserCommand.withStore(config, store -> {
            // Reads one octet past the limit at most, so an oversized message is refused
            // without holding all of it in memory.
            long limit = store.settings().maxMessageBytes();
            byte[] message = System.in.readNBytes((int) limit + 1);
            if (message.length == 0) {
                System.err.println("spillway deliver: the message on standard input is empty");
                return 1;
            }
            if (message.length > limit) {
                System.err.println("spillway deliver: message too large: more than " + limit
                        + " octets (limits.literal)");
                return 3;
            }
            try {
                var result = store.account(user).append(mailbox, message, Flags.NONE, null);
                System.out.println("delivered to " + user + "/" + mailbox + " as UID "
                        + result.uid());
                return 0;
            } catch (StoreException e) {
                if (e.kind() == StoreException.Kind.TOOBIG) {
                    System.err.println("spillway deliver: message too large: " + e.getMessage());
                    return 3;
                }
                if (e.kind() == StoreException.Kind.OVERQUOTA) {
                    System.err.println("spillway deliver: " + user + " is over quota, nothing"
                            + " delivered: " + e.getMessage());
                    return 4;
                }
                throw e;
            }
        });
    }
}
