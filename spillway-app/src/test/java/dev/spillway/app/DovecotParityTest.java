package dev.spillway.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.proxy.DovecotExtension;
import dev.spillway.server.testing.Transcript;
import dev.spillway.transport.net.EventLoops;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client side of the server's transcripts and message transcripts, played against a real
 * Dovecot directly and through {@code spillway proxy} in front of it, each run on a fresh
 * account seeded alike: after {@link RunNormaliser} the two must have received the very same
 * responses on every connection.
 */
@Tag("slow")
class DovecotParityTest {
    private static final Path TRANSCRIPTS =
            Path.of("..", "spillway-server", "src", "test", "resources", "transcripts");
    private static final Path MESSAGE_TRANSCRIPTS =
            TRANSCRIPTS.resolveSibling("message-transcripts");
    private static final String PASSWORD = "secret";
    /** Two fresh accounts a transcript, with room for transcripts yet to come. */
    private static final int ACCOUNTS = 120;

    /**
     * The transcripts name mailboxes with Spillway's hierarchy separator {@code /}, and expect
     * the default mailboxes to carry their RFC 6154 attributes: without this, Dovecot (whose
     * maildir separator is {@code .}) would refuse most of those names and the comparison
     * would cover less.
     */
    private static final String SPILLWAY_LIKE = """
            namespace inbox {
              inbox = yes
              separator = /
              mailbox Sent {
                special_use = \\Sent
              }
              mailbox Drafts {
                special_use = \\Drafts
              }
              mailbox Trash {
                special_use = \\Trash
              }
              mailbox Junk {
                special_use = \\Junk
              }
              mailbox Archive {
                special_use = \\Archive
              }
            }
            """;

    /** Transcripts that cannot be compared this way, and why. */
    private static final Map<String, String> LEFT_OUT = Map.ofEntries(
            Map.entry("session-basics.txt", "before login: answered by the proxy"),
            Map.entry("session-errors.txt", "before login: answered by the proxy"),
            Map.entry("auth-plain.txt", "logs in as demo inside base64"),
            Map.entry("starttls.txt", "TLS: the proxy's own"),
            Map.entry("implicit-tls.txt", "TLS: the proxy's own"),
            Map.entry("plaintext-refused.txt", "a Spillway setting, before login"),
            Map.entry("literal-minus.txt", "a Spillway setting, before login"),
            Map.entry("limits-bad-commands.txt", "a Spillway setting: its bad-command limit"),
            Map.entry("id-hide-version.txt", "ID: answered by the proxy"),
            Map.entry("quota-storage.txt", "Spillway quota settings"),
            Map.entry("quota-messages.txt", "Spillway quota settings"),
            Map.entry("quota-none.txt", "QUOTA: no quota plugin in the test's Dovecot"),
            Map.entry("mailbox-create-delete.txt", "Dovecot drops a session whose selected"
                    + " mailbox is deleted, racing the next command: a reset, not an answer"),
            Map.entry("tn3189-always.txt", "ID and shedding: answered by the proxy"),
            Map.entry("tn3189-auto.txt", "ID and shedding: answered by the proxy"),
            Map.entry("tn3189-observe-off.txt", "ID and shedding: answered by the proxy"),
            Map.entry("appendlimit.txt", "APPENDLIMIT (RFC 7889): not in Dovecot 2.3"),
            Map.entry("partial-fetch.txt", "PARTIAL (RFC 9394): not in Dovecot 2.3"),
            Map.entry("partial-search.txt", "PARTIAL (RFC 9394): not in Dovecot 2.3"),
            Map.entry("uidbatches-small.txt", "UIDBATCHES: not in Dovecot 2.3"),
            Map.entry("uidonly.txt", "UIDONLY (RFC 9586): not in Dovecot 2.3"),
            Map.entry("esearch-uidafter.txt", "MESSAGELIMIT (RFC 9738): not in Dovecot 2.3"),
            Map.entry("messagelimit.txt", "MESSAGELIMIT (RFC 9738): not in Dovecot 2.3"));

    @RegisterExtension
    static final DovecotExtension DOVECOT = new DovecotExtension()
            .withUsers("user", ACCOUNTS, PASSWORD).withSettings(SPILLWAY_LIKE);

    private static final AtomicInteger USED = new AtomicInteger();
    private static EventLoops loops;
    private static ProxyInFront proxy;

    @BeforeAll
    static void startProxy(@TempDir Path data) throws IOException {
        loops = new EventLoops(2);
        proxy = ProxyInFront.start(loops, data, DOVECOT.imapPort());
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
        loops.shutdown(Duration.ofSeconds(1));
    }

    @TestFactory
    Stream<DynamicTest> transcriptsGiveTheSameAnswersThroughTheProxy() throws IOException {
        return Stream.concat(tests(TRANSCRIPTS, false), tests(MESSAGE_TRANSCRIPTS, true));
    }

    private Stream<DynamicTest> tests(Path dir, boolean withMessages) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt"))
                    .filter(f -> !LEFT_OUT.containsKey(f.getFileName().toString()))
                    .sorted().toList().stream()
                    .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                            () -> compare(Transcript.read(f), withMessages)));
        }
    }

    private void compare(Transcript transcript, boolean withMessages) throws IOException {
        String direct = account(withMessages);
        String proxied = account(withMessages);
        Map<String, List<String>> expected = new RunNormaliser().normalise(
                new ClientSideReplay(DOVECOT.imapPort(), direct).play(transcript));
        Map<String, List<String>> actual = new RunNormaliser().normalise(
                new ClientSideReplay(proxy.imapPort(), proxied).play(transcript));
        assertThat(render(actual)).isEqualTo(render(expected));
    }

    private static String account(boolean withMessages) throws IOException {
        int n = USED.incrementAndGet();
        assertThat(n).as("fresh accounts left").isLessThanOrEqualTo(ACCOUNTS);
        String user = "user" + n;
        try (AccountSeed seed = AccountSeed.open(DOVECOT.imapPort(), user, PASSWORD)) {
            seed.defaults();
            if (withMessages) {
                seed.messages();
            }
        }
        return user;
    }

    private static String render(Map<String, List<String>> run) {
        StringBuilder text = new StringBuilder();
        run.forEach((connection, lines) -> {
            text.append("== ").append(connection).append('\n');
            lines.forEach(line -> text.append(line).append('\n'));
        });
        return text.toString();
    }
}
