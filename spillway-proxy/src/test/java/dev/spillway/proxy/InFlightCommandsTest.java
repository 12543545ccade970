package dev.spillway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.admin.Observability;
import dev.spillway.admin.metrics.Role;
import dev.spillway.admin.metrics.SessionClass;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InFlightCommandsTest {

    private final Observability observability =
            new Observability(new ShedPolicy(PolicySettings.defaults()), Role.PROXY);
    private final InFlightCommands inFlight = new InFlightCommands(observability.metrics());

    @AfterEach
    void close() {
        observability.close();
    }

    @Test
    void pipelinedCommandsAreMatchedByTagInAnyOrder() {
        inFlight.sent("a1", "FETCH", 100);
        inFlight.sent("a2", "UID_SEARCH", 200);
        inFlight.sent("a3", "NOOP", 300);

        assertThat(inFlight.answered("a2", SessionClass.FOREGROUND, 1_000_200))
                .isEqualTo("UID_SEARCH");
        assertThat(inFlight.answered("a1", SessionClass.FOREGROUND, 2_000_100))
                .isEqualTo("FETCH");
        assertThat(inFlight.answered("a1", SessionClass.FOREGROUND, 3_000_000)).isNull();
        assertThat(inFlight.size()).isEqualTo(1);

        MetricsText metrics = new MetricsText(observability.metrics().scrape());
        assertThat(metrics.value("spillway_command_seconds_sum", "command", "uid_search",
                "class", "foreground")).isEqualTo(0.001);
        assertThat(metrics.value("spillway_command_seconds_sum", "command", "fetch",
                "class", "foreground")).isEqualTo(0.002);
        assertThat(metrics.has("spillway_command_seconds_count", "command", "noop")).isFalse();
    }

    @Test
    void aReusedTagCompletesTheOldestFirst() {
        inFlight.sent("x", "SELECT", 0);
        inFlight.sent("x", "FETCH", 10);

        assertThat(inFlight.answered("x", SessionClass.UNCLASSIFIED, 20)).isEqualTo("SELECT");
        assertThat(inFlight.answered("x", SessionClass.UNCLASSIFIED, 30)).isEqualTo("FETCH");
    }

    @Test
    void unansweredCommandsAreDroppedPastTheLimit() {
        for (int i = 0; i < InFlightCommands.LIMIT + 5; i++) {
            inFlight.sent("t" + i, "NOOP", i);
        }

        assertThat(inFlight.size()).isEqualTo(InFlightCommands.LIMIT);
        assertThat(inFlight.answered("t0", SessionClass.FOREGROUND, 99)).isNull();
        assertThat(inFlight.answered("t5", SessionClass.FOREGROUND, 99)).isEqualTo("NOOP");
    }
}
