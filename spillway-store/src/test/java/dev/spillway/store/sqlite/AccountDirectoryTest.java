package dev.spillway.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillway.store.ListEntry;
import dev.spillway.store.MailAccount;
import dev.spillway.store.SpecialUse;
import dev.spillway.store.StoreException;
import dev.spillway.store.account.AccountDirectory;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountDirectoryTest {
    @TempDir
    Path dir;
    SqliteMailStore store;
    AccountDirectory accounts;

    @BeforeEach
    void open() throws StoreException {
        store = TestStores.open(dir);
        accounts = store.accounts();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void addsAndVerifiesPasswords() throws StoreException {
        accounts.add("demo", "secret");

        assertThat(accounts.verify("demo", "secret")).isTrue();
        assertThat(accounts.verify("DEMO", "secret")).isTrue();
        assertThat(accounts.verify("demo", "Secret")).isFalse();
        assertThat(accounts.verify("nobody", "secret")).isFalse();
        assertThat(accounts.exists("Demo")).isTrue();
        assertThat(accounts.list()).containsExactly("demo");
    }

    @Test
    void refusesDuplicateNamesIgnoringCase() throws StoreException {
        accounts.add("Ann@Example.org", "pw");

        assertThatThrownBy(() -> accounts.add("ann@example.org", "pw2"))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).kind())
                .isEqualTo(StoreException.Kind.ALREADYEXISTS);
        assertThat(accounts.list()).containsExactly("Ann@Example.org");
    }

    @Test
    void refusesInvalidNames() {
        for (String bad : new String[] {"", "a b", "tab\there", "x".repeat(129)}) {
            assertThatThrownBy(() -> accounts.add(bad, "pw"))
                    .isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).kind())
                    .isEqualTo(StoreException.Kind.INVALIDNAME);
        }
    }

    @Test
    void changesPasswords() throws StoreException {
        accounts.add("demo", "old");
        accounts.setPassword("demo", "new");

        assertThat(accounts.verify("demo", "old")).isFalse();
        assertThat(accounts.verify("demo", "new")).isTrue();
        assertThatThrownBy(() -> accounts.setPassword("nobody", "x"))
                .extracting(e -> ((StoreException) e).kind())
                .isEqualTo(StoreException.Kind.NONEXISTENT);
    }

    @Test
    void deleteRemovesTheMailDatabase() throws StoreException {
        accounts.add("demo", "pw");
        MailAccount mail = store.account("demo");
        mail.append("INBOX", TestStores.message("hi", "body"), null, null);
        Path file = store.mailFile("demo");
        assertThat(file).exists();

        accounts.delete("demo");

        assertThat(file).doesNotExist();
        assertThat(accounts.exists("demo")).isFalse();
        assertThatThrownBy(() -> store.account("demo"))
                .extracting(e -> ((StoreException) e).kind())
                .isEqualTo(StoreException.Kind.NONEXISTENT);
        accounts.add("demo", "pw");
        assertThat(store.account("demo").status("INBOX").messages()).isZero();
    }

    @Test
    void newAccountsHaveTheDefaultMailboxesSubscribed() throws StoreException {
        accounts.add("demo", "pw");

        assertThat(store.account("demo").list()).containsExactly(
                entry("Archive", SpecialUse.ARCHIVE),
                entry("Drafts", SpecialUse.DRAFTS),
                entry("INBOX", null),
                entry("Junk", SpecialUse.JUNK),
                entry("Sent", SpecialUse.SENT),
                entry("Trash", SpecialUse.TRASH));
        assertThat(store.account("demo").subscriptions())
                .containsExactly("Archive", "Drafts", "INBOX", "Junk", "Sent", "Trash");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
        "ann@example.org,     ann@example.org",
        "ANN@EXAMPLE.ORG,     ann@example.org",
        "<ann@example.org>,   ann@example.org",
        "demo@example.org,    demo",
        "Demo@elsewhere.net,  demo",
        "demo,                demo",
        "ann@other.org,       none",
        "bob@example.org,     none",
        "@example.org,        none",
    })
    void resolvesRecipients(String address, String expected) throws StoreException {
        accounts.add("ann@example.org", "pw");
        accounts.add("demo", "pw");

        assertThat(accounts.resolveRecipient(address)).isEqualTo(Optional.ofNullable(expected));
    }

    private static ListEntry entry(String name, SpecialUse use) {
        return new ListEntry(name, true, false, true, Optional.ofNullable(use));
    }
}
