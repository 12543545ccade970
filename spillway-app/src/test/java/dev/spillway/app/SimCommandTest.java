package dev.spillway.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.testing.TestServer;
import dev.spillway.store.MailAccount;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spillway sim} and {@code spillway sim seed} as typed, against a real server. */
class SimCommandTest {
    @TempDir
    Path data;

    @Test
    void unknownOptionsAreRefusedBeforeAnythingRuns() throws Exception {
        String target = "127.0.0.1:" + freePort();
        for (String[] args : List.of(new String[] {"sim", "--target", target, "--bogus"},
                new String[] {"sim", "seed", "--target", target, "--devices", "5"},
                new String[] {"sim", "--target", target, "--devices"})) {
            CheckIdCommandTest.Run run = CheckIdCommandTest.run(args);

            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", args))
                    .containsAnyOf("Unknown option", "Missing required parameter");
        }
    }

    @Test
    void helpListsTheOptionsAndRunsNothing() throws Exception {
        // Nothing listens on the target: had seeding started, it would fail with 1.
        String target = "127.0.0.1:" + freePort();
        CheckIdCommandTest.Run seed = CheckIdCommandTest.run("sim", "seed", "--help",
                "--target", target);
        CheckIdCommandTest.Run sim = CheckIdCommandTest.run("sim", "-h", "--target", target);

        assertThat(seed.exit()).isZero();
        assertThat(seed.out()).contains("--seed-inbox=N", "Default: 150", "--data=DIR")
                .doesNotContain("--devices");
        assertThat(sim.exit()).isZero();
        assertThat(sim.out()).contains("--devices=N", "Default: 100", "--seed-inbox=N");
        assertThat(CheckIdCommandTest.run("sim", "seed", "--target", target).exit())
                .isEqualTo(1);
    }

    @Test
    void seedWithoutOptionsFillsInboxAndArchive() throws Exception {
        try (TestServer server = TestServer.start(data)) {
            server.user("sim001", "sim-password");

            // Only the port differs from a bare "spillway sim seed"; one account keeps it short.
            CheckIdCommandTest.Run run = CheckIdCommandTest.run("sim", "seed", "--target",
                    "127.0.0.1:" + server.imapPort(), "--accounts", "1");

            assertThat(run.exit()).as(run.err()).isZero();
            MailAccount account = server.server().context().store().account("sim001");
            assertThat(account.status("INBOX").messages()).isEqualTo(150);
            assertThat(account.status("Archive").messages()).isEqualTo(50);
        }
    }

    @Test
    void seedWithDataCreatesTheMissingAccountsFirst() throws Exception {
        try (TestServer server = TestServer.start(data)) {
            server.user("sim002", "sim-password");
            List<String> args = new ArrayList<>(List.of("sim", "seed", "--target",
                    "127.0.0.1:" + server.imapPort(), "--accounts", "3", "--seed-inbox", "2",
                    "--seed-archive", "1"));

            CheckIdCommandTest.Run without = CheckIdCommandTest.run(args.toArray(new String[0]));
            args.addAll(List.of("--data", data.toString(), "--set", "auth.hash.memory-kib=64",
                    "--set", "auth.hash.iterations=1"));
            CheckIdCommandTest.Run with = CheckIdCommandTest.run(args.toArray(new String[0]));

            assertThat(without.exit()).isEqualTo(1);
            assertThat(without.err()).contains("login as sim001 failed",
                    "accounts must exist", "--data DIR");
            assertThat(with.exit()).as(with.err()).isZero();
            assertThat(with.out()).contains("created 2, 1 existed");
            var accounts = server.server().context().store().accounts();
            assertThat(accounts.list()).containsExactly("sim001", "sim002", "sim003");
            assertThat(accounts.verify("sim003", "sim-password")).isTrue();
            for (String name : accounts.list()) {
                MailAccount account = server.server().context().store().account(name);
                assertThat(account.status("INBOX").messages()).as(name).isEqualTo(2);
                assertThat(account.status("Archive").messages()).as(name).isEqualTo(1);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
