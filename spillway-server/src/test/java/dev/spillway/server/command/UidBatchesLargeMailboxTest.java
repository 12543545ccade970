package dev.spillway.server.command;

import dev.spillway.server.testing.TestServer;
import dev.spillway.server.testing.Transcript;
import dev.spillway.server.testing.TranscriptRunner;
import dev.spillway.store.Flags;
import dev.spillway.store.MailAccount;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UIDBATCHES (RFC 10022) needs batches of at least 500 messages, so its multi-batch cases run
 * against an INBOX of {@value #MESSAGES} messages appended through the store.
 */
class UidBatchesLargeMailboxTest {
    private static final int MESSAGES = 1234;

    @TempDir
    Path data;

    @Test
    void splitsLargeMailboxIntoBatches() throws Exception {
        try (TestServer server = TestServer.start(data).user("demo", "secret");
                TranscriptRunner runner = new TranscriptRunner("127.0.0.1", server.imapPort(),
                        server.imapsPort())) {
            seed(server.server().context().store().account("demo"));
            runner.run(Transcript.read(transcript("uidbatches-large.txt")));
        }
    }

    private static void seed(MailAccount account) throws Exception {
        OffsetDateTime date = OffsetDateTime.parse("2026-12-01T09:00:00Z");
        for (int i = 1; i <= MESSAGES; i++) {
            byte[] message = ("Subject: " + i + "\r\n\r\nbody\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            account.append("INBOX", message, Flags.NONE, date);
        }
    }

    private static Path transcript(String name) throws Exception {
        return Path.of(UidBatchesLargeMailboxTest.class
                .getResource("/large-transcripts/" + name).toURI());
    }
}
