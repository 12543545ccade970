package dev.spillway.server.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.testing.TestServer;
import jakarta.mail.BodyPart;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.BodyTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.FromStringTerm;
import jakarta.mail.search.SubjectTerm;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.eclipse.angus.mail.imap.AppendUID;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Angus Mail (Jakarta Mail) reads, searches, copies, moves and expunges the fixture messages:
 * a real client parsing the server's BODYSTRUCTURE, ENVELOPE, COPYUID and EXPUNGE responses.
 */
class MessageCommandsClientTest {
    @TempDir
    Path data;

    private TestServer server;
    private Store store;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(data).user("demo", "secret");
        MessageFixtures.seed(server.server().context().store().account("demo"));
        Properties props = new Properties();
        props.put("mail.imaps.ssl.trust", "*");
        props.put("mail.imaps.ssl.checkserveridentity", "false");
        store = Session.getInstance(props).getStore("imaps");
        store.connect("127.0.0.1", server.imapsPort(), "demo", "secret");
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        server.close();
    }

    @Test
    void readsEnvelopesStructuresAndParts() throws Exception {
        IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        Message[] all = inbox.getMessages();
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(UIDFolder.FetchProfileItem.UID);
        inbox.fetch(all, profile);

        assertThat(all).hasSize(5);
        assertThat(all[0].getSubject()).isEqualTo("afternoon meeting");
        assertThat(((InternetAddress) all[0].getFrom()[0]).getPersonal())
                .isEqualTo("Fred Foobar");
        assertThat(all[1].getSubject()).isEqualTo("Grüße from the lake");
        assertThat(all[1].getRecipients(Message.RecipientType.TO)).hasSize(2);
        assertThat(all[2].isSet(Flags.Flag.FLAGGED)).isTrue();
        assertThat(inbox.getUID(all[4])).isEqualTo(5);
        assertThat((String) all[0].getContent()).contains("Hello Joe");

        Multipart mixed = (Multipart) all[2].getContent();
        assertThat(mixed.getCount()).isEqualTo(3);
        BodyPart attachment = mixed.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("data.bin");
        try (InputStream in = attachment.getInputStream()) {
            assertThat(in.readAllBytes()).containsExactly(0, 1, 2, 3, 4, 'H', 'i');
        }

        Multipart forwarded = (Multipart) all[3].getContent();
        Message inner = (Message) forwarded.getBodyPart(1).getContent();
        assertThat(inner.getSubject()).isEqualTo("Release notes 1.4");
        inbox.close(false);
    }

    @Test
    void searchesFlagsHeadersAndBodies() throws Exception {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        assertThat(numbers(inbox.search(new SubjectTerm("report")))).containsExactly(3);
        assertThat(numbers(inbox.search(new BodyTerm("lake")))).containsExactly(2);
        assertThat(numbers(inbox.search(new BodyTerm("Schönheit")))).containsExactly(2);
        assertThat(numbers(inbox.search(new FromStringTerm("example.com")))).containsExactly(4);
        assertThat(numbers(inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))))
                .containsExactly(2, 4, 5);
        assertThat(numbers(inbox.search(new AndTerm(
                new FlagTerm(new Flags(Flags.Flag.SEEN), true), new BodyTerm("attachment")))))
                .containsExactly(3);
        inbox.close(false);
    }

    @Test
    void copiesMovesAndExpunges() throws Exception {
        IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        Folder projects = store.getFolder("Projects");

        AppendUID[] copied = inbox.copyUIDMessages(
                new Message[] {inbox.getMessage(2), inbox.getMessage(4)}, projects);
        assertThat(copied).extracting(uid -> uid.uid).containsExactly(1L, 2L);

        inbox.setFlags(new int[] {2, 3}, new Flags(Flags.Flag.DELETED), true);
        Message[] expunged = inbox.expunge();
        assertThat(numbers(expunged)).containsExactly(2, 3);
        assertThat(inbox.getMessageCount()).isEqualTo(3);
        assertThat(inbox.getMessage(2).getSubject()).isEqualTo("Fwd: Release notes");

        Message first = inbox.getMessage(1);
        inbox.moveMessages(new Message[] {first}, projects);
        assertThat(first.isExpunged()).isTrue();
        inbox.close(false);
        assertThat(store.getFolder("INBOX").getMessageCount()).isEqualTo(2);

        projects.open(Folder.READ_ONLY);
        assertThat(Arrays.stream(projects.getMessages()).map(MessageCommandsClientTest::subject))
                .containsExactly("Grüße from the lake", "Fwd: Release notes",
                        "afternoon meeting");
        projects.close(false);
    }

    private static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] numbers(Message[] messages) {
        return Arrays.stream(messages).mapToInt(Message::getMessageNumber).toArray();
    }
}
