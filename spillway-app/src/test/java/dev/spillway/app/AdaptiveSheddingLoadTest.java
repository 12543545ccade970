package dev.spillway.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.policy.shed.ShedOutcome;
import dev.spillway.policy.shed.ShedReason;
import dev.spillway.policy.shed.ShedSnapshot;
import dev.spillway.server.testing.TestServer;
import dev.spillway.sim.SeedOptions;
import dev.spillway.sim.Seeder;
import dev.spillway.sim.SimOptions;
import dev.spillway.sim.SimReport;
import dev.spillway.sim.Simulator;
import dev.spillway.sim.actor.Accounts;
import dev.spillway.sim.wire.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real load drives {@code auto}: a simulated wave of back-fill devices against a server whose
 * fixed caps would admit them all. The server keeps foreground latency low during such a wave
 * by itself (memory-only commands on the event loop, background work on at most half the store
 * pool), so what the wave raises here is the process's CPU, measured as in production: the
 * CPU target (and, should it be reached, the foreground latency target) must shed background
 * IDs (reason OVERLOAD or ADAPTIVE_LIMIT), foreground users must keep being served, and every
 * shed device must come back and finish.
 */
@Tag("slow")
class AdaptiveSheddingLoadTest {
    @TempDir
    Path data;

    @Test
    void aWaveOverTheLatencyTargetIsShedAndStillCompletes() throws Exception {
        Map<String, String> settings = Map.of(
                "shed.background-cap", "1000",
                "shed.rate", "0",
                "shed.adaptive.latency-target", "30ms",
                "shed.adaptive.queue-delay-target", "0s",
                "shed.adaptive.cpu-target", "0.6",
                "shed.adaptive.interval", "200ms",
                "shed.adaptive.hold", "2s",
                "shed.adaptive.min-background", "2");
        try (TestServer server = TestServer.start(data, settings)) {
            Accounts accounts = new Accounts("sim", 4, "sim-password", "localhost");
            for (int i = 1; i <= accounts.count(); i++) {
                server.user(accounts.name(i), accounts.password());
            }
            Target target = Target.plain(server.imapPort());
            Seeder.seed(SeedOptions.of(target, accounts, 150, 0));

            SimReport report = Simulator.run(SimOptions.builder(target)
                    .lmtpPort(server.lmtpPort()).accounts(accounts).users(4).devices(40)
                    .duration(Duration.ofSeconds(30)).waveStart(Duration.ofSeconds(2))
                    .waveRamp(Duration.ofSeconds(2)).retryDelay(Duration.ofSeconds(3))
                    .think(Duration.ofMillis(200)).label("adaptive").build());

            System.out.println(report.summary().toText());
            ShedSnapshot snapshot = server.server().context().policy().snapshot();
            long byAdaptive = snapshot.decisions(ShedOutcome.SHED, ShedReason.OVERLOAD)
                    + snapshot.decisions(ShedOutcome.SHED, ShedReason.ADAPTIVE_LIMIT);
            assertThat(byAdaptive).as("background IDs shed by the adaptive signals")
                    .isPositive();
            assertThat(report.summary().background().sessionsShed()).isPositive();
            assertThat(report.summary().foregroundAll().count()).isPositive();
            assertThat(report.summary().background().devicesCompleted())
                    .as("devices that finished their back-fill").isEqualTo(40);
        }
    }
}
