package dev.spillway.server.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.testing.TestServer;
import dev.spillway.store.Flags;
import dev.spillway.store.FlagMode;
import dev.spillway.store.MailAccount;
import dev.spillway.store.UidSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the way iOS Mail syncs (TN3191): CAPABILITY, ID, AUTHENTICATE PLAIN with SASL-IR,
 * COMPRESS, ENABLE QRESYNC, LIST-STATUS, SELECT, UID SEARCH RETURN (ALL), UID FETCH in
 * batches; then a second connection resyncs with SELECT (QRESYNC ...) after changes made
 * elsewhere, and IDLEs until new mail arrives. Every response is checked.
 */
class IosMailSyncTest {
    private static final Pattern HIGHEST = Pattern.compile(".*\\[HIGHESTMODSEQ (\\d+)].*");
    private static final Pattern VALIDITY = Pattern.compile(".*\\[UIDVALIDITY (\\d+)].*");

    @TempDir
    Path data;

    @Test
    void syncsLikeIosMail() throws Exception {
        try (TestServer server = TestServer.start(data).user("ann", "pw")) {
            MailAccount account = server.server().context().store().account("ann");
            for (int i = 1; i <= 5; i++) {
                account.append("INBOX", ("Subject: message " + i + "\r\n\r\nbody " + i + "\r\n")
                        .getBytes(StandardCharsets.UTF_8), Flags.NONE, null);
            }
            String uidValidity;
            String modSeq;
            try (Client c = new Client(server.imapPort())) {
                c.startSession();
                List<String> list = c.run("f LIST \"\" \"*\" RETURN (SPECIAL-USE STATUS "
                        + "(MESSAGES UIDNEXT UIDVALIDITY HIGHESTMODSEQ))");
                assertThat(list).contains("* LIST (\\HasNoChildren \\Archive) \"/\" \"Archive\"");
                assertThat(list).anyMatch(l -> l.matches("\\* STATUS \"INBOX\" \\(MESSAGES 5 "
                        + "UIDNEXT 6 UIDVALIDITY \\d+ HIGHESTMODSEQ \\d+\\)"));
                List<String> select = c.run("g SELECT INBOX");
                assertThat(select).contains("* 5 EXISTS");
                uidValidity = capture(select, VALIDITY);
                modSeq = capture(select, HIGHEST);
                assertThat(c.run("h UID SEARCH RETURN (ALL) ALL")).containsExactly(
                        "* ESEARCH (TAG \"h\") UID ALL 1:5", "h OK UID SEARCH completed");
                List<String> first = c.run("i UID FETCH 1:3 (UID FLAGS RFC822.SIZE)");
                assertThat(first).filteredOn(IosMailSyncTest::isFetch).hasSize(3);
                List<String> second = c.run("j UID FETCH 4:5 (UID FLAGS RFC822.SIZE)");
                assertThat(second).filteredOn(IosMailSyncTest::isFetch).hasSize(2);
                assertThat(c.run("k LOGOUT")).contains("k OK LOGOUT completed");
            }

            long inbox = account.select("INBOX").info().id();
            account.store(inbox, UidSet.of(2), FlagMode.ADD, Flags.of(Flags.DELETED),
                    OptionalLong.empty());
            account.expunge(inbox);
            account.store(inbox, UidSet.of(4), FlagMode.ADD, Flags.of(Flags.FLAGGED),
                    OptionalLong.empty());

            try (Client c = new Client(server.imapPort())) {
                c.startSession();
                List<String> resync = c.run("g SELECT INBOX (QRESYNC (" + uidValidity + " "
                        + modSeq + " 1:5))");
                assertThat(resync).contains("* 4 EXISTS", "* VANISHED (EARLIER) 2");
                assertThat(resync).anyMatch(l -> l.matches(
                        "\\* 3 FETCH \\(FLAGS \\(\\\\Flagged\\) UID 4 MODSEQ \\(\\d+\\)\\)"));
                assertThat(resync).last().asString().startsWith("g OK [READ-WRITE]");

                c.send("h IDLE");
                assertThat(c.line()).isEqualTo("+ idling");
                account.append("INBOX", "Subject: new\r\n\r\nnew\r\n".getBytes(
                        StandardCharsets.UTF_8), Flags.NONE, null);
                assertThat(c.line()).isEqualTo("* 5 EXISTS");
                c.send("DONE");
                assertThat(c.readTagged("h")).last().isEqualTo("h OK IDLE terminated");
            }
            String metrics = server.server().context().observability().metrics().scrape();
            assertThat(metrics).containsPattern(
                    "spillway_store_seconds_count\\{[^}]*operation=\"select\"[^}]*} [1-9]");
            assertThat(metrics).containsPattern(
                    "spillway_logins_total\\{outcome=\"success\"[^}]*} 2");
        }
    }

    private static boolean isFetch(String line) {
        return line.startsWith("* ") && line.contains(" FETCH (");
    }

    private static String capture(List<String> lines, Pattern pattern) {
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            if (m.matches()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no line matches " + pattern + " in " + lines);
    }

    /** A line-oriented client that switches to DEFLATE after COMPRESS, as iOS Mail does. */
    private static final class Client implements AutoCloseable {
        private final Socket socket;
        private InputStream in;
        private OutputStream out;

        Client(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(10_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        void startSession() throws IOException {
            assertThat(line()).startsWith("* OK [CAPABILITY IMAP4rev1 ");
            assertThat(run("a CAPABILITY").get(0)).contains("SASL-IR", "AUTH=PLAIN", "ID");
            List<String> id = run("b ID (\"name\" \"com.apple.email.maild\" \"os\" \"iOS\" "
                    + "\"vendor\" \"Apple Inc\" \"event\" NIL)");
            assertThat(id.get(0)).startsWith("* ID (\"name\" \"Spillway\"");
            assertThat(id).last().isEqualTo("b OK ID completed");
            String plain = Base64.getEncoder().encodeToString(
                    "\0ann\0pw".getBytes(StandardCharsets.UTF_8));
            assertThat(run("c AUTHENTICATE PLAIN " + plain)).singleElement().asString()
                    .startsWith("c OK [CAPABILITY").contains("QRESYNC", "COMPRESS=DEFLATE");
            assertThat(run("d COMPRESS DEFLATE")).containsExactly("d OK DEFLATE active");
            in = new InflaterInputStream(socket.getInputStream(), new Inflater(true), 1);
            out = new DeflaterOutputStream(socket.getOutputStream(),
                    new Deflater(Deflater.BEST_SPEED, true), true);
            assertThat(run("e ENABLE QRESYNC")).containsExactly("* ENABLED QRESYNC",
                    "e OK Completed");
        }

        List<String> run(String command) throws IOException {
            send(command);
            return readTagged(command.substring(0, command.indexOf(' ')));
        }

        List<String> readTagged(String tag) throws IOException {
            List<String> lines = new ArrayList<>();
            String line;
            do {
                line = line();
                lines.add(line);
            } while (!line.startsWith(tag + " "));
            return lines;
        }

        void send(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (b != '\r') {
                    line.write(b);
                }
            }
            if (b < 0) {
                throw new IOException("connection closed after " + line);
            }
            return line.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
