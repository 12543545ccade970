package dev.spillway.server.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.testing.TestServer;
import dev.spillway.store.Flags;
import dev.spillway.store.sqlite.SqliteMailStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An idling client learns of mail delivered over LMTP and of mail written by another process
 * on the same data directory (what {@code spillway deliver} does), without polling.
 */
class IdleDeliveryTest {
    @TempDir
    Path data;

    @Test
    void lmtpAndOtherProcessDeliveriesReachAnIdlingClient() throws Exception {
        try (TestServer server = TestServer.start(data).user("ann", "pw");
                Socket imap = new Socket("127.0.0.1", server.imapPort())) {
            imap.setSoTimeout(10_000);
            BufferedReader in = reader(imap);
            OutputStream out = imap.getOutputStream();
            in.readLine();
            send(out, "a LOGIN ann pw");
            skipTo(in, "a ");
            send(out, "b SELECT INBOX");
            skipTo(in, "b ");
            send(out, "c IDLE");
            assertThat(in.readLine()).isEqualTo("+ idling");

            deliverOverLmtp(server.lmtpPort());
            assertThat(in.readLine()).isEqualTo("* 1 EXISTS");
            assertThat(in.readLine()).isEqualTo("* 1 RECENT");

            try (SqliteMailStore other = SqliteMailStore.open(data)) {
                other.account("ann").append("INBOX",
                        "Subject: local\r\n\r\nfrom another process\r\n"
                                .getBytes(StandardCharsets.UTF_8), Flags.NONE, null);
            }
            assertThat(in.readLine()).isEqualTo("* 2 EXISTS");
            assertThat(in.readLine()).isEqualTo("* 2 RECENT");
            send(out, "DONE");
            assertThat(in.readLine()).isEqualTo("c OK IDLE terminated");
        }
    }

    private static void deliverOverLmtp(int port) throws IOException {
        try (Socket lmtp = new Socket("127.0.0.1", port)) {
            BufferedReader in = reader(lmtp);
            OutputStream out = lmtp.getOutputStream();
            in.readLine();
            send(out, "LHLO test\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<ann@example.org>\r\n"
                    + "DATA");
            skipTo(in, "354");
            send(out, "Subject: over lmtp\r\n\r\nhello\r\n.");
            assertThat(in.readLine()).startsWith("250 2.0.0");
        }
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8));
    }

    private static void skipTo(BufferedReader in, String prefix) throws IOException {
        String line;
        do {
            line = in.readLine();
        } while (line != null && !line.startsWith(prefix));
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
