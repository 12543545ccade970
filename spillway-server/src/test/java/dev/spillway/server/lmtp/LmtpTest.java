package dev.spillway.server.lmtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.testing.TestServer;
import dev.spillway.store.Flags;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MailboxSnapshot;
import dev.spillway.store.QuotaOverride;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LMTP (RFC 2033) over a real socket into the real store. */
class LmtpTest {
    @TempDir
    Path data;

    private TestServer server;
    private Socket socket;
    private BufferedReader in;
    private OutputStream out;

    @BeforeEach
    void connect() throws Exception {
        server = TestServer.start(data, Map.of("limits.literal", "2KiB"))
                .user("ann@example.org", "pw").user("bob", "pw");
        socket = new Socket("127.0.0.1", server.lmtpPort());
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8));
        out = socket.getOutputStream();
        assertThat(in.readLine()).startsWith("220 ");
    }

    @AfterEach
    void close() throws IOException {
        socket.close();
        server.close();
    }

    @Test
    void deliversToEachKnownRecipientWithOneReplyEach() throws Exception {
        send("LHLO mta.example.org");
        assertThat(readReply()).last().asString().startsWith("250 SIZE");
        send("MAIL FROM:<alice@example.net>");
        assertThat(in.readLine()).startsWith("250 2.1.0");
        send("RCPT TO:<ann@example.org>");
        assertThat(in.readLine()).startsWith("250 2.1.5");
        send("RCPT TO:<nobody@example.org>");
        assertThat(in.readLine()).startsWith("550 5.1.1");
        send("RCPT TO:<bob@elsewhere.example>");
        assertThat(in.readLine()).startsWith("250 2.1.5");
        send("DATA");
        assertThat(in.readLine()).startsWith("354");
        send("Subject: hello\r\n\r\n..a line that starts with a dot\r\nend\r\n.");
        assertThat(in.readLine()).isEqualTo("250 2.0.0 <ann@example.org> Delivered");
        assertThat(in.readLine()).isEqualTo("250 2.0.0 <bob@elsewhere.example> Delivered");

        String stored = inboxText("ann@example.org");
        assertThat(stored).contains("Delivered-To: ann@example.org\r\n")
                .contains("Return-Path: <alice@example.net>\r\n")
                .endsWith("\r\n.a line that starts with a dot\r\nend\r\n");
        assertThat(inboxText("bob")).contains("Subject: hello");
    }

    @Test
    void pipelinedCommandsAreAnsweredInOrder() throws Exception {
        send("LHLO mta\r\nMAIL FROM:<>\r\nRCPT TO:<bob@x>\r\nRCPT TO:<zed@x>\r\nDATA");
        readReply();
        assertThat(in.readLine()).startsWith("250 2.1.0");
        assertThat(in.readLine()).startsWith("250 2.1.5");
        assertThat(in.readLine()).startsWith("550 5.1.1");
        assertThat(in.readLine()).startsWith("354");
        send("Subject: pipelined\r\n\r\nbody\r\n.\r\nQUIT");
        assertThat(in.readLine()).startsWith("250 2.0.0 <bob@x>");
        assertThat(in.readLine()).startsWith("221");
    }

    @Test
    void refusesTooLargeMessagesAndStoresNothing() throws Exception {
        send("LHLO mta");
        readReply();
        send("MAIL FROM:<a@b> SIZE=999999");
        assertThat(in.readLine()).startsWith("552 5.3.4");
        send("MAIL FROM:<a@b>");
        assertThat(in.readLine()).startsWith("250");
        send("RCPT TO:<bob>");
        assertThat(in.readLine()).startsWith("250");
        send("DATA");
        assertThat(in.readLine()).startsWith("354");
        send("Subject: big\r\n\r\n" + "x".repeat(1000) + "\r\n" + "y".repeat(1000) + "\r\n"
                + "z".repeat(1000) + "\r\n.");
        assertThat(in.readLine()).startsWith("552 5.3.4");
        MailAccount bob = server.server().context().store().account("bob");
        assertThat(bob.select("INBOX").messages()).isEmpty();
    }

    @Test
    void recipientOverQuotaGets552AndTheOthersTheirMail() throws Exception {
        MailAccount bob = server.server().context().store().account("bob");
        bob.setQuotaOverride(new QuotaOverride(OptionalLong.empty(), OptionalLong.of(1)));
        bob.append("Archive", "Subject: old\r\n\r\nx\r\n".getBytes(StandardCharsets.UTF_8),
                Flags.NONE, null);
        send("LHLO mta");
        readReply();
        send("MAIL FROM:<a@b>");
        assertThat(in.readLine()).startsWith("250");
        send("RCPT TO:<bob>");
        assertThat(in.readLine()).startsWith("250");
        send("RCPT TO:<ann@example.org>");
        assertThat(in.readLine()).startsWith("250");
        send("DATA");
        assertThat(in.readLine()).startsWith("354");
        send("Subject: full\r\n\r\nbody\r\n.");

        assertThat(in.readLine()).isEqualTo("552 5.2.2 <bob> Mailbox full");
        assertThat(in.readLine()).startsWith("250 2.0.0 <ann@example.org>");
        assertThat(bob.select("INBOX").messages()).isEmpty();
        assertThat(inboxText("ann@example.org")).contains("Subject: full");
    }

    @Test
    void commandsOutOfOrderAreRefused() throws Exception {
        send("MAIL FROM:<a@b>");
        assertThat(in.readLine()).startsWith("503");
        send("HELO mta");
        assertThat(in.readLine()).startsWith("500");
        send("LHLO mta");
        readReply();
        send("RCPT TO:<bob>");
        assertThat(in.readLine()).startsWith("503");
        send("DATA");
        assertThat(in.readLine()).startsWith("503");
    }

    private String inboxText(String account) throws Exception {
        MailAccount mail = server.server().context().store().account(account);
        MailboxSnapshot inbox = mail.select("INBOX");
        assertThat(inbox.messages()).hasSize(1);
        return new String(mail.content(inbox.info().id(), inbox.messages().get(0).uid()),
                StandardCharsets.UTF_8);
    }

    private List<String> readReply() throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        do {
            line = in.readLine();
            lines.add(line);
        } while (line != null && line.length() > 3 && line.charAt(3) == '-');
        return lines;
    }

    private void send(String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
