package dev.spillway.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.store.MailAccount;
import dev.spillway.store.QuotaOverride;
import dev.spillway.store.sqlite.SqliteMailStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spillway user ...} and {@code spillway deliver} against a real data directory. */
class AccountCommandsTest {
    @TempDir
    Path data;

    private CheckIdCommandTest.Run withStdin(String input, String... args) {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return CheckIdCommandTest.run(args);
        } finally {
            System.setIn(old);
        }
    }

    private String[] args(String... words) {
        String[] out = new String[words.length + 4];
        System.arraycopy(words, 0, out, 0, words.length);
        out[words.length] = "--data";
        out[words.length + 1] = data.toString();
        out[words.length + 2] = "--set";
        out[words.length + 3] = "auth.hash.memory-kib=64";
        return out;
    }

    @Test
    void addListPasswdDelete() throws Exception {
        assertThat(withStdin("first\n", args("user", "add", "ann@example.org",
                "--password-stdin")).exit()).isZero();
        assertThat(withStdin("x\n", args("user", "add", "ann@example.org",
                "--password-stdin")).exit()).isEqualTo(1);
        assertThat(CheckIdCommandTest.run(args("user", "list")).out())
                .isEqualTo("ann@example.org\n");
        assertThat(withStdin("second\n", args("user", "passwd", "ann@example.org",
                "--password-stdin")).exit()).isZero();
        try (SqliteMailStore store = SqliteMailStore.open(data)) {
            assertThat(store.accounts().verify("ann@example.org", "second")).isTrue();
            assertThat(store.accounts().verify("ann@example.org", "first")).isFalse();
        }
        assertThat(CheckIdCommandTest.run(args("user", "delete", "ann@example.org")).exit())
                .isZero();
        assertThat(CheckIdCommandTest.run(args("user", "list")).out()).isEmpty();
    }

    @Test
    void deliverRefusesAMessageOverTheLimitAndStoresNothing() throws Exception {
        withStdin("pw\n", args("user", "add", "bob", "--password-stdin"));
        String big = "Subject: big\r\n\r\n" + "x".repeat(2048) + "\r\n";

        CheckIdCommandTest.Run refused = withStdin(big, args("deliver", "--user", "bob",
                "--set", "limits.literal=1KiB"));
        CheckIdCommandTest.Run accepted = withStdin(big, args("deliver", "--user", "bob",
                "--set", "limits.literal=4KiB"));

        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("message too large");
        assertThat(accepted.exit()).isZero();
        assertThat(accepted.out()).startsWith("delivered to bob/INBOX as UID 1");
    }

    @Test
    void deliverStoresTheMessageAndRefusesEmptyInput() throws Exception {
        withStdin("pw\n", args("user", "add", "bob", "--password-stdin"));
        String message = "Subject: local\r\n\r\nhello\r\n";
        CheckIdCommandTest.Run run = withStdin(message, args("deliver", "--user", "bob",
                "--mailbox", "Archive"));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("delivered to bob/Archive as UID 1");
        assertThat(withStdin("", args("deliver", "--user", "bob")).exit()).isEqualTo(1);
        assertThat(withStdin(message, args("deliver", "--user", "nobody")).exit()).isEqualTo(1);
        try (SqliteMailStore store = SqliteMailStore.open(data)) {
            MailAccount bob = store.account("bob");
            var archive = bob.select("Archive");
            assertThat(new String(bob.content(archive.info().id(), 1), StandardCharsets.UTF_8))
                    .isEqualTo(message);
        }
    }

    @Test
    void quotaSetsAnAccountsOwnLimitsAndShowsUsageAndWhereEachLimitComesFrom()
            throws Exception {
        withStdin("pw\n", args("user", "add", "bob", "--password-stdin"));
        withStdin("Subject: one\r\n\r\nx\r\n", args("deliver", "--user", "bob"));

        CheckIdCommandTest.Run set = CheckIdCommandTest.run(args("user", "quota", "bob",
                "--storage", "5MiB", "--set", "quota.messages=100"));
        CheckIdCommandTest.Run reset = CheckIdCommandTest.run(args("user", "quota", "bob",
                "--storage", "default", "--messages", "0", "--set", "quota.storage=1GiB"));

        assertThat(set.exit()).isZero();
        assertThat(set.out()).isEqualTo("quota of bob\n"
                + "  storage:  19 octets used, limit 5MiB (set for this account)\n"
                + "  messages: 1 used, limit 100 (default, quota.messages)\n");
        assertThat(reset.out()).contains("storage:  19 octets used, limit 1GiB (default,"
                + " quota.storage)").contains("messages: 1 used, no limit (set for this account)");
        try (SqliteMailStore store = SqliteMailStore.open(data)) {
            assertThat(store.account("bob").quotaOverride()).isEqualTo(
                    new QuotaOverride(OptionalLong.empty(), OptionalLong.of(0)));
        }
    }

    @Test
    void quotaRefusesABadLimitAndAnUnknownAccount() {
        CheckIdCommandTest.Run bad = CheckIdCommandTest.run(args("user", "quota", "bob",
                "--messages", "-3"));
        CheckIdCommandTest.Run unknown = CheckIdCommandTest.run(args("user", "quota", "nobody"));

        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("'-3' is not a number of messages");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("nobody");
    }

    @Test
    void deliverOverQuotaExitsNonZeroAndStoresNothing() throws Exception {
        withStdin("pw\n", args("user", "add", "bob", "--password-stdin"));
        String message = "Subject: q\r\n\r\nhello\r\n";
        CheckIdCommandTest.Run first = withStdin(message, args("deliver", "--user", "bob",
                "--set", "quota.messages=1"));
        CheckIdCommandTest.Run second = withStdin(message, args("deliver", "--user", "bob",
                "--set", "quota.messages=1"));

        assertThat(first.exit()).isZero();
        assertThat(second.exit()).isEqualTo(4);
        assertThat(second.err()).contains("bob is over quota, nothing delivered");
        try (SqliteMailStore store = SqliteMailStore.open(data)) {
            assertThat(store.account("bob").select("INBOX").messages()).hasSize(1);
        }
    }

    @Test
    void invalidSettingStopsWithTheKeyNamed() {
        CheckIdCommandTest.Run run = CheckIdCommandTest.run("user", "list", "--data",
                data.toString(), "--set", "limits.literal=lots");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("limits.literal");
    }
}
