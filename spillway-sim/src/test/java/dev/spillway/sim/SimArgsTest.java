package dev.spillway.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator's strict command line: what it accepts, what it refuses, and its help. */
class SimArgsTest {

    @Test
    void optionsParseAsPairsAndSwitches() {
        var parsed = SimArgs.parse(SimMain.Mode.RUN, List.of("--devices", "5", "--compare",
                "--out", "x"));

        assertThat(parsed).containsExactlyInAnyOrderEntriesOf(Map.of("devices", "5",
                "compare", "true", "out", "x"));
    }

    @Test
    void unknownMissingRepeatedAndMisplacedOptionsAreErrors() {
        assertThatThrownBy(() -> parse(SimMain.Mode.RUN, "--devcies", "5"))
                .hasMessageContaining("unknown option '--devcies'");
        assertThatThrownBy(() -> parse(SimMain.Mode.RUN, "-d", "5"))
                .hasMessageContaining("unknown option '-d'");
        assertThatThrownBy(() -> parse(SimMain.Mode.RUN, "devices"))
                .hasMessageContaining("expected an option");
        assertThatThrownBy(() -> parse(SimMain.Mode.RUN, "--devices"))
                .hasMessageContaining("--devices needs a value");
        assertThatThrownBy(() -> parse(SimMain.Mode.RUN, "--devices", "--compare"))
                .hasMessageContaining("--devices needs a value");
        assertThatThrownBy(() -> parse(SimMain.Mode.RUN, "--users", "1", "--users", "2"))
                .hasMessageContaining("given twice");
        assertThatThrownBy(() -> parse(SimMain.Mode.SEED, "--devices", "5"))
                .hasMessageContaining("not for seeding");
    }

    @Test
    void seedingFillsTheDocumentedMailboxesUnlessToldOtherwise() {
        var seed = SimArgs.withFallbacks(SimMain.Mode.SEED, Map.of("seed-archive", "0"));
        var run = SimArgs.withFallbacks(SimMain.Mode.RUN, Map.of());

        assertThat(seed).containsEntry("seed-inbox", "150").containsEntry("seed-archive", "0")
                .containsEntry("accounts", "10").doesNotContainKey("devices");
        assertThat(run).containsEntry("seed-inbox", "0").containsEntry("devices", "100");
    }

    @Test
    void helpRunsNothingAndTheUsageListsEveryOption() throws Exception {
        // Nothing listens on this port: a run or a seed would fail with 1 at once.
        String target = "127.0.0.1:" + freePort();
        for (String[] args : List.of(new String[] {"--help"},
                new String[] {"--seed-only", "-h", "--target", target},
                new String[] {"--target", target, "--help", "--devices", "1"})) {
            assertThat(SimMain.execute(args)).as(String.join(" ", args)).isZero();
        }
        assertThat(SimMain.execute("--seed-only", "--target", target)).isEqualTo(1);
        assertThat(SimMain.execute("--seed-only", "--target", target, "--bogus", "1"))
                .isEqualTo(2);
        assertThat(SimArgs.usage()).startsWith("Usage: SimMain [--seed-only]")
                .contains(" * --seed-inbox N ", "   --devices N ", "Default: 100.");
        assertThat(SimArgs.usage().lines().filter(line -> line.matches(" [ *] --.*")))
                .hasSize(SimFlag.ALL.size());
    }

    private static Map<String, String> parse(SimMain.Mode mode, String... args) {
        return SimArgs.parse(mode, List.of(args));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
