package dev.spillway.sim;

import dev.spillway.sim.actor.Commands;
import dev.spillway.sim.mail.GeneratedMessage;
import dev.spillway.sim.mail.MessageFactory;
import dev.spillway.sim.mail.MessageKind;
import dev.spillway.sim.wire.Connector;
import dev.spillway.sim.wire.ImapClient;
import dev.spillway.sim.wire.Loopback;
import dev.spillway.sim.wire.TaggedResult;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the run's accounts with realistic mail over IMAP (APPEND, with LITERAL+ when offered).
 * Idempotent: a mailbox that already holds the wanted number of messages is left alone, so a
 * benchmark can seed before every run. Accounts must exist on the target; the seeder only logs
 * in. One connection at a time: seeding is not what is measured.
 */
public final class Seeder {

    private static final Pattern MESSAGES = Pattern.compile("(?i)\\(.*MESSAGES (\\d+).*\\)");

    private Seeder() {
    }

    /** Seeds every account of {@code options}; fails on the first refusal. */
    public static SeedReport seed(SeedOptions options) throws IOException {
        Loopback.require(options.target().host(), options.allowRemote());
        Connector connector = new Connector(options.target(), options.timeout());
        MessageFactory factory = new MessageFactory(options.seed(), options.mix());
        Map<MessageKind, Long> kinds = new EnumMap<>(MessageKind.class);
        long appended = 0;
        long skipped = 0;
        long bytes = 0;
        for (int a = 0; a < options.accounts().count(); a++) {
            String user = options.accounts().name(a);
            try (ImapClient client = connector.connect()) {
                TaggedResult capability = client.command("CAPABILITY");
                boolean literalPlus = capability.untaggedStarting("CAPABILITY").stream()
                        .anyMatch(t -> t.toUpperCase(Locale.ROOT).contains(" LITERAL+"));
                TaggedResult login = client.command(Commands.authenticatePlain(user,
                        options.accounts().password()));
                if (!login.ok()) {
                    throw new IOException("login as " + user + " failed: " + login
                            + "; the accounts must exist on the target with this password"
                            + " (spillway user add, or spillway sim seed --data DIR)");
                }
                for (Map.Entry<String, Integer> entry : options.messagesPerMailbox().entrySet()) {
                    String mailbox = Commands.quote(entry.getKey());
                    long have = count(client, mailbox);
                    skipped += Math.min(have, entry.getValue());
                    for (long i = have; i < entry.getValue(); i++) {
                        GeneratedMessage message = factory.next(options.accounts().address(a));
                        require(client.append(mailbox, "", message.bytes(), literalPlus),
                                "APPEND to " + entry.getKey() + " of " + user);
                        appended++;
                        bytes += message.bytes().length;
                        kinds.merge(message.kind(), 1L, Long::sum);
                    }
                }
                client.command("LOGOUT");
            }
        }
        return new SeedReport(options.accounts().count(), appended, skipped, bytes, kinds);
    }

    private static long count(ImapClient client, String mailbox) throws IOException {
        TaggedResult status = require(client.command("STATUS " + mailbox + " (MESSAGES)"),
                "STATUS " + mailbox);
        for (String text : status.untaggedStarting("STATUS")) {
            Matcher matcher = MESSAGES.matcher(text);
            if (matcher.find()) {
                return Long.parseLong(matcher.group(1));
            }
        }
        throw new IOException("no MESSAGES in the STATUS answer for " + mailbox);
    }

    private static TaggedResult require(TaggedResult result, String what) throws IOException {
        if (!result.ok()) {
            throw new IOException(what + " failed: " + result);
        }
        return result;
    }
}
