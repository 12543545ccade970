package dev.spillway.server.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.spillway.server.testing.LineClient;
import dev.spillway.server.testing.TestServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limits.connections} and {@code limits.connections-per-ip}: a connection over a cap
 * gets an untagged BYE instead of the greeting (RFC 9051 §7.1.5) and is closed; connections
 * within the caps are not disturbed, and a slot freed by a close is given out again.
 */
class ConnectionLimitsTest {
    private static final String REFUSED =
            "* BYE [UNAVAILABLE] Too many connections, try again later";

    @TempDir
    Path data;

    @Test
    void perAddressCapRefusesOnlyThatAddress() throws Exception {
        try (TestServer server = TestServer.start(data,
                Map.of("limits.connections-per-ip", "2"))) {
            int port = server.imapPort();
            // Each greeting is read before the next connection opens: connections accepted
            // at once are counted on different event loops, in no fixed order.
            LineClient first = greeted("127.0.0.1", port);
            try (LineClient second = greeted("127.0.0.1", port);
                    LineClient third = LineClient.connectFrom("127.0.0.1", port);
                    LineClient other = LineClient.connectFrom("127.0.0.2", port)) {
                assertThat(third.readLine()).isEqualTo(REFUSED);
                assertThat(third.readLine()).isNull();
                assertThat(other.readLine()).startsWith("* OK");
                assertThat(first.command("a", "NOOP")).containsExactly("a OK Completed");

                first.close();
                awaitGreeting("127.0.0.1", port);
            }
        }
    }

    @Test
    void totalCapCountsEveryAddress() throws Exception {
        try (TestServer server = TestServer.start(data, Map.of("limits.connections", "2"))) {
            int port = server.imapPort();
            LineClient first = greeted("127.0.0.1", port);
            try (LineClient second = greeted("127.0.0.2", port);
                    LineClient third = LineClient.connectFrom("127.0.0.3", port)) {
                assertThat(third.readLine()).isEqualTo(REFUSED);
                assertThat(third.readLine()).isNull();
                assertThat(second.command("a", "NOOP")).containsExactly("a OK Completed");

                first.close();
                awaitGreeting("127.0.0.3", port);
            }
        }
    }

    /** A connection from {@code from} that has received the greeting. */
    private static LineClient greeted(String from, int port) throws IOException {
        LineClient client = LineClient.connectFrom(from, port);
        assertThat(client.readLine()).startsWith("* OK");
        return client;
    }

    /** The server counts a close once it has seen it, a moment after the client's. */
    private static void awaitGreeting(String from, int port) {
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            try (LineClient client = LineClient.connectFrom(from, port)) {
                String greeting = client.readLine();
                return greeting != null && greeting.startsWith("* OK");
            } catch (IOException e) {
                return false;
            }
        });
    }
}
