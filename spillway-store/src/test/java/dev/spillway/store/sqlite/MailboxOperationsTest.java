package dev.spillway.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillway.store.AppendResult;
import dev.spillway.store.ListEntry;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MailboxInfo;
import dev.spillway.store.MailboxSnapshot;
import dev.spillway.store.SpecialUse;
import dev.spillway.store.StoreException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailboxOperationsTest {
    @TempDir
    Path dir;
    SqliteMailStore store;
    MailAccount mail;

    @BeforeEach
    void open() throws StoreException {
        store = TestStores.open(dir);
        store.accounts().add("demo", "pw");
        mail = store.account("demo");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void createMakesMissingSuperiors() throws StoreException {
        mail.create("a/b/c", Optional.empty());

        assertThat(names()).contains("a", "a/b", "a/b/c");
        assertThat(entry("a").hasChildren()).isTrue();
        assertThat(entry("a/b/c").hasChildren()).isFalse();
        assertThat(entry("a").selectable()).isTrue();
        assertThat(entry("a").subscribed()).isFalse();
    }

    @Test
    void createRefusesExistingNamesAndBadNames() throws StoreException {
        mail.create("work", Optional.of(SpecialUse.FLAGGED));

        assertKind(() -> mail.create("work", Optional.empty()),
                StoreException.Kind.ALREADYEXISTS);
        assertKind(() -> mail.create("inbox", Optional.empty()),
                StoreException.Kind.ALREADYEXISTS);
        for (String bad : List.of("", "/a", "a/", "a//b", "a*", "a%b", "x\u0001")) {
            assertKind(() -> mail.create(bad, Optional.empty()), StoreException.Kind.INVALIDNAME);
        }
        assertThat(entry("work").specialUse()).contains(SpecialUse.FLAGGED);
    }

    @Test
    void inboxMatchesWithoutRegardToCase() throws StoreException {
        mail.append("inbox", TestStores.message("a", "b"), null, null);
        mail.create("Inbox/Sub", Optional.empty());

        assertThat(mail.status("InBoX").messages()).isEqualTo(1);
        assertThat(names()).contains("INBOX/Sub");
        assertThat(entry("INBOX").hasChildren()).isTrue();
    }

    @Test
    void uidValidityIsNeverReusedForANameAfterDeleteAndCreate() throws StoreException {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            MailboxInfo info = mail.create("again", Optional.empty());
            assertThat(seen.add(info.uidValidity())).isTrue();
            mail.delete("again");
        }
        for (ListEntry e : mail.list()) {
            assertThat(seen).doesNotContain(mail.status(e.name()).uidValidity());
        }
    }

    @Test
    void deleteFollowsRfc3501Rules() throws StoreException {
        mail.create("foo/bar", Optional.empty());
        mail.append("foo", TestStores.message("x", "y"), null, null);

        assertKind(() -> mail.delete("INBOX"), StoreException.Kind.CANNOT);
        assertKind(() -> mail.delete("nope"), StoreException.Kind.NONEXISTENT);

        // A mailbox with inferiors loses its messages and stays as \Noselect.
        mail.delete("foo");
        assertThat(entry("foo").selectable()).isFalse();
        assertThat(entry("foo").hasChildren()).isTrue();
        assertKind(() -> mail.status("foo"), StoreException.Kind.NONEXISTENT);
        assertKind(() -> mail.append("foo", TestStores.message("x", "y"), null, null),
                StoreException.Kind.TRYCREATE);

        // A \Noselect name with inferiors cannot be deleted; without them it can.
        assertKind(() -> mail.delete("foo"), StoreException.Kind.CANNOT);
        mail.delete("foo/bar");
        assertThat(entry("foo").selectable()).isFalse();
        mail.delete("foo");
        assertThat(names()).doesNotContain("foo", "foo/bar");
    }

    @Test
    void createOverAPlaceholderMakesItSelectable() throws StoreException {
        mail.create("p/q", Optional.empty());
        mail.delete("p");

        MailboxInfo info = mail.create("p", Optional.empty());

        assertThat(entry("p").selectable()).isTrue();
        assertThat(info.messages()).isZero();
    }

    @Test
    void renameMovesInferiorsAndKeepsUidValidity() throws StoreException {
        mail.create("old/child", Optional.empty());
        mail.subscribe("old/child");
        long validity = mail.status("old").uidValidity();
        mail.append("old/child", TestStores.message("m", "n"), null, null);

        mail.rename("old", "new/place");

        assertThat(names()).contains("new", "new/place", "new/place/child")
                .doesNotContain("old", "old/child");
        assertThat(mail.status("new/place").uidValidity()).isEqualTo(validity);
        assertThat(mail.status("new/place/child").messages()).isEqualTo(1);
        assertThat(mail.subscriptions()).contains("new/place/child").doesNotContain("old/child");
    }

    @Test
    void renameRefusesExistingTargetsMissingSourcesAndOwnInferiors() throws StoreException {
        mail.create("a", Optional.empty());
        mail.create("b", Optional.empty());

        assertKind(() -> mail.rename("a", "b"), StoreException.Kind.ALREADYEXISTS);
        assertKind(() -> mail.rename("a", "INBOX"), StoreException.Kind.ALREADYEXISTS);
        assertKind(() -> mail.rename("zz", "c"), StoreException.Kind.NONEXISTENT);
        assertKind(() -> mail.rename("a", "a/b"), StoreException.Kind.CANNOT);
    }

    @Test
    void renameInboxMovesItsMessagesAndLeavesItEmpty() throws StoreException {
        MailboxSnapshot before = mail.select("INBOX");
        AppendResult first = mail.append("INBOX", TestStores.message("1", "a"), null, null);
        mail.append("INBOX", TestStores.message("2", "b"), null, null);
        mail.create("INBOX/keep", Optional.empty());

        mail.rename("INBOX", "Old Mail");

        MailboxSnapshot inbox = mail.select("INBOX");
        assertThat(inbox.messages()).isEmpty();
        assertThat(inbox.info().uidValidity()).isEqualTo(before.info().uidValidity());
        assertThat(inbox.info().uidNext()).isEqualTo(3);
        assertThat(mail.changesSince(inbox.info().id(), first.modSeq()).vanished())
                .containsExactly(1L, 2L);
        MailboxSnapshot moved = mail.select("Old Mail");
        assertThat(moved.messages()).extracting(m -> m.uid()).containsExactly(1L, 2L);
        assertThat(mail.content(moved.info().id(), 2)).isEqualTo(TestStores.message("2", "b"));
        assertThat(names()).contains("INBOX/keep");
    }

    @Test
    void subscriptionsNeedNotExist() throws StoreException {
        mail.subscribe("ghost");
        mail.unsubscribe("Sent");

        assertThat(mail.subscriptions()).contains("ghost").doesNotContain("Sent");
        assertThat(names()).doesNotContain("ghost");
        assertThat(entry("Sent").subscribed()).isFalse();
    }

    private List<String> names() throws StoreException {
        return mail.list().stream().map(ListEntry::name).toList();
    }

    private ListEntry entry(String name) throws StoreException {
        return mail.list().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    static void assertKind(ThrowingCallable call, StoreException.Kind kind) {
        assertThatThrownBy(call).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).kind()).isEqualTo(kind);
    }
}
