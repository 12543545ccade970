package dev.spillway.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.spillway.store.FlagMode;
import dev.spillway.store.Flags;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MailStore;
import dev.spillway.store.MailboxEvent;
import dev.spillway.store.StoreException;
import dev.spillway.store.Subscription;
import dev.spillway.store.UidSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationTest {
    private static final Duration WITHIN = Duration.ofSeconds(1);

    @TempDir
    Path dir;
    SqliteMailStore server;
    List<MailboxEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws StoreException {
        server = TestStores.open(dir);
        server.accounts().add("demo", "pw");
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void listenersHearOfChangesInTheSameProcess() throws StoreException {
        MailAccount mail = server.account("demo");
        long inbox = mail.status("INBOX").id();
        server.subscribe("demo", inbox, events::add);

        long modSeq = mail.append("INBOX", TestStores.message("a", "b"), null, null).modSeq();

        await().atMost(WITHIN).until(() -> events.contains(
                new MailboxEvent("demo", inbox, modSeq)));
        mail.store(inbox, UidSet.all(), FlagMode.ADD, Flags.of("\\Seen"), OptionalLong.empty());
        await().atMost(WITHIN).until(() -> events.contains(
                new MailboxEvent("demo", inbox, modSeq + 1)));
    }

    @Test
    void listenersHearOfChangesMadeByAnotherProcess() throws StoreException {
        long inbox = server.account("demo").status("INBOX").id();
        server.subscribe("demo", inbox, events::add);

        try (SqliteMailStore deliver = TestStores.open(dir)) {
            long modSeq = deliver.account("demo")
                    .append("INBOX", TestStores.message("a", "b"), null, null).modSeq();

            await().atMost(WITHIN).until(() -> events.contains(
                    new MailboxEvent("demo", inbox, modSeq)));
        }
    }

    @Test
    void listenersOfOneMailboxDoNotHearOfOthersButAllMailboxesDoes() throws StoreException {
        MailAccount mail = server.account("demo");
        long inbox = mail.status("INBOX").id();
        List<MailboxEvent> all = new CopyOnWriteArrayList<>();
        server.subscribe("demo", inbox, events::add);
        server.subscribe("demo", MailStore.ALL_MAILBOXES, all::add);
        long trash = mail.status("Trash").id();

        try (SqliteMailStore other = TestStores.open(dir)) {
            other.account("demo").append("Trash", TestStores.message("a", "b"), null, null);
            other.account("demo").delete("Junk");
        }

        await().atMost(WITHIN).until(() -> all.stream().anyMatch(e -> e.mailboxId() == trash)
                && all.stream().anyMatch(MailboxEvent::deleted));
        assertThat(events).isEmpty();
    }

    @Test
    void closedSubscriptionsHearNothing() throws StoreException {
        MailAccount mail = server.account("demo");
        long inbox = mail.status("INBOX").id();
        List<MailboxEvent> kept = new CopyOnWriteArrayList<>();
        Subscription sub = server.subscribe("demo", inbox, events::add);
        server.subscribe("demo", inbox, kept::add);
        sub.close();

        mail.create("x", Optional.empty());
        mail.append("INBOX", TestStores.message("a", "b"), null, null);

        await().atMost(WITHIN).until(() -> !kept.isEmpty());
        assertThat(events).isEmpty();
    }
}
