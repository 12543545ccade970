package dev.spillway.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.fuzz.SessionFuzzer.State;
import dev.spillway.server.testing.TestServer;
import dev.spillway.store.Flags;
import dev.spillway.store.MailAccount;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generated and edited commands against a real server, in each session state. Every command
 * must get its tagged answer (or the connection a {@code * BYE}), never {@code NO [SERVERBUG]};
 * afterwards a new connection must still get a greeting and log in, the account next door
 * must be exactly as it was, and the fuzzed account may hold only messages the test put
 * there. Both runs use fixed seeds unless {@code -Dspillway.fuzz.explore=true} is given for
 * the slow one; {@code -Dspillway.fuzz.seed=N} and
 * {@code -Dspillway.fuzz.commands=M} replay a failure that a slow run reported.
 */
class SessionFuzzTest {

    private static final int QUICK_COMMANDS = 500;
    private static final int SLOW_COMMANDS = 20_000;
    private static final String NEIGHBOUR = "neighbour";

    @TempDir
    Path data;

    @ParameterizedTest(name = "{0}")
    @EnumSource(State.class)
    void answersEveryCommandAndKeepsTheData(State state) throws Exception {
        long seed = Long.getLong("spillway.fuzz.seed", 1000L + state.ordinal());
        fuzz(state, seed, Integer.getInteger("spillway.fuzz.commands", QUICK_COMMANDS));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(State.class)
    @Tag("slow")
    void answersManyMoreCommands(State state) throws Exception {
        // Fixed by default so that a CI run can be repeated; -Dspillway.fuzz.explore=true
        // draws fresh seeds, and a failure names its seed for replay.
        long seed = Boolean.getBoolean("spillway.fuzz.explore") ? System.nanoTime()
                : 7000L + state.ordinal();
        fuzz(state, seed, SLOW_COMMANDS);
    }

    private void fuzz(State state, long seed, int commands) throws Exception {
        Path dir = Files.createTempDirectory(data, state.name());
        try (TestServer server = TestServer.start(dir).user(SessionFuzzer.USER,
                SessionFuzzer.PASSWORD).user(NEIGHBOUR, "other")) {
            MailAccount fuzzed = server.server().context().store().account(SessionFuzzer.USER);
            MailAccount neighbour = server.server().context().store().account(NEIGHBOUR);
            Set<String> originals = seed(fuzzed);
            seed(neighbour);
            Map<String, List<String>> before = StoredMessages.snapshot(neighbour);

            SessionFuzzer fuzzer = new SessionFuzzer(server, state, seed);
            fuzzer.run(commands);

            int[] statuses = fuzzer.statuses();
            String summary = "seed " + seed + ": OK " + statuses[0] + ", NO " + statuses[1]
                    + ", BAD " + statuses[2] + ", BYE " + fuzzer.byes();
            // A generator that no longer reached the handlers, or no longer broke anything,
            // would pass every check below.
            assertThat(statuses[0]).as(summary).isGreaterThan(commands / 20);
            assertThat(statuses[2]).as(summary).isGreaterThan(commands / 20);
            stillServes(server);
            assertThat(StoredMessages.snapshot(neighbour)).as(summary).isEqualTo(before);
            Set<String> allowed = new HashSet<>(originals);
            allowed.addAll(fuzzer.literalsSent());
            assertThat(StoredMessages.texts(fuzzed)).as(summary).allMatch(allowed::contains);
        }
    }

    private static void stillServes(TestServer server) throws Exception {
        try (FuzzClient client = new FuzzClient(server.imapPort())) {
            assertThat(client.greeting()).startsWith("* OK");
            byte[] login = ("z LOGIN " + SessionFuzzer.USER + " " + SessionFuzzer.PASSWORD)
                    .getBytes(StandardCharsets.US_ASCII);
            FuzzClient.Answer answer = client.send(new FuzzCommand("z", "LOGIN",
                    List.of(new FuzzCommand.Segment(login, null, false))));
            assertThat(answer.ok()).as("login after the fuzzing: %s", answer).isTrue();
        }
    }

    /** Five small messages in INBOX, with assorted flags; returns their texts. */
    private static Set<String> seed(MailAccount account) throws Exception {
        Set<String> texts = new HashSet<>();
        List<Flags> flags = List.of(Flags.NONE, Flags.of(Flags.SEEN),
                Flags.of(Flags.SEEN, Flags.FLAGGED), Flags.of(Flags.ANSWERED, "$Work"),
                Flags.of(Flags.DRAFT));
        for (int i = 0; i < flags.size(); i++) {
            String text = "From: a@example.org\r\nTo: b@example.org\r\nSubject: message " + i
                    + "\r\nDate: Mon, 7 Feb 1994 21:52:25 -0800\r\n\r\nbody " + i + "\r\n";
            account.append("INBOX", text.getBytes(StandardCharsets.ISO_8859_1), flags.get(i),
                    OffsetDateTime.parse("2026-12-0" + (i + 1) + "T09:00:00Z"));
            texts.add(text);
        }
        return texts;
    }
}
