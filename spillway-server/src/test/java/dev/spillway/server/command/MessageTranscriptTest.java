package dev.spillway.server.command;

import dev.spillway.server.testing.TestServer;
import dev.spillway.server.testing.Transcript;
import dev.spillway.server.testing.TranscriptRunner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every transcript under {@code src/test/resources/message-transcripts} against a fresh
 * server whose account {@code demo} / {@code secret} holds the {@link MessageFixtures}.
 */
class MessageTranscriptTest {
    @TempDir
    Path data;

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException, URISyntaxException {
        Path dir = Path.of(MessageTranscriptTest.class.getResource("/message-transcripts")
                .toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                            () -> run(file)));
        }
    }

    private void run(Path file) throws Exception {
        Transcript transcript = Transcript.read(file);
        Path dir = Files.createTempDirectory(data, "server");
        try (TestServer server = TestServer.start(dir).user("demo", "secret");
                TranscriptRunner runner = new TranscriptRunner("127.0.0.1", server.imapPort(),
                        server.imapsPort())) {
            MessageFixtures.seed(server.server().context().store().account("demo"));
            runner.run(transcript);
        }
    }
}
