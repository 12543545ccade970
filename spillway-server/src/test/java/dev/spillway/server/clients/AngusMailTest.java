package dev.spillway.server.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.testing.TestServer;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.SubjectTerm;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real IMAP client, Angus Mail (Jakarta Mail), against the server over TLS and STARTTLS. */
class AngusMailTest {
    @TempDir
    Path data;

    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(data).user("ann", "s3cret");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Store connect(boolean implicitTls) throws Exception {
        Properties props = new Properties();
        String protocol = implicitTls ? "imaps" : "imap";
        props.put("mail." + protocol + ".ssl.trust", "*");
        props.put("mail." + protocol + ".ssl.checkserveridentity", "false");
        if (!implicitTls) {
            props.put("mail.imap.starttls.enable", "true");
            props.put("mail.imap.starttls.required", "true");
        }
        Store store = Session.getInstance(props).getStore(protocol);
        store.connect("127.0.0.1", implicitTls ? server.imapsPort() : server.imapPort(), "ann",
                "s3cret");
        return store;
    }

    private static MimeMessage message(String subject, String text) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("bob@example.org", "Bob Example"));
        message.setRecipients(Message.RecipientType.TO, "ann@example.org");
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.saveChanges();
        return message;
    }

    @Test
    void listsAppendsSearchesFetchesCopiesAndExpunges() throws Exception {
        try (Store store = connect(true); Store other = connect(false)) {
            assertThat(Arrays.stream(store.getDefaultFolder().list("*")).map(Folder::getName))
                    .contains("INBOX", "Sent", "Drafts", "Trash", "Junk", "Archive");

            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message[] two = {
                message("Quarterly report", "Numbers are up."),
                message("Réunion lundi", "Salle 4, à 10h30."),
            };
            inbox.appendMessages(two);
            assertThat(inbox.getMessageCount()).isEqualTo(2);

            Message[] found = inbox.search(new SubjectTerm("Réunion"));
            assertThat(found).hasSize(1);
            FetchProfile profile = new FetchProfile();
            profile.add(FetchProfile.Item.ENVELOPE);
            profile.add(FetchProfile.Item.CONTENT_INFO);
            inbox.fetch(found, profile);
            assertThat(found[0].getSubject()).isEqualTo("Réunion lundi");
            assertThat(((InternetAddress) found[0].getFrom()[0]).getPersonal())
                    .isEqualTo("Bob Example");
            assertThat(found[0].getContent().toString().trim()).isEqualTo("Salle 4, à 10h30.");

            Folder archive = store.getFolder("Archive");
            inbox.copyMessages(found, archive);
            found[0].setFlag(Flags.Flag.DELETED, true);
            Message[] expunged = inbox.expunge();
            assertThat(expunged).hasSize(1);
            assertThat(inbox.getMessageCount()).isEqualTo(1);

            Folder otherArchive = other.getFolder("Archive");
            otherArchive.open(Folder.READ_ONLY);
            assertThat(otherArchive.getMessageCount()).isEqualTo(1);
            assertThat(otherArchive.getMessage(1).getSubject()).isEqualTo("Réunion lundi");
            assertThat(((IMAPFolder) otherArchive).getUIDValidity()).isPositive();

            Folder otherInbox = other.getFolder("INBOX");
            otherInbox.open(Folder.READ_WRITE);
            assertThat(otherInbox.getMessageCount()).isEqualTo(1);
            inbox.appendMessages(new Message[] {message("Late news", "Hot off the press.")});
            // An explicit NOOP lets the server report the new message; Angus skips its own
            // NOOP when the connection was used within the last second.
            ((IMAPFolder) otherInbox).doCommand(protocol -> {
                protocol.simpleCommand("NOOP", null);
                return null;
            });
            assertThat(otherInbox.getMessageCount()).isEqualTo(2);
            inbox.close(false);
            otherInbox.close(false);
            otherArchive.close(false);
        }
    }
}
