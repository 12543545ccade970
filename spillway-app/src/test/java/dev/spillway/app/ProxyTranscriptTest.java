package dev.spillway.app;

import dev.spillway.server.command.MessageFixtures;
import dev.spillway.server.testing.TestServer;
import dev.spillway.server.testing.Transcript;
import dev.spillway.server.testing.TranscriptRunner;
import dev.spillway.transport.net.EventLoops;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's transcripts and message transcripts (over the {@link MessageFixtures}), played
 * through {@code spillway proxy} in front of {@code spillway serve}: each must give the same
 * results as when played directly. Left out are the transcripts about what the proxy answers
 * itself before login (greeting and capabilities, STARTTLS, ID and shedding, which have their
 * own proxy tests) and those that need server settings of their own.
 */
class ProxyTranscriptTest {
    private static final Path TRANSCRIPTS =
            Path.of("..", "spillway-server", "src", "test", "resources", "transcripts");
    private static final Path MESSAGE_TRANSCRIPTS = TRANSCRIPTS.resolveSibling(
            "message-transcripts");
    private static final Set<String> ANSWERED_BY_THE_PROXY = Set.of("session-basics.txt",
            "session-errors.txt", "starttls.txt", "implicit-tls.txt", "plaintext-refused.txt",
            "auth-plain.txt");

    private static EventLoops loops;

    @TempDir
    Path data;

    @BeforeAll
    static void startLoops() {
        loops = new EventLoops(2);
    }

    @AfterAll
    static void stopLoops() {
        loops.shutdown(Duration.ofSeconds(1));
    }

    @TestFactory
    Stream<DynamicTest> transcriptsThroughTheProxy() throws IOException {
        return tests(TRANSCRIPTS, false);
    }

    @TestFactory
    Stream<DynamicTest> messageTranscriptsThroughTheProxy() throws IOException {
        return tests(MESSAGE_TRANSCRIPTS, true);
    }

    private Stream<DynamicTest> tests(Path dir, boolean withMessages) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(ProxyTranscriptTest::playable).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                            () -> run(file, withMessages)));
        }
    }

    private static boolean playable(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".txt") || ANSWERED_BY_THE_PROXY.contains(name)
                || name.startsWith("tn3189-")) {
            return false;
        }
        try {
            return !Files.readString(file).startsWith("# settings:");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void run(Path file, boolean withMessages) throws Exception {
        Path serverData = Files.createTempDirectory(data, "server");
        Path proxyData = Files.createTempDirectory(data, "proxy");
        try (TestServer server = TestServer.start(serverData).user("demo", "secret");
                ProxyInFront proxy = ProxyInFront.start(loops, proxyData, server.imapPort());
                TranscriptRunner runner = new TranscriptRunner("127.0.0.1", proxy.imapPort(),
                        proxy.imapsPort())) {
            if (withMessages) {
                MessageFixtures.seed(server.server().context().store().account("demo"));
            }
            runner.run(Transcript.read(file));
        }
    }
}
