package dev.spillway.server.command;

import dev.spillway.store.Flags;
import dev.spillway.store.MailAccount;
import dev.spillway.store.SpecialUse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The five messages the message-command tests run against, appended to INBOX with fixed flags
 * and internal dates, plus an empty mailbox {@code Projects} to copy into.
 *
 * <pre>
 * seq uid file               flags               internal date
 *   1   1 1-plain.eml        \Seen               17-Jul-1996 02:44:25 -0700
 *   2   2 2-alternative.eml  (none)              01-Dec-2026 09:00:05 +0100
 *   3   3 3-mixed.eml        \Seen \Flagged      02-Dec-2026 10:30:00 +0000
 *   4   4 4-nested.eml       \Answered $Work     03-Dec-2026 07:00:00 +0000
 *   5   5 5-short.eml        \Draft, \Recent     04-Dec-2026 23:30:00 -0500
 * </pre>
 * Only message 5 is still {@code \Recent} for the first session that selects INBOX.
 */
public final class MessageFixtures {
    /** One fixture message: its file under {@code /messages}, flags and internal date. */
    public record Fixture(String file, Flags flags, OffsetDateTime date) {
        Fixture(String file, Flags flags, String date) {
            this(file, flags, OffsetDateTime.parse(date));
        }
    }

    /** The messages in the order they are appended, so their UIDs are 1 to 5. */
    public static final List<Fixture> MESSAGES = List.of(
            new Fixture("1-plain.eml", Flags.of(Flags.SEEN), "1996-07-17T02:44:25-07:00"),
            new Fixture("2-alternative.eml", Flags.NONE, "2026-12-01T09:00:05+01:00"),
            new Fixture("3-mixed.eml", Flags.of(Flags.SEEN, Flags.FLAGGED),
                    "2026-12-02T10:30:00Z"),
            new Fixture("4-nested.eml", Flags.of(Flags.ANSWERED, "$Work"),
                    "2026-12-03T07:00:00Z"),
            new Fixture("5-short.eml", Flags.of(Flags.DRAFT), "2026-12-04T23:30:00-05:00"));

    /** The mailbox that exists besides INBOX, empty. */
    public static final String EMPTY_MAILBOX = "Projects";

    private MessageFixtures() {
    }

    /** Fills the account's INBOX and creates {@code Projects}. */
    public static void seed(MailAccount account) throws Exception {
        for (int i = 0; i < MESSAGES.size(); i++) {
            Fixture fixture = MESSAGES.get(i);
            if (i == MESSAGES.size() - 1) {
                long inbox = account.status("INBOX").id();
                account.claimRecent(inbox);
            }
            account.append("INBOX", message(fixture.file()), fixture.flags(), fixture.date());
        }
        account.create(EMPTY_MAILBOX, Optional.<SpecialUse>empty());
    }

    /** A fixture message with CRLF line ends, as it is stored. */
    public static byte[] message(String file) throws IOException {
        try (InputStream in = MessageFixtures.class.getResourceAsStream("/messages/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("\r\n", "\n").replace("\n", "\r\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
