package dev.spillway.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spillway.sim.actor.Accounts;
import dev.spillway.sim.report.DeviceResult;
import dev.spillway.sim.report.Operation;
import dev.spillway.sim.report.SecondRow;
import dev.spillway.sim.wire.Security;
import dev.spillway.sim.wire.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorTest {

    @Test
    void shedDeviceRetriesAfterTheDelayAndCompletesItsBackFill(@TempDir Path out)
            throws Exception {
        SimReport report;
        try (ScriptedImapServer server = new ScriptedImapServer(2)) {
            SimOptions options = SimOptions.builder(Target.plain(server.port()))
                    .accounts(Accounts.of(1)).users(1).devices(1).indexerShare(0)
                    .duration(Duration.ofSeconds(3)).waveStart(Duration.ZERO)
                    .retryDelay(Duration.ofMillis(200)).think(Duration.ofMillis(300))
                    .batchSize(2).label("scripted").build();

            report = Simulator.run(options);
            assertThat(server.backgroundIds()).isEqualTo(3);
        }

        DeviceResult device = report.devices().get(0);
        assertThat(device.completed()).isTrue();
        assertThat(device.sheds()).isEqualTo(2);
        assertThat(device.retries()).isEqualTo(2);
        assertThat(device.messages()).isEqualTo(3);
        assertThat(device.bytes()).isEqualTo(30);
        assertThat(device.secondsToComplete()).isGreaterThan(0);
        var background = report.summary().background();
        assertThat(background.sessionsShed()).isEqualTo(2);
        assertThat(background.sessionsAdmitted()).isEqualTo(1);
        assertThat(background.devicesCompleted()).isEqualTo(1);
        assertThat(report.summary().foreground()).containsKeys(Operation.LOGIN,
                Operation.SELECT, Operation.SEARCH, Operation.IDLE_DONE, Operation.FETCH_BODY);
        assertThat(report.summary().errors()).isZero();
        assertThat(report.series()).hasSize(3);

        report.write(out);
        assertThat(out.resolve("scripted.png")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("scripted.csv")))
                .startsWith(SecondRow.CSV_HEADER + "\n0,");
        assertThat(Files.readString(out.resolve("scripted.txt"))).contains("1 completed");
        JsonNode json = SimReport.JSON.readTree(out.resolve("scripted.json").toFile());
        assertThat(json.at("/summary/background/devicesCompleted").asInt()).isEqualTo(1);
        assertThat(json.at("/series").size()).isEqualTo(3);
        assertThat(json.at("/devices/0/event").asText()).isEqualTo("back-fill");
    }

    @Test
    void refusesATargetThatIsNotLoopbackBeforeConnecting() {
        // 192.0.2.1 is a documentation address (RFC 5737): nothing is ever sent to it.
        SimOptions options = SimOptions.builder(new Target("192.0.2.1", 993, Security.IMPLICIT,
                false)).devices(1).users(0).build();

        assertThatThrownBy(() -> Simulator.run(options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a loopback");
    }

    @Test
    void optionsAreBounded() {
        Target target = Target.plain(1143);

        assertThatThrownBy(() -> SimOptions.builder(target).users(1500).devices(600).build())
                .hasMessageContaining("at most 2000");
        assertThatThrownBy(() -> SimOptions.builder(target).users(0).devices(0).build())
                .hasMessageContaining("users or devices");
        assertThatThrownBy(() -> SimOptions.builder(target).duration(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimOptions.builder(target).label("../x"))
                .isInstanceOf(IllegalArgumentException.class);
        SimOptions options = SimOptions.builder(target).devices(5).build();
        assertThat(options.toBuilder().devices(0).users(3).build().devices()).isZero();
        assertThat(options.devices()).isEqualTo(5);
    }
}
