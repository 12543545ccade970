package dev.spillway.server.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.testing.LineClient;
import dev.spillway.server.testing.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two timers of a connection, with limits of seconds: a fixed deadline to authenticate,
 * then an inactivity timer (RFC 3501 §5.4).
 */
class ConnectionTimeoutsTest {
    @TempDir
    Path data;

    @Test
    void preAuthDeadlineIsNotPushedBackByCommands() throws Exception {
        try (TestServer server = TestServer.start(data, Map.of("timeouts.pre-auth", "2s"));
                LineClient client = LineClient.connect(server.imapPort())) {
            long start = System.nanoTime();
            assertThat(client.readLine()).startsWith("* OK");
            List<String> answer = List.of();
            int answered = 0;
            // An inactivity timer would never fire: give up at three times the deadline.
            while (since(start).compareTo(Duration.ofSeconds(6)) < 0) {
                String tag = "n" + answered;
                answer = client.command(tag, "NOOP");
                if (!answer.equals(List.of(tag + " OK Completed"))) {
                    break;
                }
                answered++;
                Thread.sleep(250);
            }
            Duration open = since(start);

            assertThat(answered).isGreaterThanOrEqualTo(4);
            assertThat(answer).containsExactly("* BYE Autologout; authentication took too long");
            assertThat(open).isBetween(Duration.ofMillis(1900), Duration.ofMillis(4500));
            assertThat(client.readLine()).isNull();
        }
    }

    @Test
    void afterLoginOnlyInactivityEndsTheSession() throws Exception {
        Map<String, String> settings = Map.of("timeouts.pre-auth", "1s", "timeouts.idle", "2s");
        try (TestServer server = TestServer.start(data, settings).user("demo", "secret");
                LineClient client = LineClient.connect(server.imapPort())) {
            assertThat(client.readLine()).startsWith("* OK");
            assertThat(last(client.command("a", "LOGIN demo secret"))).startsWith("a OK");
            Thread.sleep(1500);
            assertThat(client.command("b", "NOOP")).containsExactly("b OK Completed");
            // Busy for longer than the idle limit, never silent for as long.
            for (int i = 0; i < 4; i++) {
                Thread.sleep(700);
                assertThat(client.command("c" + i, "NOOP")).containsExactly(
                        "c" + i + " OK Completed");
            }
            long quiet = System.nanoTime();

            assertThat(client.readLine()).isEqualTo("* BYE Autologout; idle for too long");
            assertThat(since(quiet)).isBetween(Duration.ofMillis(1900), Duration.ofMillis(4500));
            assertThat(client.readLine()).isNull();
        }
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private static String last(List<String> lines) {
        return lines.isEmpty() ? "<closed>" : lines.get(lines.size() - 1);
    }
}
