package dev.spillway.server.demo;

import dev.spillway.store.Flags;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MailStore;
import dev.spillway.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Creates the account {@code demo} with a random password and a small, realistic INBOX: plain
 * and multipart messages, an attachment, a thread and a forwarded message.
 */
public final class DemoAccount {
    public static final String NAME = "demo";
    private static final List<String> MESSAGES = List.of("01-welcome.eml", "02-meeting.eml",
            "03-invoice.eml", "04-reply.eml", "05-forward.eml");
    /** Letters and digits that cannot be mistaken for one another. */
    private static final String ALPHABET =
            "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private DemoAccount() {
    }

    /**
     * Creates the demo account when the store has no account at all.
     *
     * @return the new password, or empty when accounts existed already
     */
    public static Optional<String> createIfEmpty(MailStore store)
            throws StoreException, IOException {
        if (!store.accounts().list().isEmpty()) {
            return Optional.empty();
        }
        String password = randomPassword();
        store.accounts().add(NAME, password);
        MailAccount account = store.account(NAME);
        OffsetDateTime date = OffsetDateTime.now().minusDays(MESSAGES.size());
        for (String file : MESSAGES) {
            date = date.plusDays(1);
            Flags flags = file.startsWith("01") ? Flags.of(Flags.SEEN) : Flags.NONE;
            account.append("INBOX", read(file), flags, date);
        }
        return Optional.of(password);
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = DemoAccount.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IOException("demo message " + file + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
