package dev.spillway.proxy;

import static dev.spillway.proxy.ProxyRelayTest.last;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedMode;
import dev.spillway.policy.shed.ShedOutcome;
import dev.spillway.transport.net.EventLoops;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** TN3189 shedding through the proxy, in every mode, against a real Dovecot. */
class ProxySheddingTest {

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
    void modeOffAnswersEveryIdOk() throws Exception {
        try (ProxyFixture proxy = start(ShedMode.OFF, 200);
                ImapClient client = proxy.client()) {
            assertThat(client.command("a1", id("back-fill", "off"))).containsExactly(
                    "* ID (\"name\" \"Spillway\")", "a1 OK ID completed");
            assertThat(last(client.command("a2", "LOGIN alice secret1"))).startsWith("a2 OK");
            // The admitted ID went to Dovecot ahead of the login.
            assertThat(DOVECOT.logContaining("off-" + token)).contains("off-" + token);
        }
    }

    @Test
    void modeObserveAdmitsButCountsWhatItWouldShed() throws Exception {
        try (ProxyFixture proxy = start(ShedMode.OBSERVE, 0);
                ImapClient client = proxy.client()) {
            assertThat(last(client.command("b1", id("indexer", "observe"))))
                    .isEqualTo("b1 OK ID completed");
            assertThat(last(client.command("b2", "LOGIN alice secret1"))).startsWith("b2 OK");
            assertThat(proxy.policy.snapshot().decisions(ShedOutcome.WOULD_SHED)).isEqualTo(1);
        }
    }

    @Test
    void modeAutoShedsOverTheCapAndTheShedConnectionNeverReachesDovecot() throws Exception {
        try (ProxyFixture proxy = start(ShedMode.AUTO, 1);
                ImapClient first = proxy.client();
                ImapClient second = proxy.client()) {
            assertThat(last(first.command("c1", id("back-fill", "auto1"))))
                    .isEqualTo("c1 OK ID completed");
            assertThat(last(first.command("c2", "LOGIN alice secret1"))).startsWith("c2 OK");
            long backendConnects = proxy.proxy.stats().backendConnects();
            long dovecotConnections = DOVECOT.connectionsLogged();

            assertThat(second.command("d1", id("back-fill", "auto2"))).containsExactly(
                    "* ID (\"name\" \"Spillway\")",
                    "d1 NO [UNAVAILABLE] Background sync postponed, server busy; try again later");
            assertThat(last(second.command("d2", "LOGIN bob secret2")))
                    .startsWith("d2 NO [UNAVAILABLE]");
            assertThat(last(second.command("d3", "SELECT INBOX")))
                    .startsWith("d3 NO [UNAVAILABLE]");
            assertThat(last(second.command("d4", "LOGOUT"))).startsWith("d4 OK");

            assertThat(proxy.proxy.stats().backendConnects()).isEqualTo(backendConnects);
            assertThat(proxy.proxy.stats().idsShedByProxy()).isEqualTo(1);
            assertThat(DOVECOT.connectionsLogged()).isEqualTo(dovecotConnections);
            assertThat(DOVECOT.log()).doesNotContain("auto2-" + token);
            assertThat(DOVECOT.who()).noneMatch(line -> line.startsWith("bob "));

            // The shed connection's LOGIN was refused unchecked; the other one logged in.
            MetricsText metrics = proxy.metrics();
            assertThat(metrics.value("spillway_logins_total", "outcome", "refused")).isEqualTo(1);
            assertThat(metrics.value("spillway_logins_total", "outcome", "success")).isEqualTo(1);
            assertThat(metrics.value("spillway_command_seconds_count", "command", "login",
                    "class", "background_back_fill")).isEqualTo(2);
            assertThat(metrics.value("spillway_connections_opened_total")).isEqualTo(2);
            assertThat(metrics.value("spillway_backend_connect_seconds_count")).isEqualTo(1);
        }
    }

    @Test
    void modeAlwaysShedsEveryBackgroundIdButNoForegroundOne() throws Exception {
        try (ProxyFixture proxy = start(ShedMode.ALWAYS, 200);
                ImapClient client = proxy.client()) {
            assertThat(last(client.command("e1", id("indexer", "always"))))
                    .startsWith("e1 NO [UNAVAILABLE]");
            assertThat(last(client.command("e2", id(null, "always-fg"))))
                    .isEqualTo("e2 OK ID completed");
            assertThat(last(client.command("e3", "LOGIN alice secret1"))).startsWith("e3 OK");
        }
    }

