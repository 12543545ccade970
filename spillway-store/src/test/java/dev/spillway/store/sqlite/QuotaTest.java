package dev.spillway.store.sqlite;

import static dev.spillway.store.sqlite.MailboxOperationsTest.assertKind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.store.Flags;
import dev.spillway.store.MailAccount;
import dev.spillway.store.QuotaLimits;
import dev.spillway.store.QuotaOverride;
import dev.spillway.store.QuotaUsage;
import dev.spillway.store.StoreException;
import dev.spillway.store.UidSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quota limits, usage and their enforcement inside the write transaction (RFC 9208). */
class QuotaTest {
    private static final byte[] MESSAGE = TestStores.message("quota", "body");
    private static final long SIZE = MESSAGE.length;

    @TempDir
    Path dir;
    private final List<SqliteMailStore> stores = new ArrayList<>();

    @AfterEach
    void close() {
        stores.forEach(SqliteMailStore::close);
    }

    private MailAccount account(QuotaLimits defaults) throws StoreException {
        SqliteMailStore store = SqliteMailStore.open(dir, new StoreSettings(
                TestStores.SETTINGS.maxMessageBytes(), TestStores.SETTINGS.argon2(), defaults));
        stores.add(store);
        if (store.accounts().list().isEmpty()) {
            store.accounts().add("demo", "pw");
        }
        return store.account("demo");
    }

    private static void append(MailAccount mail, String mailbox) throws StoreException {
        mail.append(mailbox, MESSAGE, Flags.NONE, null);
    }

    private static long id(MailAccount mail, String mailbox) throws StoreException {
        return mail.status(mailbox).id();
    }

    @Test
    void usageCountsEveryMailboxAndEachCopy() throws StoreException {
        MailAccount mail = account(QuotaLimits.NONE);
        append(mail, "INBOX");
        append(mail, "Archive");
        mail.copy(id(mail, "INBOX"), UidSet.all(), "Sent");

        assertThat(mail.quotaUsage()).isEqualTo(new QuotaUsage(3 * SIZE, 3));
        assertThat(mail.quotaLimits().any()).isFalse();
    }

    @Test
    void appendOverTheStorageLimitFailsAndStoresNothing() throws StoreException {
        MailAccount mail = account(new QuotaLimits(2 * SIZE, 0));
        append(mail, "INBOX");
        append(mail, "Archive");

        assertKind(() -> append(mail, "INBOX"), StoreException.Kind.OVERQUOTA);
        assertThat(mail.quotaUsage()).isEqualTo(new QuotaUsage(2 * SIZE, 2));
        assertThat(mail.status("INBOX").uidNext()).isEqualTo(2);
    }

    @Test
    void copyOverTheMessageLimitCopiesNothingWhileMoveStillWorks() throws StoreException {
        MailAccount mail = account(new QuotaLimits(0, 3));
        append(mail, "INBOX");
        append(mail, "INBOX");
        long inbox = id(mail, "INBOX");

        assertKind(() -> mail.copy(inbox, UidSet.all(), "Archive"),
                StoreException.Kind.OVERQUOTA);
        assertThat(mail.status("Archive").messages()).isZero();

        append(mail, "INBOX");
        mail.move(inbox, UidSet.all(), "Archive");
        assertThat(mail.status("Archive").messages()).isEqualTo(3);
        assertThat(mail.quotaUsage().messages()).isEqualTo(3);
    }

    @Test
    void expungeFreesQuota() throws StoreException {
        MailAccount mail = account(new QuotaLimits(0, 1));
        mail.append("INBOX", MESSAGE, Flags.of("\\Deleted"), null);
        assertKind(() -> append(mail, "INBOX"), StoreException.Kind.OVERQUOTA);

        mail.expunge(id(mail, "INBOX"));
        append(mail, "INBOX");

        assertThat(mail.quotaUsage()).isEqualTo(new QuotaUsage(SIZE, 1));
    }

    @Test
    void theAccountsOwnLimitsReplaceTheDefaultsAndZeroLiftsThem() throws StoreException {
        MailAccount mail = account(new QuotaLimits(1, 1));
        assertKind(() -> append(mail, "INBOX"), StoreException.Kind.OVERQUOTA);

        mail.setQuotaOverride(new QuotaOverride(OptionalLong.of(0), OptionalLong.of(5)));
        append(mail, "INBOX");
        assertThat(mail.quotaLimits()).isEqualTo(new QuotaLimits(0, 5));

        mail.setQuotaOverride(new QuotaOverride(OptionalLong.empty(), OptionalLong.of(5)));
        assertThat(mail.quotaLimits()).isEqualTo(new QuotaLimits(1, 5));
        assertThat(account(QuotaLimits.NONE).quotaOverride())
                .isEqualTo(new QuotaOverride(OptionalLong.empty(), OptionalLong.of(5)));
    }

    /**
     * Two stores on the same directory stand for two processes (the server and
     * {@code spillway deliver}); each has its own writer connection, so only the check inside
     * the write transaction keeps them from both passing on the same usage.
     */
    @Test
    void concurrentAppendsFromTwoStoresNeverExceedTheLimit() throws Exception {
        QuotaLimits limits = new QuotaLimits(0, 5);
        MailAccount first = account(limits);
        MailAccount second = account(limits);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                MailAccount mail = i % 2 == 0 ? first : second;
                attempts.add(pool.submit(stored(mail)));
            }
            int stored = 0;
            for (Future<Boolean> attempt : attempts) {
                stored += attempt.get() ? 1 : 0;
            }
            assertThat(stored).isEqualTo(5);
        } finally {
            pool.shutdown();
        }
        assertThat(first.quotaUsage().messages()).isEqualTo(5);
    }

    private static Callable<Boolean> stored(MailAccount mail) {
        return () -> {
            try {
                append(mail, "INBOX");
                return true;
            } catch (StoreException e) {
                if (e.kind() != StoreException.Kind.OVERQUOTA) {
                    throw e;
                }
                return false;
            }
        };
    }
}
