package dev.spillway.server.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.testing.TestServer;
import dev.spillway.server.testing.Transcript;
import dev.spillway.server.testing.TranscriptRunner;
import dev.spillway.store.Flags;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MessageMeta;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What APPEND stores, checked in the store itself: flags, the date's offset, the octets. */
class AppendHandlerTest {
    @TempDir
    Path data;

    @Test
    void keepsFlagsDateWithItsOffsetAndTheExactOctets() throws Exception {
        String script = """
                C: a1 LOGIN demo secret
                S~ a1 OK .*
                C: a2 APPEND Drafts (\\Draft $Later) " 4-Jul-2024 10:05:09 -0330" {18+}
                C: Subject: a
                C:
                C: body
                S~ a2 OK \\[APPENDUID [0-9]+ 1\\] APPEND completed
                """;
        try (TestServer server = TestServer.start(data.resolve("server")).user("demo", "secret");
                TranscriptRunner runner = new TranscriptRunner("127.0.0.1", server.imapPort(),
                        server.imapsPort())) {
            runner.run(transcript(script));
            MailAccount account = server.server().context().store().account("demo");
            long id = account.status("Drafts").id();
            List<MessageMeta> messages = account.messages(id);

            assertThat(messages).hasSize(1);
            MessageMeta message = messages.get(0);
            assertThat(message.flags()).isEqualTo(Flags.of("\\Draft", "$Later"));
            assertThat(message.internalDate()).isEqualTo(
                    OffsetDateTime.of(2024, 7, 4, 10, 5, 9, 0, ZoneOffset.ofHoursMinutes(-3, -30)));
            assertThat(message.internalDate().getOffset())
                    .isEqualTo(ZoneOffset.ofHoursMinutes(-3, -30));
            assertThat(account.content(id, message.uid()))
                    .isEqualTo("Subject: a\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void literal8KeepsNulAndComesBackAsLiteral8() throws Exception {
        // RFC 3516 §4.4: ~{n} in APPEND; the octets, NUL included, are stored unchanged.
        String script = """
                C: a1 LOGIN demo secret
                S~ a1 OK .*
                C: a2 APPEND INBOX ~{18+}
                C: Subject: a
                C:
                C: b\0dy
                S~ a2 OK \\[APPENDUID [0-9]+ 1\\] APPEND completed
                C: a3 APPEND INBOX {18+}
                C: Subject: b
                C:
                C: body
                S~ a3 OK .*
                C: a4 EXAMINE INBOX
                S~ \\* .*
                S~ \\* .*
                S~ \\* .*
                S~ \\* .*
                S~ \\* .*
                S~ \\* .*
                S~ \\* .*
                S~ a4 OK .*
                C: a5 UID FETCH 1:2 (BODY.PEEK[] BINARY.PEEK[] BINARY.SIZE[])
                S: * 1 FETCH (UID 1 BODY[] ~{18}
                S: Subject: a
                S:
                S: b\0dy BINARY[] ~{18}
                S: Subject: a
                S:
                S: b\0dy BINARY.SIZE[] 18)
                S: * 2 FETCH (UID 2 BODY[] {18}
                S: Subject: b
                S:
                S: body BINARY[] {18}
                S: Subject: b
                S:
                S: body BINARY.SIZE[] 18)
                S: a5 OK UID FETCH completed
                C: a6 UID FETCH 1 RFC822.TEXT
                S: * 1 FETCH (UID 1 RFC822.TEXT ~{4}
                S: b\0dy)
                S: a6 OK UID FETCH completed
                """;
        try (TestServer server = TestServer.start(data.resolve("server")).user("demo", "secret");
                TranscriptRunner runner = new TranscriptRunner("127.0.0.1", server.imapPort(),
                        server.imapsPort())) {
            runner.run(transcript(script));
            MailAccount account = server.server().context().store().account("demo");
            long id = account.status("INBOX").id();

            assertThat(account.content(id, 1))
                    .isEqualTo("Subject: a\r\n\r\nb\0dy".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void refusedAppendsStoreNothing() throws Exception {
        String script = """
                C: a1 LOGIN demo secret
                S~ a1 OK .*
                C: a2 APPEND Drafts (\\Recent) {18+}
                C: Subject: a
                C:
                C: body
                S~ a2 BAD .*
                C: a3 APPEND Drafts {5+}
                C: hello {5+}
                C: world
                S~ a3 BAD .*
                C: a4 APPEND Drafts {0+}
                C:
                S~ a4 NO .*
                """;
        try (TestServer server = TestServer.start(data.resolve("server")).user("demo", "secret");
                TranscriptRunner runner = new TranscriptRunner("127.0.0.1", server.imapPort(),
                        server.imapsPort())) {
            runner.run(transcript(script));
            MailAccount account = server.server().context().store().account("demo");

            assertThat(account.messages(account.status("Drafts").id())).isEmpty();
        }
    }

    private Transcript transcript(String script) throws Exception {
        Path file = Files.createTempFile(data, "append", ".txt");
        Files.writeString(file, script);
        return Transcript.read(file);
    }
}