    @Test
    void laterBackgroundIdIsShedByTheProxyAndNotSeenByDovecot() throws Exception {
        try (ProxyFixture proxy = start(ShedMode.ALWAYS, 200);
                ImapClient client = proxy.client()) {
            assertThat(last(client.command("f1", id(null, "fg")))).startsWith("f1 OK");
            assertThat(last(client.command("f2", "LOGIN alice secret1"))).startsWith("f2 OK");
            assertThat(last(client.command("f3", "SELECT INBOX"))).startsWith("f3 OK");

            assertThat(client.command("f4", id("periodic,back-fill", "bg"))).containsExactly(
                    "* ID (\"name\" \"Spillway\")",
                    "f4 NO [UNAVAILABLE] Background sync postponed, server busy; try again later");
            assertThat(last(client.command("f5", "NOOP"))).startsWith("f5 OK");

            List<String> admitted = client.command("f6", id(null, "fg-again"));
            assertThat(admitted.get(0)).startsWith("* ID (\"name\" \"Dovecot\"");
            assertThat(last(admitted)).startsWith("f6 OK");
            // After login Dovecot logs only the first ID it receives: had the shed one been
            // forwarded, it would be the one in the log.
            assertThat(DOVECOT.logContaining("fg-again-" + token))
                    .contains("fg-" + token, "fg-again-" + token)
                    .doesNotContain("bg-" + token);
            assertThat(proxy.proxy.stats().idsShedByProxy()).isEqualTo(1);

            MetricsText metrics = proxy.metrics();
            assertThat(metrics.value("spillway_id_commands_total", "client", "apple_mail",
                    "outcome", "admit")).isEqualTo(2);
            assertThat(metrics.value("spillway_id_commands_total", "client", "apple_mail",
                    "outcome", "shed")).isEqualTo(1);
            assertThat(metrics.value("spillway_logins_total", "outcome", "success"))
                    .isEqualTo(1);
            // Each command counts under the class of the connection when it ended: the shed
            // ID made it a back-fill one until the next ID.
            assertThat(metrics.value("spillway_command_seconds_count", "command", "id",
                    "class", "foreground")).isEqualTo(2);
            assertThat(metrics.value("spillway_command_seconds_count", "command", "id",
                    "class", "background_back_fill")).isEqualTo(1);
            assertThat(metrics.value("spillway_command_seconds_count", "command", "select",
                    "class", "foreground")).isEqualTo(1);
            assertThat(metrics.value("spillway_command_seconds_count", "command", "noop",
                    "class", "background_back_fill")).isEqualTo(1);
            assertThat(metrics.value("spillway_sessions", "class", "foreground")).isEqualTo(1);
            assertThat(metrics.value("spillway_sessions")).isEqualTo(1);
            assertThat(metrics.value("spillway_backend_connect_seconds_count")).isEqualTo(1);
            assertThat(metrics.value("spillway_network_sent_bytes_total", "peer", "backend"))
                    .isPositive();
            assertThat(proxy.proxy.observability().recentDecisions().newestFirst())
                    .singleElement().satisfies(d -> {
                        assertThat(d.clientAddress()).isEqualTo("127.0.0.1");
                        assertThat(d.activity()).isEqualTo("back-fill");
                    });
        }
    }

    @Test
    void idBreakingRfc2971IsBad() throws Exception {
        try (ProxyFixture proxy = start(ShedMode.AUTO, 200);
                ImapClient client = proxy.client()) {
            assertThat(last(client.command("g1", "ID (\"name\" \"a\" \"NAME\" \"b\")")))
                    .startsWith("g1 BAD");
            assertThat(last(client.command("g2", "ID (\"name\"")))
                    .startsWith("g2 BAD");
            // Only the first breaks RFC 2971 §3.3; the second is a syntax error, not an ID.
            MetricsText metrics = proxy.metrics();
            assertThat(metrics.value("spillway_id_commands_total", "outcome", "bad"))
                    .isEqualTo(1);
            assertThat(metrics.value("spillway_id_commands_total")).isEqualTo(1);
            assertThat(metrics.value("spillway_command_seconds_count", "command", "id",
                    "class", "unclassified")).isEqualTo(2);
        }
    }

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    /** An iOS Mail ID; {@code event} null for none; {@code label} marks it in Dovecot's log. */
    private String id(String event, String label) {
        String eventValue = event == null ? "NIL" : "\"" + event + "\"";
        return "ID (\"name\" \"com.apple.email.maild\" \"os\" \"iOS\" \"version\" \"" + label
                + "-" + token + "\" \"event\" " + eventValue + ")";
    }

    private ProxyFixture start(ShedMode mode, int cap) throws Exception {
        PolicySettings settings = PolicySettings.defaults().withMode(mode)
                .withCaps(cap, cap, cap).withRate(0, 1);
        return ProxyFixture.start(loops, dataDir, "127.0.0.1:" + DOVECOT.imapPort(), settings,
                Map.of());
    }
}
