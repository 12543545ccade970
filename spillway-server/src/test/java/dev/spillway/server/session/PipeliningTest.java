package dev.spillway.server.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.testing.LineClient;
import dev.spillway.server.testing.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipelined commands (RFC 9051 §5.5) in one write: commands the server answers from memory on
 * the event loop and commands that go to the store pool interleave, and every answer must
 * still come in order and see the effect of the commands before it.
 */
class PipeliningTest {
    private static final int ROUNDS = 40;

    @TempDir
    Path data;

    @Test
    void answersAMixedPipelineInOrderWithEachCommandSeeingTheOnesBefore() throws Exception {
        try (TestServer server = TestServer.start(data).user("demo", "secret");
                LineClient client = LineClient.connect(server.imapPort())) {
            client.readLine();
            client.command("l", "LOGIN demo secret");
            for (int i = 1; i <= 3; i++) {
                client.send("a" + i + " APPEND INBOX {24+}");
                client.send("Subject: " + i + "\r\n\r\nbody text");
                assertThat(client.readLine()).startsWith("a" + i + " OK");
            }
            client.command("s", "SELECT INBOX");

            StringBuilder pipeline = new StringBuilder();
            for (int r = 0; r < ROUNDS; r++) {
                String flag = r % 2 == 0 ? "+FLAGS.SILENT (\\Seen)" : "-FLAGS.SILENT (\\Seen)";
                pipeline.append(r).append("a UID FETCH 1:* (FLAGS)\r\n")
                        .append(r).append("b UID STORE 2 ").append(flag).append("\r\n")
                        .append(r).append("c UID SEARCH SEEN\r\n")
                        .append(r).append("d STATUS Archive (MESSAGES)\r\n")
                        .append(r).append("e FETCH 3 (BODY.PEEK[HEADER.FIELDS (SUBJECT)])\r\n")
                        .append(r).append("f NOOP\r\n");
            }
            client.send(pipeline.substring(0, pipeline.length() - 2));

            List<String> tagged = new ArrayList<>();
            List<String> searches = new ArrayList<>();
            while (tagged.size() < ROUNDS * 6) {
                String line = client.readLine();
                assertThat(line).as("answer %d", tagged.size()).isNotNull();
                if (line.startsWith("* SEARCH")) {
                    searches.add(line);
                } else if (line.matches("\\d+[a-f] [A-Z]+ .*")) {
                    tagged.add(line);
                }
            }
            List<String> expected = new ArrayList<>();
            for (int r = 0; r < ROUNDS; r++) {
                for (char c = 'a'; c <= 'f'; c++) {
                    expected.add(r + "" + c);
                }
            }
            assertThat(tagged).extracting(line -> line.substring(0, line.indexOf(' ')))
                    .containsExactlyElementsOf(expected);
            assertThat(tagged).allMatch(line -> line.split(" ")[1].equals("OK"));
            for (int r = 0; r < ROUNDS; r++) {
                assertThat(searches.get(r)).as("search of round %d", r)
                        .isEqualTo(r % 2 == 0 ? "* SEARCH 2" : "* SEARCH");
            }
        }
    }
}
