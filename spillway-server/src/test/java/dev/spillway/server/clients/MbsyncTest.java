package dev.spillway.server.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.spillway.server.testing.TestServer;
import dev.spillway.store.Flags;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MailboxSnapshot;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mbsync (isync, from Debian) synchronises a local Maildir with the server in both directions
 * over implicit TLS, trusting the server's generated certificate.
 */
@Tag("slow")
class MbsyncTest {
    @TempDir
    Path dir;

    @Test
    void syncsBothWays() throws Exception {
        Path data = dir.resolve("data");
        Path maildir = dir.resolve("mail");
        try (TestServer server = TestServer.start(data).user("demo", "secret")) {
            MailAccount account = server.server().context().store().account("demo");
            account.append("INBOX", message("from the server 1"), Flags.NONE, null);
            account.append("INBOX", message("from the server 2"), Flags.NONE, null);
            Path inboxNew = maildir.resolve("INBOX").resolve("new");
            Files.createDirectories(inboxNew);
            Files.createDirectories(maildir.resolve("INBOX").resolve("cur"));
            Files.createDirectories(maildir.resolve("INBOX").resolve("tmp"));
            Files.write(inboxNew.resolve("1700000000.1.local"), message("from the client"));
            Path config = writeConfig(server, data, maildir);

            run(config);

            MailboxSnapshot inbox = account.select("INBOX");
            assertThat(inbox.messages()).hasSize(3);
            assertThat(files(maildir.resolve("INBOX"))).hasSize(3);

            // Flag one synced message locally: Maildir keeps flags in the file name.
            Path cur = maildir.resolve("INBOX").resolve("cur");
            Path first = files(maildir.resolve("INBOX")).stream()
                    .filter(p -> p.getFileName().toString().contains(",U="))
                    .findFirst().orElseThrow();
            String name = first.getFileName().toString();
            Files.move(first, cur.resolve(name.replaceAll(":2,.*$", "") + ":2,FS"));

            run(config);

            long flagged = account.messages(inbox.info().id()).stream()
                    .filter(m -> m.flags().contains(Flags.FLAGGED)
                            && m.flags().contains(Flags.SEEN))
                    .count();
            assertThat(flagged).isEqualTo(1);
            assertThat(files(maildir.resolve("Archive"))).isEmpty();
        }
    }

    private static Path writeConfig(TestServer server, Path data, Path maildir)
            throws IOException {
        String config = String.join("\n",
                "IMAPAccount spillway",
                "Host 127.0.0.1",
                "Port " + server.imapsPort(),
                "User demo",
                "Pass secret",
                "SSLType IMAPS",
                "CertificateFile " + data.resolve("tls").resolve("cert.pem"),
                "AuthMechs PLAIN",
                "",
                "IMAPStore remote",
                "Account spillway",
                "",
                "MaildirStore local",
                "Path " + maildir + "/",
                "Inbox " + maildir.resolve("INBOX"),
                "SubFolders Verbatim",
                "",
                "Channel sync",
                "Far :remote:",
                "Near :local:",
                "Patterns *",
                "Create Both",
                "Expunge Both",
                "SyncState *",
                "");
        Path file = maildir.getParent().resolve("mbsyncrc");
        Files.writeString(file, config);
        return file;
    }

    private static void run(Path config) throws Exception {
        if (!new File("/usr/bin/mbsync").canExecute()) {
            fail("mbsync is missing: install Debian's isync package (.ci/run does)");
        }
        Process process = new ProcessBuilder("mbsync", "-c", config.toString(), "-a")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("mbsync did not finish:\n" + output);
        }
        assertThat(process.exitValue()).as("mbsync output:\n" + output).isZero();
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList();
        }
    }

    private static byte[] message(String subject) {
        return ("From: a@example.org\r\nTo: demo@example.org\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + subject.replace(' ', '-') + "@example.org>\r\n\r\n"
                + subject + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
