package dev.spillway.app;

import dev.spillway.server.command.MessageFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Gives an empty account on any IMAP server, over IMAP, the state the transcripts expect of
 * a new Spillway account: the default mailboxes, all subscribed, and for the message
 * transcripts the five {@link MessageFixtures} in INBOX with their flags and dates (the
 * first four no longer \Recent) and an empty {@code Projects}.
 */
final class AccountSeed implements AutoCloseable {
    private static final List<String> DEFAULT_MAILBOXES =
            List.of("Sent", "Drafts", "Trash", "Junk", "Archive");
    private static final DateTimeFormatter IMAP_DATE =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss Z", Locale.ENGLISH);

    private final int port;
    private final String user;
    private final String password;
    private final ImapLines lines;
    private int tags;

    private AccountSeed(int port, String user, String password) throws IOException {
        this.port = port;
        this.user = user;
        this.password = password;
        this.lines = login(port, user, password);
    }

    /** A logged-in seeding connection to the account. */
    static AccountSeed open(int port, String user, String password) throws IOException {
        return new AccountSeed(port, user, password);
    }

    AccountSeed defaults() throws IOException {
        for (String mailbox : DEFAULT_MAILBOXES) {
            command("CREATE " + mailbox);
        }
        command("SUBSCRIBE INBOX");
        for (String mailbox : DEFAULT_MAILBOXES) {
            command("SUBSCRIBE " + mailbox);
        }
        return this;
    }

    AccountSeed messages() throws IOException {
        List<MessageFixtures.Fixture> all = MessageFixtures.MESSAGES;
        for (int i = 0; i < all.size(); i++) {
            if (i == all.size() - 1) {
                claimRecent();
            }
            append(all.get(i));
        }
        command("CREATE " + MessageFixtures.EMPTY_MAILBOX);
        return this;
    }

    private void append(MessageFixtures.Fixture fixture) throws IOException {
        byte[] message = MessageFixtures.message(fixture.file());
        String flags = String.join(" ", fixture.flags().names());
        lines.send("s" + ++tags + " APPEND INBOX (" + flags + ") \""
                + IMAP_DATE.format(fixture.date()) + "\" {" + message.length + "+}");
        expectOk(new String(message, StandardCharsets.UTF_8));
    }

    /** A session that selects INBOX takes \Recent from every message in it so far. */
    private void claimRecent() throws IOException {
        try (AccountSeed other = new AccountSeed(port, user, password)) {
            other.command("SELECT INBOX");
        }
    }

    private void command(String command) throws IOException {
        expectOk("s" + ++tags + " " + command);
    }

    private void expectOk(String line) throws IOException {
        lines.send(line);
        String tag = "s" + tags;
        List<String> answer = lines.readUntil(tag, false);
        if (!answer.get(answer.size() - 1).startsWith(tag + " OK")) {
            throw new IOException("seeding " + user + ": " + answer);
        }
    }

    private static ImapLines login(int port, String user, String password) throws IOException {
        ImapLines lines = ImapLines.connect(port);
        lines.readResponse();
        lines.send("s0 LOGIN " + user + " " + password);
        List<String> answer = lines.readUntil("s0", false);
        if (!answer.get(answer.size() - 1).startsWith("s0 OK")) {
            lines.close();
            throw new IOException("logging in as " + user + ": " + answer);
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
