package dev.spillway.admin.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillway.admin.Ids;
import dev.spillway.admin.metrics.ExpositionFormat.Sample;
import dev.spillway.policy.adaptive.AdaptiveSettings;
import dev.spillway.policy.adaptive.AdaptiveShedding;
import dev.spillway.policy.adaptive.SignalTuning;
import dev.spillway.policy.id.ClientKind;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedMode;
import dev.spillway.policy.shed.ShedOutcome;
import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.policy.shed.ShedSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hawkular.agent.prometheus.text.TextPrometheusMetricDataParser;
import org.hawkular.agent.prometheus.types.Counter;
import org.hawkular.agent.prometheus.types.Gauge;
import org.hawkular.agent.prometheus.types.Histogram;
import org.hawkular.agent.prometheus.types.Metric;
import org.hawkular.agent.prometheus.types.MetricFamily;
import org.hawkular.agent.prometheus.types.MetricType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpillwayMetricsTest {

    private final ShedPolicy policy = new ShedPolicy(
            PolicySettings.defaults().withCaps(1, 1, 1).withRate(0, 1));
    private final SpillwayMetrics metrics =
            new SpillwayMetrics(new PolicySnapshots(policy), Role.SERVER);

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void scrapeIsReadByAPrometheusTextParser() throws IOException {
        metrics.commandCompleted("FETCH", SessionClass.FOREGROUND, 2_000_000);
        metrics.storeOperation("append", 1_000_000);

        List<MetricFamily> families = scrapeWithParser();

        assertThat(families).extracting(MetricFamily::getName).contains(
                "spillway_shed_decisions_total", "spillway_sessions",
                "spillway_command_seconds", "spillway_store_seconds", "spillway_logins_total",
                "spillway_id_commands_total", "spillway_network_received_bytes_total",
                "jvm_memory_used_bytes", "jvm_threads_live_threads", "process_cpu_usage",
                "process_uptime_seconds");
        assertThat(family(families, "spillway_command_seconds").getType())
                .isEqualTo(MetricType.HISTOGRAM);
        assertThat(family(families, "spillway_sessions").getType()).isEqualTo(MetricType.GAUGE);
    }

    @Test
    void scrapePassesTheStrictFormatCheck() {
        metrics.commandCompleted("UID FETCH", SessionClass.BACKGROUND_BACK_FILL, 5_000_000);
        metrics.commandCompleted("select", SessionClass.FOREGROUND, 1_000_000);

        List<Sample> samples = ExpositionFormat.parse(metrics.scrape());

        assertThat(samples).extracting(Sample::name).allMatch(name -> name.startsWith("spillway_")
                || name.startsWith("jvm_") || name.startsWith("process_")
                || name.startsWith("system_"));
        assertThat(samples).allMatch(s -> "server".equals(s.labels().get("role")));
    }

    @Test
    void shedDecisionsComeFromThePolicySnapshot() throws IOException {
        try (ShedSession first = policy.openSession(); ShedSession second = policy.openSession()) {
            first.onId(Ids.backFill());
            second.onId(Ids.backFill());

            assertThat(counter(scrapeWithParser(), "spillway_shed_decisions_total",
                    Map.of("outcome", "shed", "reason", "total_cap"))).isEqualTo(1);
            assertThat(counter(scrapeWithParser(), "spillway_shed_decisions_total",
                    Map.of("outcome", "admit", "reason", "within_limits"))).isEqualTo(1);
            assertThat(gauge(scrapeWithParser(), "spillway_shed_admitted",
                    Map.of("work", "back_fill"))).isEqualTo(1);
        }
    }

    @Test
    void overloadSignalsAreGaugesInBaseUnits() throws IOException {
        AdaptiveSettings settings = new AdaptiveSettings(Duration.ofMillis(50), Duration.ZERO,
                0.0, Duration.ZERO, 0.0, SignalTuning.defaults().withWindow(1, 20),
                Duration.ofSeconds(1), 0.5, 4);
        try (AdaptiveShedding adaptive = AdaptiveShedding.attach(policy, settings, false,
                System::nanoTime, () -> 0.1)) {
            metrics.watchSignals(adaptive::readings);
            for (int i = 0; i < 100; i++) {
                adaptive.commandLatency().record(Duration.ofMillis(120).toNanos());
            }
            adaptive.tick();

            List<MetricFamily> families = scrapeWithParser();

            Map<String, String> latency = Map.of("signal", "command_latency");
            assertThat(gauge(families, "spillway_shed_signal_value", latency))
                    .isBetween(0.1, 0.15);
            assertThat(gauge(families, "spillway_shed_signal_target", latency))
                    .isEqualTo(0.05);
            assertThat(gauge(families, "spillway_shed_signal_level", latency))
                    .isEqualTo(2); // 120 ms is over twice the target: critical
            assertThat(gauge(families, "spillway_shed_signal_target",
                    Map.of("signal", "queue_delay"))).isEqualTo(0);
            assertThat(gauge(families, "spillway_shed_signal_level", Map.of("signal", "cpu")))
                    .isEqualTo(0);
        }
    }

    @Test
    void modeAndLimitsAreGauges() throws IOException {
        policy.replaceSettings(PolicySettings.defaults().withMode(ShedMode.ALWAYS));

        List<MetricFamily> families = scrapeWithParser();

        assertThat(gauge(families, "spillway_shed_mode", Map.of("mode", "always"))).isEqualTo(1);
        assertThat(gauge(families, "spillway_shed_mode", Map.of("mode", "auto"))).isEqualTo(0);
        assertThat(gauge(families, "spillway_shed_limit", Map.of("limit", "background_cap")))
                .isEqualTo(200);
        assertThat(gauge(families, "spillway_shed_limit", Map.of("limit", "rate")))
                .isEqualTo(20);
    }

    @Test
    void sessionsFollowTheirClass() throws IOException {
        metrics.connectionOpened();
        metrics.connectionOpened();
        metrics.sessionClassified(SessionClass.UNCLASSIFIED, SessionClass.BACKGROUND_INDEXING);
        metrics.connectionClosed(SessionClass.UNCLASSIFIED);

        List<MetricFamily> families = scrapeWithParser();

        assertThat(gauge(families, "spillway_sessions", Map.of("class", "background_indexing")))
                .isEqualTo(1);
        assertThat(gauge(families, "spillway_sessions", Map.of("class", "unclassified")))
                .isEqualTo(0);
        assertThat(counter(families, "spillway_connections_opened_total", Map.of()))
                .isEqualTo(2);
        assertThat(counter(families, "spillway_connections_closed_total",
                Map.of("class", "unclassified"))).isEqualTo(1);
    }

    @Test
    void idCommandsAreCountedByClientAndOutcome() throws IOException {
        metrics.idCommand(ClientKind.APPLE_MAIL, ShedOutcome.SHED);
        metrics.idCommand(ClientKind.APPLE_MAIL, ShedOutcome.SHED);
        metrics.idRejected(ClientKind.OTHER);

        List<MetricFamily> families = scrapeWithParser();

        assertThat(counter(families, "spillway_id_commands_total",
                Map.of("client", "apple_mail", "outcome", "shed"))).isEqualTo(2);
        assertThat(counter(families, "spillway_id_commands_total",
                Map.of("client", "other", "outcome", "bad"))).isEqualTo(1);
    }

    @Test
    void commandLatencyIsAHistogramPerCommandAndClass() throws IOException {
        metrics.commandCompleted("UID FETCH", SessionClass.FOREGROUND, 3_000_000);
        metrics.commandCompleted("uid fetch", SessionClass.FOREGROUND, 5_000_000);

        Histogram histogram = (Histogram) metric(scrapeWithParser(), "spillway_command_seconds",
                Map.of("command", "uid_fetch", "class", "foreground"));

        assertThat(histogram.getSampleCount()).isEqualTo(2);
        assertThat(histogram.getSampleSum()).isEqualTo(0.008, org.assertj.core.data.Offset
                .offset(1e-9));
        assertThat(metrics.foregroundLatency().p99Millis()).isGreaterThan(0);
    }

    @Test
    void commandNamesBeyondTheLimitShareOneSeries() {
        for (int i = 0; i < SpillwayMetrics.MAX_COMMANDS + 10; i++) {
            metrics.commandCompleted("X" + i, SessionClass.FOREGROUND, 1000);
        }

        long distinct = ExpositionFormat.parse(metrics.scrape()).stream()
                .filter(s -> s.name().equals("spillway_command_seconds_count"))
                .map(s -> s.labels().get("command")).distinct().count();

        assertThat(distinct).isEqualTo(SpillwayMetrics.MAX_COMMANDS + 1);
        assertThat(ExpositionFormat.parse(metrics.scrape())).anyMatch(s ->
                s.name().equals("spillway_command_seconds_count")
                        && "other".equals(s.labels().get("command")) && s.value() == 10);
    }

    @Test
    void backendMetricsBelongToTheProxy() {
        assertThatThrownBy(() -> metrics.backendConnected(1)).isInstanceOf(
                IllegalStateException.class);
        try (SpillwayMetrics proxy = new SpillwayMetrics(new PolicySnapshots(policy),
                Role.PROXY)) {
            proxy.backendConnected(2_000_000);
            proxy.backendConnectFailed("timeout");
            proxy.backendBytesIn(100);
            assertThatThrownBy(() -> proxy.storeOperation("fetch", 1))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(ExpositionFormat.parse(proxy.scrape())).anyMatch(s ->
                    s.name().equals("spillway_backend_connect_failures_total")
                            && "timeout".equals(s.labels().get("reason")) && s.value() == 1);
        }
    }

    @Test
    void bytesAndLoginsAreCounted() throws IOException {
        metrics.clientBytesIn(100);
        metrics.clientBytesIn(50);
        metrics.clientBytesOut(7);
        metrics.login(LoginOutcome.FAILURE);

        List<MetricFamily> families = scrapeWithParser();

        assertThat(counter(families, "spillway_network_received_bytes_total",
                Map.of("peer", "client"))).isEqualTo(150);
        assertThat(counter(families, "spillway_network_sent_bytes_total",
                Map.of("peer", "client"))).isEqualTo(7);
        assertThat(counter(families, "spillway_logins_total", Map.of("outcome", "failure")))
                .isEqualTo(1);
    }

    /** Reads the whole scrape with Hawkular's text-format parser. */
    private List<MetricFamily> scrapeWithParser() throws IOException {
        byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        TextPrometheusMetricDataParser parser =
                new TextPrometheusMetricDataParser(new ByteArrayInputStream(body));
        List<MetricFamily> families = new ArrayList<>();
        for (MetricFamily family = parser.parse(); family != null; family = parser.parse()) {
            families.add(family);
        }
        return families;
    }

    private static MetricFamily family(List<MetricFamily> families, String name) {
        return families.stream().filter(f -> f.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no family " + name));
    }

    private static Metric metric(List<MetricFamily> families, String name,
            Map<String, String> labels) {
        return family(families, name).getMetrics().stream()
                .filter(m -> m.getLabels().entrySet().containsAll(labels.entrySet()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + labels));
    }

    private static double counter(List<MetricFamily> families, String name,
            Map<String, String> labels) {
        return ((Counter) metric(families, name, labels)).getValue();
    }

    private static double gauge(List<MetricFamily> families, String name,
            Map<String, String> labels) {
        return ((Gauge) metric(families, name, labels)).getValue();
    }
}
