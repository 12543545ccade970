package dev.spillway.store.sqlite;

import dev.spillway.store.StoreException;
import dev.spillway.store.account.Argon2Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Stores for tests: cheap password hashing, a 1 MiB message limit. */
final class TestStores {
    static final StoreSettings SETTINGS =
            new StoreSettings(1024 * 1024, new Argon2Settings(64, 1, 1));

    private TestStores() {
    }

    static SqliteMailStore open(Path dir) throws StoreException {
        return SqliteMailStore.open(dir, SETTINGS);
    }

    static byte[] message(String subject, String body) {
        return ("From: Ann <ann@example.org>\r\nTo: bob@example.org\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + subject.hashCode() + "@example.org>\r\n\r\n" + body
                + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
