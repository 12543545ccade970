package dev.spillway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.transport.net.EventLoops;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Ordinary IMAP sessions through the proxy against a real Dovecot. */
class ProxyRelayTest {

    @RegisterExtension
    static final DovecotExtension DOVECOT = new DovecotExtension();

    private static EventLoops loops;

    @TempDir
    Path dataDir;

    private ProxyFixture fixture;

    @BeforeAll
    static void loops() {
        loops = new EventLoops(2);
    }

    @AfterAll
    static void stopLoops() {
        loops.close();
    }

    @BeforeEach
    void startProxy() throws Exception {
        fixture = ProxyFixture.start(loops, dataDir, "127.0.0.1:" + DOVECOT.imapPort(),
                PolicySettings.defaults(), Map.of());
    }

    @AfterEach
    void stopProxy() {
        fixture.close();
    }

    @Test
    void greetsWithFilteredBackendCapabilities() throws Exception {
        try (ImapClient client = ImapClient.connect(fixture.ports.imap())) {
            String greeting = client.readLine();
            assertThat(greeting).startsWith("* OK [CAPABILITY IMAP4rev1 ")
                    .contains(" IDLE ", " LITERAL+", " ID", " STARTTLS", "AUTH=PLAIN")
                    .doesNotContain("COMPRESS", "LOGINDISABLED");
            List<String> capability = client.command("c1", "CAPABILITY");
            assertThat(capability.get(0)).startsWith("* CAPABILITY IMAP4rev1 ")
                    .contains("STARTTLS").doesNotContain("COMPRESS");
            assertThat(capability.get(1)).startsWith("c1 OK");
            assertThat(client.command("n1", "NOOP")).containsExactly("n1 OK NOOP completed");
            assertThat(client.command("l1", "LOGOUT")).containsExactly("* BYE Logging out",
                    "l1 OK Logout completed");
            assertThat(client.isClosed()).isTrue();
        }
        assertThat(fixture.proxy.stats().backendConnects()).isZero();
    }

    @Test
    void loginSelectAppendFetchSearchLogout() throws Exception {
        try (ImapClient client = fixture.client()) {
            List<String> login = client.command("a1", "LOGIN alice secret1");
            assertThat(last(login)).startsWith("a1 OK");
            assertThat(String.join("\n", login)).contains("COMPRESS=DEFLATE");
            assertThat(last(client.command("a2", "SELECT INBOX"))).startsWith("a2 OK [READ-WRITE]");
            String message = "Subject: relay test\r\n\r\nHello through the proxy\r\n";
            client.send("a3 APPEND INBOX {" + message.length() + "}\r\n");
            assertThat(client.readLine()).startsWith("+ ");
            client.send(message + "\r\n");
            assertThat(last(client.readUntilTagged("a3"))).startsWith("a3 OK [APPENDUID");
            assertThat(client.command("a4", "UID SEARCH SUBJECT \"relay test\""))
                    .anyMatch(l -> l.matches("\\* SEARCH \\d+"));
            List<String> fetch = client.command("a5", "FETCH 1:* (BODY.PEEK[TEXT])");
            assertThat(String.join("\n", fetch)).contains("Hello through the proxy");
            assertThat(last(fetch)).startsWith("a5 OK");
            List<String> logout = client.command("a6", "LOGOUT");
            assertThat(logout).first().asString().startsWith("* BYE");
            assertThat(last(logout)).startsWith("a6 OK");
            assertThat(client.isClosed()).isTrue();

            MetricsText metrics = fixture.metrics();
            assertThat(metrics.value("spillway_logins_total", "outcome", "success"))
                    .isEqualTo(1);
            assertThat(metrics.value("spillway_logins_total")).isEqualTo(1);
            // Every relayed command has a latency series of its own; no ID was sent.
            for (String command : List.of("login", "select", "append", "uid_search", "fetch",
                    "logout")) {
                assertThat(metrics.value("spillway_command_seconds_count", "command", command,
                        "class", "unclassified")).as(command).isEqualTo(1);
            }
            assertThat(metrics.value("spillway_command_seconds_count")).isEqualTo(6);
            assertThat(metrics.value("spillway_backend_connect_seconds_count")).isEqualTo(1);
            assertThat(metrics.has("spillway_backend_connect_failures_total")).isFalse();
            assertThat(metrics.value("spillway_connections_opened_total")).isEqualTo(1);
            // Plain TCP: the wire carries the message once each way, plus the dialogue.
            int fetched = String.join("\r\n", fetch).length();
            assertThat(metrics.value("spillway_network_received_bytes_total", "peer", "client"))
                    .isGreaterThan(message.length());
            assertThat(metrics.value("spillway_network_sent_bytes_total", "peer", "backend"))
                    .isGreaterThan(message.length());
            assertThat(metrics.value("spillway_network_received_bytes_total", "peer", "backend"))
                    .isGreaterThan(fetched);
            assertThat(metrics.value("spillway_network_sent_bytes_total", "peer", "client"))
                    .isGreaterThan(fetched);
        }
        assertThat(fixture.proxy.stats().backendConnects()).isEqualTo(1);
    }

