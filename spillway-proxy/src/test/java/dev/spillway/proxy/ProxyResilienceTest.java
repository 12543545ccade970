package dev.spillway.proxy;

import static dev.spillway.proxy.ProxyRelayTest.last;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.transport.net.EventLoops;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Large messages, dead and dying backends, and backend TLS, against a real Dovecot. */
class ProxyResilienceTest {

    @RegisterExtension
    static final DovecotExtension DOVECOT = new DovecotExtension();

    private static EventLoops loops;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void loops() {
        loops = new EventLoops(2);
    }

    @AfterAll
    static void stopLoops() {
        loops.close();
    }

    @Test
    void twentyMegabyteAppendIsStreamedWithBoundedBuffers() throws Exception {
        int size = 20 * 1024 * 1024;
        try (ProxyFixture proxy = start("127.0.0.1:" + DOVECOT.imapPort(), Map.of());
                ImapClient client = proxy.client()) {
            assertThat(last(client.command("a1", "LOGIN alice secret1"))).startsWith("a1 OK");
            client.send("a2 APPEND INBOX {" + size + "}\r\n");
            assertThat(client.readLine()).startsWith("+ ");
            byte[] header = "Subject: big\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            client.write(header);
            byte[] line = new byte[1000];
            Arrays.fill(line, (byte) 'x');
            line[998] = '\r';
            line[999] = '\n';
            int left = size - header.length;
            while (left > 0) {
                int n = Math.min(left, line.length);
                client.write(Arrays.copyOf(line, n));
                left -= n;
            }
            client.send("\r\n");
            assertThat(last(client.readUntilTagged("a2"))).startsWith("a2 OK");
            assertThat(last(client.command("a3", "SELECT INBOX"))).startsWith("a3 OK");
            assertThat(client.command("a4", "FETCH 1 RFC822.SIZE"))
                    .anyMatch(r -> r.contains("RFC822.SIZE " + size));

            // A reader slower than the backend: the proxy must stop reading from Dovecot
            // instead of buffering the message.
            client.send("a5 FETCH 1 BODY.PEEK[]\r\n");
            Thread.sleep(500);
            long highWater = proxy.proxy.stats().pendingWriteHighWater();
            assertThat(highWater).isPositive().isLessThan(512 * 1024);
            String fetched = client.readResponse();
            assertThat(fetched).startsWith("* 1 FETCH (BODY[] {" + size + "}")
                    .hasSizeGreaterThan(size);
            assertThat(last(client.readUntilTagged("a5"))).startsWith("a5 OK");
        }
        assertThat(DOVECOT.log()).doesNotContain("Error");
    }

    @Test
    void backendDownAtLoginAnswersUnavailableAndKeepsServing() throws Exception {
        int dead = DovecotExtension.freePort();
        try (ProxyFixture proxy = start("127.0.0.1:" + dead, Map.of());
                ImapClient client = proxy.client()) {
            assertThat(client.command("b1", "LOGIN alice secret1")).containsExactly(
                    "b1 NO [UNAVAILABLE] Mail server unavailable, please try again later");
            assertThat(client.command("b2", "NOOP")).containsExactly("b2 OK NOOP completed");
            client.send("b3 LOGIN {5}\r\n");
            assertThat(client.readLine()).startsWith("b3 NO [UNAVAILABLE]");
            assertThat(client.command("b4", "NOOP")).containsExactly("b4 OK NOOP completed");
            assertThat(proxy.proxy.stats().backendConnectFailures()).isGreaterThanOrEqualTo(2);

            MetricsText metrics = proxy.metrics();
            assertThat(metrics.value("spillway_backend_connect_failures_total",
                    "reason", "refused")).isEqualTo(2);
            assertThat(metrics.value("spillway_logins_total", "outcome", "error")).isEqualTo(2);
            assertThat(metrics.value("spillway_command_seconds_count", "command", "login"))
                    .isEqualTo(2);
            assertThat(metrics.has("spillway_backend_connect_seconds_count")).isTrue();
            assertThat(metrics.value("spillway_backend_connect_seconds_count")).isZero();
        }
    }

