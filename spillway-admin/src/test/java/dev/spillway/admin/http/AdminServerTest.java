package dev.spillway.admin.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spillway.admin.Ids;
import dev.spillway.admin.Observability;
import dev.spillway.admin.TestClock;
import dev.spillway.admin.metrics.Role;
import dev.spillway.admin.metrics.SessionClass;
import dev.spillway.config.Config;
import dev.spillway.policy.adaptive.SignalReading;
import dev.spillway.policy.shed.OverloadLevel;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedMode;
import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.policy.shed.ShedSession;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminServerTest {

    private static final String TOKEN = "s3cret-token";

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final PolicySettings configured = PolicySettings.defaults().withCaps(2, 2, 2)
            .withRate(0, 1);
    private final ShedPolicy policy = new ShedPolicy(configured, clock);
    private final Observability observability = new Observability(policy, Role.SERVER, clock,
            10, Duration.ofSeconds(10));
    private final List<ShedSession> sessions = new ArrayList<>();
    private AdminServer server;
    private AdminClient client;

    @AfterEach
    void stop() {
        sessions.forEach(ShedSession::close);
        if (server != null) {
            server.close();
        }
        observability.close();
    }

    @Test
    void statusReportsModeLimitsSessionsAndRecentSheds() {
        observability.watchSignals(() -> List.of(new SignalReading("command-latency", 0.004,
                0.05, OverloadLevel.NONE)));
        start(TOKEN);
        wave(5);
        observability.metrics().connectionOpened();
        observability.metrics().sessionClassified(SessionClass.UNCLASSIFIED,
                SessionClass.FOREGROUND);
        observability.metrics().commandCompleted("NOOP", SessionClass.FOREGROUND, 2_000_000);

        JsonNode status = client.status();

        assertThat(status.get("time").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(status.get("role").asText()).isEqualTo("server");
        assertThat(status.get("changesEnabled").asBoolean()).isTrue();
        assertThat(status.get("mode").asText()).isEqualTo("auto");
        assertThat(status.get("limits").get("backgroundCap").asInt()).isEqualTo(2);
        assertThat(status.get("configured").get("mode").asText()).isEqualTo("auto");
        assertThat(status.get("override").isNull()).isTrue();
        assertThat(status.get("overload").asText()).isEqualTo("none");
        JsonNode signal = status.get("signals").get(0);
        assertThat(signal.get("name").asText()).isEqualTo("command-latency");
        assertThat(signal.get("value").asDouble()).isEqualTo(0.004);
        assertThat(signal.get("target").asDouble()).isEqualTo(0.05);
        assertThat(signal.get("unit").asText()).isEqualTo("seconds");
        assertThat(signal.get("level").asText()).isEqualTo("none");
        assertThat(status.get("admitted").get("total").asInt()).isEqualTo(2);
        assertThat(status.get("admitted").get("backFill").asInt()).isEqualTo(2);
        assertThat(status.get("sessions").get("foreground").asInt()).isEqualTo(1);
        assertThat(status.get("policySessions").asInt()).isEqualTo(5);
        assertThat(status.get("decisions").get("shed").get("total_cap").asLong()).isEqualTo(3);
        assertThat(status.get("decisions").get("admit").get("within_limits").asLong())
                .isEqualTo(2);
        assertThat(status.get("decisionTotals").get("shed").asLong()).isEqualTo(3);
        JsonNode recent = status.get("recentSheds");
        assertThat(recent).hasSize(3);
        assertThat(recent.get(0).get("clientAddress").asText()).isEqualTo("198.51.100.4");
        assertThat(recent.get(0).get("clientName").asText()).isEqualTo("com.apple.email.maild");
        assertThat(recent.get(0).get("activity").asText()).isEqualTo("back-fill");
        assertThat(recent.get(0).get("reason").asText()).isEqualTo("total_cap");
        assertThat(status.get("foregroundLatency").get("p99Ms").asDouble()).isGreaterThan(0);
        assertThat(status.get("cpu").get("processors").asInt()).isPositive();
        assertThat(status.get("cpu").has("process")).isTrue();
        assertThat(status.get("memory").get("heapUsedBytes").asLong()).isPositive();
    }

    @Test
    void postWithTheTokenOverridesModeAndLimits() {
        start(TOKEN);

        HttpResponse<String> response = client.post("/api/shedding", TOKEN,
                "{\"mode\":\"always\",\"backgroundCap\":100,\"expiresIn\":\"2h\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(policy.settings().mode()).isEqualTo(ShedMode.ALWAYS);
        assertThat(policy.settings().backgroundCap()).isEqualTo(100);
        assertThat(policy.settings().indexingCap()).isEqualTo(2);
        JsonNode status = AdminClient.json(response);
        assertThat(status.get("mode").asText()).isEqualTo("always");
        assertThat(status.get("override").get("expiresAt").asText())
                .isEqualTo("2026-03-01T12:00:00Z");
        assertThat(status.get("override").get("untilReset").asBoolean()).isFalse();
        assertThat(status.get("configured").get("mode").asText()).isEqualTo("auto");
    }

    @Test
    void theOverrideExpiresAndConfiguredValuesReturn() {
        start(TOKEN);
        client.post("/api/shedding", TOKEN, "{\"mode\":\"off\",\"expiresIn\":\"30m\"}");

        clock.advance(Duration.ofMinutes(29));
        assertThat(client.status().get("mode").asText()).isEqualTo("off");
        clock.advance(Duration.ofMinutes(1));

        JsonNode status = client.status();
        assertThat(status.get("mode").asText()).isEqualTo("auto");
        assertThat(status.get("override").isNull()).isTrue();
        assertThat(policy.settings()).isEqualTo(configured);
    }

    @Test
    void withoutExpiryTheOverrideLastsUntilReset() {
        start(TOKEN);
        client.post("/api/shedding", TOKEN, "{\"mode\":\"observe\"}");
        clock.advance(Duration.ofDays(400));

        JsonNode status = client.status();
        assertThat(status.get("mode").asText()).isEqualTo("observe");
        assertThat(status.get("override").get("untilReset").asBoolean()).isTrue();
        assertThat(status.get("override").get("expiresAt").isNull()).isTrue();

        HttpResponse<String> reset = client.delete("/api/shedding", TOKEN);
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(AdminClient.json(reset).get("mode").asText()).isEqualTo("auto");
        assertThat(policy.settings()).isEqualTo(configured);
    }

    @Test
    void resetInTheBodyClearsTheOverride() {
        start(TOKEN);
        client.post("/api/shedding", TOKEN, "{\"mode\":\"always\"}");

        HttpResponse<String> response = client.post("/api/shedding", TOKEN, "{\"reset\":true}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(policy.settings()).isEqualTo(configured);
    }

    @Test
    void aWrongOrMissingTokenIsUnauthorized() {
        start(TOKEN);

        HttpResponse<String> wrong = client.post("/api/shedding", "guess", "{\"mode\":\"off\"}");
        HttpResponse<String> missing = client.post("/api/shedding", null, "{\"mode\":\"off\"}");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(client.delete("/api/shedding", "guess").statusCode()).isEqualTo(401);
        assertThat(policy.settings()).isEqualTo(configured);
    }

    @Test
    void withoutAConfiguredTokenChangesAreForbidden() {
        start("");

        HttpResponse<String> response = client.post("/api/shedding", "", "{\"mode\":\"off\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(AdminClient.json(response).get("error").asText())
                .contains("admin.token is not configured");
        assertThat(client.status().get("changesEnabled").asBoolean()).isFalse();
        assertThat(policy.settings()).isEqualTo(configured);
    }

    @Test
    void badJsonIsABadRequest() {
        start(TOKEN);

        HttpResponse<String> response = client.post("/api/shedding", TOKEN, "{\"mode\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(AdminClient.json(response).get("error").asText())
                .startsWith("body is not valid JSON");
    }

    @Test
    void anUnknownModeIsABadRequest() {
        start(TOKEN);

        HttpResponse<String> response =
                client.post("/api/shedding", TOKEN, "{\"mode\":\"panic\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(AdminClient.json(response).get("error").asText())
                .isEqualTo("mode must be one of off, observe, auto, always, not \"panic\"");
        assertThat(policy.settings()).isEqualTo(configured);
    }

    @Test
    void anUnknownFieldIsABadRequest() {
        start(TOKEN);

        HttpResponse<String> response = client.post("/api/shedding", TOKEN,
                "{\"mode\":\"always\",\"backgroundcap\":5}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(AdminClient.json(response).get("error").asText())
                .startsWith("unknown field \"backgroundcap\"");
        assertThat(policy.settings()).isEqualTo(configured);
    }

    @Test
    void anOversizedBodyIsRefused() {
        start(TOKEN);

        HttpResponse<String> response = client.post("/api/shedding", TOKEN,
                "{\"mode\":\"" + "a".repeat(Exchanges.MAX_BODY_BYTES) + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void metricsAreServedInTheTextFormat() {
        start(TOKEN);

        HttpResponse<String> response = client.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body()).contains("spillway_shed_decisions_total{");
    }

    @Test
    void dashboardFilesComeFromTheJar() {
        start(TOKEN);

        Map<String, String> types = Map.of("/", "text/html", "/dashboard.js", "text/javascript",
                "/dashboard.css", "text/css", "/uplot.js", "text/javascript",
                "/uplot.css", "text/css");

        types.forEach((path, type) -> {
            HttpResponse<String> response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path)
                    .startsWith(type);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        });
        assertThat(client.get("/").body()).contains("<script src=\"uplot.js\"></script>")
                .doesNotContain("http://", "https://");
    }

    @Test
    void unknownPathsAndMethodsAreRefused() {
        start(TOKEN);

        assertThat(client.get("/secret").statusCode()).isEqualTo(404);
        assertThat(client.get("/../pom.xml").statusCode()).isEqualTo(404);
        assertThat(client.get("/api/shedding").statusCode()).isEqualTo(405);
        assertThat(client.post("/metrics", TOKEN, "{}").statusCode()).isEqualTo(405);
    }

    @Test
    void optionsComeFromConfiguration() {
        Config config = Config.load(null, Map.of("SPILLWAY_ADMIN_TOKEN", "t"),
                Map.of("admin.port", "0"));

        AdminOptions options = AdminOptions.from(config);

        assertThat(options.enabled()).isFalse();
        assertThat(options.changesEnabled()).isTrue();
        assertThat(options.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(options.toString()).doesNotContain("t]").contains("token=(set)");
        assertThat(AdminOptions.from(Config.defaults()).port()).isEqualTo(8143);
        assertThatThrownBy(() -> AdminServer.start(options, observability))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listensOnTheAdminBindAddressNotOnTheImapOne() throws IOException {
        // Both addresses are loopback on Linux (127.0.0.0/8), so nothing leaves the machine.
        assertListensOnlyOn(Map.of("bind", "127.0.0.2"), "127.0.0.1", "127.0.0.2");
        assertListensOnlyOn(Map.of("bind", "0.0.0.0", "admin.bind", "127.0.0.2"), "127.0.0.2",
                "127.0.0.1");
    }

    private void assertListensOnlyOn(Map<String, String> flags, String admin, String imap)
            throws IOException {
        AdminOptions configured = AdminOptions.from(Config.load(null, Map.of(), flags));
        AdminOptions options = new AdminOptions(configured.bindAddress(),
                AdminOptions.EPHEMERAL_PORT, "");
        try (AdminServer bound = AdminServer.start(options, observability)) {
            assertThat(bound.address().getAddress().getHostAddress()).isEqualTo(admin);
            assertThat(bound.url()).isEqualTo("http://" + admin + ":" + bound.port() + "/");
            try (Socket socket = new Socket(admin, bound.port())) {
                assertThat(socket.isConnected()).isTrue();
            }
            assertThatThrownBy(() -> new Socket(imap, bound.port()).close())
                    .isInstanceOf(ConnectException.class);
        }
    }

    private void start(String token) {
        try {
            server = AdminServer.start(AdminOptions.ephemeral(token), observability);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        client = new AdminClient(server);
    }

    /** {@code count} back-fill IDs through the real policy, as iOS Mail sends them. */
    private void wave(int count) {
        for (int i = 0; i < count; i++) {
            ShedSession session = policy.openSession();
            sessions.add(session);
            observability.idDecided("198.51.100." + i, session.onId(Ids.backFill()));
        }
    }
}