    @Test
    void refusedFailedAndSuccessfulLoginsAreCountedApart(@TempDir Path otherDir)
            throws Exception {
        try (ProxyFixture tlsOnly = ProxyFixture.start(loops, otherDir,
                "127.0.0.1:" + DOVECOT.imapPort(), PolicySettings.defaults(),
                Map.of("auth.allow-plaintext", "never"));
                ImapClient client = tlsOnly.client()) {
            assertThat(client.command("l1", "LOGIN alice secret1"))
                    .containsExactly("l1 NO [PRIVACYREQUIRED] Use STARTTLS or implicit TLS"
                            + " before logging in");
            assertThat(client.startTls("l2")).containsExactly("l2 OK Begin TLS negotiation now");
            assertThat(last(client.command("l3", "LOGIN alice wrong"))).startsWith("l3 NO");
            assertThat(last(client.command("l4", "LOGIN alice secret1"))).startsWith("l4 OK");

            MetricsText metrics = tlsOnly.metrics();
            assertThat(metrics.value("spillway_logins_total", "outcome", "refused")).isEqualTo(1);
            assertThat(metrics.value("spillway_logins_total", "outcome", "failure")).isEqualTo(1);
            assertThat(metrics.value("spillway_logins_total", "outcome", "success")).isEqualTo(1);
            assertThat(metrics.value("spillway_logins_total", "outcome", "error")).isZero();
            // The refused LOGIN and STARTTLS were answered by the proxy, the others relayed.
            assertThat(metrics.value("spillway_command_seconds_count", "command", "login"))
                    .isEqualTo(3);
            assertThat(metrics.value("spillway_command_seconds_count", "command", "starttls"))
                    .isEqualTo(1);
        }
    }

    @Test
    void noMechanismIsListedWhileLoginIsDisabled(@TempDir Path otherDir) throws Exception {
        try (ProxyFixture tlsOnly = ProxyFixture.start(loops, otherDir,
                "127.0.0.1:" + DOVECOT.imapPort(), PolicySettings.defaults(),
                Map.of("auth.allow-plaintext", "never"));
                ImapClient client = ImapClient.connect(tlsOnly.ports.imap())) {
            // Dovecot lists AUTH=PLAIN and AUTH=LOGIN; neither may be offered in the clear.
            assertThat(client.readLine()).contains(" STARTTLS", " LOGINDISABLED")
                    .doesNotContain("AUTH=");
            assertThat(client.command("c1", "CAPABILITY").get(0)).contains(" LOGINDISABLED")
                    .doesNotContain("AUTH=");
            assertThat(client.startTls("c2")).containsExactly("c2 OK Begin TLS negotiation now");
            assertThat(client.command("c3", "CAPABILITY").get(0))
                    .contains(" AUTH=PLAIN", " AUTH=LOGIN").doesNotContain("LOGINDISABLED");
        }
    }

    @Test
    void synchronizingLiteralsGetTheBackendsContinuation() throws Exception {
        try (ImapClient client = fixture.client()) {
            client.send("b1 LOGIN {5}\r\n");
            assertThat(client.readLine()).startsWith("+ ");
            client.send("alice {7}\r\n");
            assertThat(client.readLine()).startsWith("+ ");
            client.send("secret1\r\n");
            assertThat(last(client.readUntilTagged("b1"))).startsWith("b1 OK");
            client.send("b2 LOGIN {5+}\r\nalice {7+}\r\nsecret1\r\n");
            assertThat(last(client.readUntilTagged("b2"))).startsWith("b2 BAD");
        }
    }

    @Test
    void refusedLiteralResetsTheFramer() throws Exception {
        try (ImapClient client = fixture.client()) {
            assertThat(last(client.command("r1", "LOGIN alice secret1"))).startsWith("r1 OK");
            client.send("r2 APPEND NoSuchBox {5}\r\n");
            String answer = client.readLine();
            if (answer.startsWith("+")) {
                client.send("hello\r\n");
                answer = last(client.readUntilTagged("r2"));
            }
            assertThat(answer).startsWith("r2 NO");
            assertThat(client.command("r3", "NOOP")).last().asString().startsWith("r3 OK");
        }
    }