    @Test
    void aDeadBackendIsSkippedForALiveOne() throws Exception {
        int dead = DovecotExtension.freePort();
        String backends = "127.0.0.1:" + dead + ",127.0.0.1:" + DOVECOT.imapPort();
        try (ProxyFixture proxy = start(backends, Map.of())) {
            for (int i = 0; i < 3; i++) {
                try (ImapClient client = proxy.client()) {
                    assertThat(last(client.command("c" + i, "LOGIN bob secret2")))
                            .startsWith("c" + i + " OK");
                }
            }
        }
    }

    @Test
    void backendKilledMidSessionEndsWithByeAndNewSessionsWork() throws Exception {
        try (ProxyFixture proxy = start("127.0.0.1:" + DOVECOT.imapPort(), Map.of())) {
            try (ImapClient client = proxy.client()) {
                assertThat(last(client.command("d1", "LOGIN bob secret2"))).startsWith("d1 OK");
                assertThat(last(client.command("d2", "SELECT INBOX"))).startsWith("d2 OK");
                DOVECOT.killSessions("bob");
                assertThat(client.readLine()).isEqualTo("* BYE Connection to the mail server lost");
                assertThat(client.isClosed()).isTrue();
            }
            try (ImapClient client = proxy.client()) {
                assertThat(last(client.command("e1", "LOGIN bob secret2"))).startsWith("e1 OK");
            }
        }
    }

    @Test
    void backendOverImplicitTlsVerifiedWithCaFile() throws Exception {
        Map<String, String> tls = Map.of("proxy.backend-security", "tls",
                "proxy.backend-ca", DOVECOT.certificate().toString());
        try (ProxyFixture proxy = start("127.0.0.1:" + DOVECOT.imapsPort(), tls);
                ImapClient client = proxy.client()) {
            assertThat(last(client.command("f1", "LOGIN alice secret1"))).startsWith("f1 OK");
            assertThat(last(client.command("f2", "SELECT INBOX"))).startsWith("f2 OK");
        }
    }

    @Test
    void backendOverStartTlsVerifiedWithCaFile() throws Exception {
        Map<String, String> tls = Map.of("proxy.backend-security", "starttls",
                "proxy.backend-ca", DOVECOT.certificate().toString());
        try (ProxyFixture proxy = start("127.0.0.1:" + DOVECOT.imapPort(), tls);
                ImapClient client = proxy.client()) {
            assertThat(last(client.command("g1", "LOGIN alice secret1"))).startsWith("g1 OK");
        }
    }

    @Test
    void untrustedBackendCertificateIsRefused() throws Exception {
        Map<String, String> tls = Map.of("proxy.backend-security", "tls");
        try (ProxyFixture proxy = start("127.0.0.1:" + DOVECOT.imapsPort(), tls);
                ImapClient client = proxy.client()) {
            assertThat(last(client.command("h1", "LOGIN alice secret1")))
                    .startsWith("h1 NO [UNAVAILABLE]");
            assertThat(proxy.metrics().value("spillway_backend_connect_failures_total",
                    "reason", "tls")).isEqualTo(1);
        }
    }

    @Test
    void clientThatDoesNotLogInInTimeIsDisconnected() throws Exception {
        try (ProxyFixture proxy = start("127.0.0.1:" + DOVECOT.imapPort(),
                Map.of("timeouts.pre-auth", "1s"));
                ImapClient client = proxy.client()) {
            assertThat(client.readLine()).isEqualTo("* BYE Authentication timed out");
            assertThat(client.isClosed()).isTrue();
        }
    }

    @Test
    void connectionsOverThePerAddressCapAreRefused() throws Exception {
        try (ProxyFixture proxy = start("127.0.0.1:" + DOVECOT.imapPort(),
                Map.of("limits.connections-per-ip", "1"));
                ImapClient first = proxy.client();
                ImapClient second = ImapClient.connect(proxy.ports.imap())) {
            assertThat(second.readLine()).isEqualTo("* BYE Too many connections");
            assertThat(second.isClosed()).isTrue();
            assertThat(last(first.command("j1", "NOOP"))).startsWith("j1 OK");
        }
    }

    private ProxyFixture start(String backends, Map<String, String> overrides)
            throws Exception {
        return ProxyFixture.start(loops, dataDir, backends, PolicySettings.defaults(), overrides);
    }
}
