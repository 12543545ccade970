package dev.spillway.server.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every transcript under {@code src/test/resources/transcripts} against a fresh server
 * with the account {@code demo} / {@code secret}. A transcript whose first line is
 * {@code # settings: key=value, ...} gets those settings.
 */
class TranscriptTest {
    @TempDir
    Path data;

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException, URISyntaxException {
        Path dir = Path.of(TranscriptTest.class.getResource("/transcripts").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                            () -> run(file)));
        }
    }

    private void run(Path file) throws Exception {
        Transcript transcript = Transcript.read(file);
        Path dir = Files.createTempDirectory(data, "server");
        try (TestServer server = TestServer.start(dir, settings(file)).user("demo", "secret");
                TranscriptRunner runner = new TranscriptRunner("127.0.0.1", server.imapPort(),
                        server.imapsPort())) {
            runner.run(transcript);
        }
    }

    private static Map<String, String> settings(Path file) throws IOException {
        String first = Files.readAllLines(file).stream().findFirst().orElse("");
        if (!first.startsWith("# settings:")) {
            return Map.of();
        }
        Map<String, String> settings = new java.util.HashMap<>();
        for (String pair : first.substring("# settings:".length()).split(",")) {
            String[] kv = pair.trim().split("=", 2);
            settings.put(kv[0].trim(), kv[1].trim());
        }
        return settings;
    }
}