    @Test
    void authenticatePlainRelaysContinuationLines() throws Exception {
        try (ImapClient client = fixture.client()) {
            client.send("p1 AUTHENTICATE PLAIN\r\n");
            assertThat(client.readLine()).startsWith("+");
            byte[] credentials = "\0bob\0secret2".getBytes(StandardCharsets.US_ASCII);
            client.send(Base64.getEncoder().encodeToString(credentials) + "\r\n");
            assertThat(last(client.readUntilTagged("p1"))).startsWith("p1 OK");
            assertThat(last(client.command("p2", "SELECT INBOX"))).startsWith("p2 OK");
        }
    }

    @Test
    void idleSeesAnAppendFromAnotherConnection() throws Exception {
        try (ImapClient idler = fixture.client(); ImapClient other = fixture.client()) {
            assertThat(last(idler.command("i1", "LOGIN bob secret2"))).startsWith("i1 OK");
            assertThat(last(idler.command("i2", "SELECT INBOX"))).startsWith("i2 OK");
            idler.send("i3 IDLE\r\n");
            assertThat(idler.readLine()).startsWith("+ ");
            assertThat(last(other.command("o1", "LOGIN bob secret2"))).startsWith("o1 OK");
            String message = "Subject: wake up\r\n\r\nnew mail\r\n";
            other.send("o2 APPEND INBOX {" + message.length() + "+}\r\n" + message + "\r\n");
            assertThat(last(other.readUntilTagged("o2"))).startsWith("o2 OK");
            String update;
            do {
                update = idler.readLine();
            } while (!update.matches("\\* \\d+ EXISTS"));
            idler.send("DONE\r\n");
            assertThat(last(idler.readUntilTagged("i3"))).startsWith("i3 OK");
            assertThat(last(idler.command("i4", "NOOP"))).startsWith("i4 OK");
        }
    }

    @Test
    void compressDeflateIsTheProxysOwn() throws Exception {
        try (ImapClient client = fixture.client()) {
            assertThat(last(client.command("z0", "COMPRESS DEFLATE"))).startsWith("z0 BAD");
            assertThat(last(client.command("z1", "LOGIN alice secret1"))).startsWith("z1 OK");
            assertThat(client.compress("z2")).containsExactly("z2 OK DEFLATE active");
            List<String> select = client.command("z3", "SELECT INBOX");
            assertThat(last(select)).startsWith("z3 OK");
            assertThat(client.command("z4", "COMPRESS DEFLATE"))
                    .containsExactly("z4 NO [COMPRESSIONACTIVE] DEFLATE is already active");
            assertThat(last(client.command("z5", "CAPABILITY"))).startsWith("z5 OK");
        }
    }

    @Test
    void clientStartTlsThenLogin() throws Exception {
        try (ImapClient client = fixture.client()) {
            assertThat(client.startTls("s1")).containsExactly("s1 OK Begin TLS negotiation now");
            List<String> capability = client.command("s2", "CAPABILITY");
            assertThat(capability.get(0)).doesNotContain("STARTTLS");
            assertThat(last(client.command("s3", "STARTTLS"))).startsWith("s3 BAD");
            assertThat(last(client.command("s4", "LOGIN alice secret1"))).startsWith("s4 OK");
        }
        try (ImapClient client = ImapClient.connectTls(fixture.ports.imaps())) {
            assertThat(client.readLine()).startsWith("* OK").doesNotContain("STARTTLS");
            assertThat(last(client.command("t1", "LOGIN alice secret1"))).startsWith("t1 OK");
        }
    }

    @Test
    void originatingAddressReachesDovecot(@TempDir Path otherDir) throws Exception {
        try (ProxyFixture withIp = ProxyFixture.start(loops, otherDir,
                "127.0.0.1:" + DOVECOT.imapPort(), PolicySettings.defaults(),
                Map.of("proxy.originating-ip", "true"));
                ImapClient client = withIp.client()) {
            assertThat(last(client.command("o1", "LOGIN alice secret1"))).startsWith("o1 OK");
            int clientPort = client.localPort();
            assertThat(DOVECOT.logContaining("rport=" + clientPort + ","))
                    .contains("rport=" + clientPort + ",");
        }
    }

    @Test
    void proxyProtocolHeaderCarriesTheClientAddress(@TempDir Path otherDir) throws Exception {
        try (ProxyFixture haproxy = ProxyFixture.start(loops, otherDir,
                "127.0.0.1:" + DOVECOT.haproxyPort(), PolicySettings.defaults(),
                Map.of("proxy.proxy-protocol", "true"));
                ImapClient client = haproxy.client()) {
            assertThat(last(client.command("h1", "LOGIN bob secret2"))).startsWith("h1 OK");
            int clientPort = client.localPort();
            assertThat(DOVECOT.logContaining("rport=" + clientPort + ","))
                    .contains("rport=" + clientPort + ",");
        }
    }

    static String last(List<String> responses) {
        return responses.get(responses.size() - 1);
    }
}
