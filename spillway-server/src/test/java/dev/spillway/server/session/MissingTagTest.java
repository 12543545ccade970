package dev.spillway.server.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.testing.LineClient;
import dev.spillway.server.testing.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A line without a valid tag is a client mistake like any other: it gets an untagged BAD
 * (RFC 9051 §7.1.3) and the session goes on. It must not be taken for an internal error.
 */
class MissingTagTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"*", "* NOOP", "+a NOOP", "(a NOOP", "\"a\" NOOP"})
    void answersUntaggedBadAndStaysOpen(String line) throws Exception {
        try (TestServer server = TestServer.start(data);
                LineClient client = LineClient.connect(server.imapPort())) {
            client.readLine();
            client.send(line);

            assertThat(client.readLine()).startsWith("* BAD ");
            assertThat(client.command("a", "NOOP")).containsExactly("a OK Completed");
        }
    }
}
