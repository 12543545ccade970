package dev.spillway.store.sqlite;

import static dev.spillway.store.sqlite.MailboxOperationsTest.assertKind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.store.AppendResult;
import dev.spillway.store.Changes;
import dev.spillway.store.CopyResult;
import dev.spillway.store.FlagMode;
import dev.spillway.store.Flags;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MailboxInfo;
import dev.spillway.store.MessageMeta;
import dev.spillway.store.StoreException;
import dev.spillway.store.StoreResult;
import dev.spillway.store.UidSet;
import dev.spillway.store.mime.MessageStructure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageOperationsTest {
    @TempDir
    Path dir;
    SqliteMailStore store;
    MailAccount mail;
    long inbox;

    @BeforeEach
    void open() throws StoreException {
        store = TestStores.open(dir);
        store.accounts().add("demo", "pw");
        reopen();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void reopen() throws StoreException {
        if (mail != null) {
            store.close();
            store = TestStores.open(dir);
        }
        mail = store.account("demo");
        inbox = mail.status("INBOX").id();
    }

    private AppendResult append(String subject, String... flags) throws StoreException {
        return mail.append("INBOX", TestStores.message(subject, "text"), Flags.of(flags), null);
    }

    @Test
    void statusCountsDeletedMessagesAndTheOctetsExpungeWouldFree() throws StoreException {
        append("kept");
        append("gone", "\\Deleted");
        long gone = TestStores.message("gone", "text").length;

        MailboxInfo before = mail.status("INBOX");
        mail.expunge(inbox);
        MailboxInfo after = mail.status("INBOX");

        assertThat(before.deleted()).isEqualTo(1);
        assertThat(before.deletedSize()).isEqualTo(gone);
        assertThat(after.deleted()).isZero();
        assertThat(after.deletedSize()).isZero();
        assertThat(after.messages()).isEqualTo(1);
    }

    @Test
    void appendAllocatesAscendingUidsAndKeepsTheDateOffset() throws StoreException {
        OffsetDateTime date = OffsetDateTime.of(2024, 2, 29, 23, 59, 58, 0,
                ZoneOffset.ofHoursMinutes(-7, -30));
        byte[] raw = TestStores.message("one", "body");
        AppendResult first = mail.append("INBOX", raw, Flags.of("\\seen", "$Work"), date);
        AppendResult second = mail.append("INBOX", new ByteArrayInputStream(raw), raw.length,
                Flags.NONE, null);

        assertThat(first.uid()).isEqualTo(1);
        assertThat(second.uid()).isEqualTo(2);
        assertThat(second.uidValidity()).isEqualTo(first.uidValidity());
        MessageMeta m = mail.messages(inbox).get(0);
        assertThat(m.internalDate()).isEqualTo(date);
        assertThat(m.internalDate().getOffset()).isEqualTo(date.getOffset());
        assertThat(m.flags().names()).containsExactly("\\Seen", "$Work");
        assertThat(m.size()).isEqualTo(raw.length);
        MailboxInfo info = mail.status("INBOX");
        assertThat(info.uidNext()).isEqualTo(3);
        assertThat(info.messages()).isEqualTo(2);
        assertThat(info.unseen()).isEqualTo(1);
        assertThat(info.size()).isEqualTo(2L * raw.length);
        assertThat(mail.content(inbox, 1)).isEqualTo(raw);
        assertThat(new String(mail.content(inbox, 1, 6, 3), StandardCharsets.US_ASCII))
                .isEqualTo("Ann");
        assertThat(mail.content(inbox, 1, raw.length - 2, 100)).containsExactly('\r', '\n');
    }

    @Test
    void appendFailuresHaveDistinctKinds() {
        assertKind(() -> mail.append("Nowhere", TestStores.message("a", "b"), Flags.NONE, null),
                StoreException.Kind.TRYCREATE);
        assertKind(() -> mail.append("INBOX", new byte[2 * 1024 * 1024], Flags.NONE, null),
                StoreException.Kind.TOOBIG);
        assertKind(() -> mail.append("INBOX", new ByteArrayInputStream(new byte[5]), 10,
                Flags.NONE, null), StoreException.Kind.CANNOT);
        assertKind(() -> mail.content(inbox, 99), StoreException.Kind.NONEXISTENT);
    }

    @Test
    void uidsAreNeverReusedAfterExpungeAndReopen() throws StoreException {
        append("1");
        append("2", "\\Deleted");
        append("3", "\\Deleted");
        assertThat(mail.expunge(inbox)).containsExactly(2L, 3L);

        reopen();
        AppendResult next = append("4");

        assertThat(next.uid()).isEqualTo(4);
        assertThat(mail.messages(inbox)).extracting(MessageMeta::uid).containsExactly(1L, 4L);
    }

    @Test
    void everyChangeBumpsModSeqButNoOpsDoNot() throws StoreException {
        long start = mail.status("INBOX").highestModSeq();
        AppendResult a = append("1");
        assertThat(a.modSeq()).isEqualTo(start + 1);

        StoreResult set = mail.store(inbox, UidSet.of(1), FlagMode.ADD, Flags.of("\\Seen"),
                OptionalLong.empty());
        assertThat(set.highestModSeq()).isEqualTo(start + 2);
        assertThat(set.changed()).extracting(MessageMeta::modSeq).containsExactly(start + 2);

        StoreResult again = mail.store(inbox, UidSet.of(1), FlagMode.ADD, Flags.of("\\SEEN"),
                OptionalLong.empty());
        assertThat(again.changed()).isEmpty();
        assertThat(again.unchanged()).extracting(MessageMeta::uid).containsExactly(1L);
        assertThat(mail.status("INBOX").highestModSeq()).isEqualTo(start + 2);

        mail.claimRecent(inbox);
        assertThat(mail.status("INBOX").highestModSeq()).isEqualTo(start + 2);

        mail.store(inbox, UidSet.all(), FlagMode.ADD, Flags.of("\\Deleted"),
                OptionalLong.empty());
        mail.expunge(inbox);
        assertThat(mail.status("INBOX").highestModSeq()).isEqualTo(start + 4);
        assertThat(mail.expunge(inbox)).isEmpty();
        assertThat(mail.status("INBOX").highestModSeq()).isEqualTo(start + 4);
    }

    @Test
    void storeModesReplaceAddAndRemoveIgnoringCase() throws StoreException {
        append("1", "\\Flagged", "Work");

        mail.store(inbox, UidSet.of(1), FlagMode.ADD, Flags.of("work", "\\Seen"),
                OptionalLong.empty());
        assertThat(flags(1)).containsExactly("\\Flagged", "Work", "\\Seen");
        mail.store(inbox, UidSet.of(1), FlagMode.REMOVE, Flags.of("WORK", "\\flagged"),
                OptionalLong.empty());
        assertThat(flags(1)).containsExactly("\\Seen");
        mail.store(inbox, UidSet.of(1), FlagMode.REPLACE, Flags.of("\\Answered", "\\Recent"),
                OptionalLong.empty());
        assertThat(flags(1)).containsExactly("\\Answered");
    }

    @Test
    void unchangedSinceFailsOnlyTheMessagesChangedLater() throws StoreException {
        append("1");
        append("2");
        append("3");
        long before = mail.status("INBOX").highestModSeq();
        mail.store(inbox, UidSet.of(2), FlagMode.ADD, Flags.of("$Other"), OptionalLong.empty());

        StoreResult r = mail.store(inbox, UidSet.range(1, 3), FlagMode.ADD, Flags.of("\\Seen"),
                OptionalLong.of(before));

        assertThat(r.failed()).containsExactly(2L);
        assertThat(r.changed()).extracting(MessageMeta::uid).containsExactly(1L, 3L);
        assertThat(r.changed()).extracting(MessageMeta::modSeq)
                .containsOnly(r.highestModSeq());
        assertThat(flags(2)).containsExactly("$Other");
    }

    @Test
    void copyAndMoveReportUidMappings() throws StoreException {
        append("1");
        append("2", "\\Flagged");
        append("3");
        long trash = mail.status("Trash").id();

        CopyResult copy = mail.copy(inbox, UidSet.of(1, 2, 9), "Trash");
        assertThat(copy.sourceUids()).containsExactly(1L, 2L);
        assertThat(copy.targetUids()).containsExactly(1L, 2L);
        assertThat(copy.targetUidValidity()).isEqualTo(mail.status("Trash").uidValidity());
        assertThat(mail.messages(trash).get(1).flags().contains("\\Flagged")).isTrue();

        long beforeMove = mail.status("INBOX").highestModSeq();
        CopyResult move = mail.move(inbox, UidSet.range(2, 3), "Trash");
        assertThat(move.sourceUids()).containsExactly(2L, 3L);
        assertThat(move.targetUids()).containsExactly(3L, 4L);
        assertThat(mail.messages(inbox)).extracting(MessageMeta::uid).containsExactly(1L);
        assertThat(mail.changesSince(inbox, beforeMove).vanished()).containsExactly(2L, 3L);
        assertThat(mail.content(trash, 4)).isEqualTo(TestStores.message("3", "text"));

        assertKind(() -> mail.copy(inbox, UidSet.of(1), "Missing"),
                StoreException.Kind.TRYCREATE);
    }

    @Test
    void expungeLeavesTombstonesForChangesSince() throws StoreException {
        append("1");
        append("2", "\\Deleted");
        append("3", "\\Deleted");
        long mark = mail.status("INBOX").highestModSeq();

        assertThat(mail.expunge(inbox, UidSet.of(1, 2))).containsExactly(2L);
        mail.store(inbox, UidSet.of(1), FlagMode.ADD, Flags.of("\\Seen"), OptionalLong.empty());

        Changes changes = mail.changesSince(inbox, mark);
        assertThat(changes.vanished()).containsExactly(2L);
        assertThat(changes.changed()).extracting(MessageMeta::uid).containsExactly(1L);
        assertThat(changes.highestModSeq()).isEqualTo(mark + 2);
        Changes all = mail.changesSince(inbox, 0);
        assertThat(all.changed()).extracting(MessageMeta::uid).containsExactly(1L, 3L);
        assertThat(mail.changesSince(inbox, changes.highestModSeq()).changed()).isEmpty();
    }

    @Test
    void claimRecentHandsEachMessageToOneCallerOnly() throws StoreException {
        append("1");
        append("2");
        assertThat(mail.select("INBOX").info().recent()).isEqualTo(2);

        assertThat(mail.claimRecent(inbox)).containsExactly(1L, 2L);
        assertThat(mail.claimRecent(inbox)).isEmpty();
        append("3");
        assertThat(mail.status("INBOX").recent()).isEqualTo(1);
        assertThat(mail.claimRecent(inbox)).containsExactly(3L);
    }

    @Test
    void structureIsStoredAtAppend() throws StoreException {
        append("Hello");

        MessageStructure s = mail.structure(inbox, 1);

        assertThat(s.envelope().subject()).isEqualTo("Hello");
        assertThat(s.envelope().from().get(0).host()).isEqualTo("example.org");
        assertThat(s.body().subtype()).isEqualTo("PLAIN");
    }

    @Test
    void sharedContentSurvivesUntilTheLastCopyIsExpunged() throws StoreException {
        append("1", "\\Deleted");
        mail.copy(inbox, UidSet.of(1), "Archive");
        long archive = mail.status("Archive").id();

        mail.expunge(inbox);

        assertThat(mail.content(archive, 1)).isEqualTo(TestStores.message("1", "text"));
    }

    @Test
    void concurrentAppendsFromTwoStoresGetDistinctUids() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (SqliteMailStore other = TestStores.open(dir)) {
            MailAccount second = other.account("demo");
            List<Future<Long>> uids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                MailAccount target = i % 2 == 0 ? mail : second;
                byte[] raw = TestStores.message("c" + i, "x");
                uids.add(pool.submit(() -> target.append("INBOX", raw, null, null).uid()));
            }
            Set<Long> distinct = new HashSet<>();
            for (Future<Long> f : uids) {
                distinct.add(f.get());
            }
            assertThat(distinct).hasSize(40).allMatch(uid -> uid >= 1 && uid <= 40);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mail.status("INBOX").uidNext()).isEqualTo(41);
    }

    private List<String> flags(long uid) throws StoreException {
        return mail.messages(inbox).stream().filter(m -> m.uid() == uid).findFirst()
                .orElseThrow().flags().names();
    }
}
