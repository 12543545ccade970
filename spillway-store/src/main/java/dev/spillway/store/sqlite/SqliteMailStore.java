package dev.spillway.store.sqlite;

import dev.spillway.store.MailAccount;
import dev.spillway.store.MailStore;
import dev.spillway.store.MailboxListener;
import dev.spillway.store.StoreException;
import dev.spillway.store.Subscription;
import dev.spillway.store.account.AccountDirectory;
import dev.spillway.store.account.AccountNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded store on a data directory:
 * <pre>
 *   DIR/accounts.db            the account directory
 *   DIR/mail/&lt;file-name&gt;.db    one database per account ({@link AccountNames#fileName})
 *   DIR/signal/&lt;file-name&gt;     touched after each change, watched by other processes
 * </pre>
 * Several processes may open the same directory; SQLite's locking serialises their writes.
 */
public final class SqliteMailStore implements MailStore {
    private final Path dataDir;
    private final StoreSettings settings;
    private final SqliteAccountDirectory accounts;
    private final ChangeNotifier notifier;
    private final Map<String, Database> open = new ConcurrentHashMap<>();

    private SqliteMailStore(Path dataDir, StoreSettings settings) throws StoreException {
        this.dataDir = dataDir;
        this.settings = settings;
        try {
            Files.createDirectories(dataDir.resolve("mail"));
            this.notifier = new ChangeNotifier(dataDir.resolve("signal"), this::modSeqs);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.SERVERBUG,
                    "cannot prepare data directory " + dataDir, e);
        }
        this.accounts = new SqliteAccountDirectory(dataDir.resolve("accounts.db"),
                settings.argon2(), new Lifecycle());
    }

    public static SqliteMailStore open(Path dataDir) throws StoreException {
        return open(dataDir, StoreSettings.DEFAULT);
    }

    /** The limits it was opened with. */
    public StoreSettings settings() {
        return settings;
    }

    public static SqliteMailStore open(Path dataDir, StoreSettings settings)
            throws StoreException {
        return new SqliteMailStore(dataDir, settings);
    }

    @Override
    public AccountDirectory accounts() {
        return accounts;
    }

    @Override
    public MailAccount account(String name) throws StoreException {
        Optional<String> canonical = accounts.canonicalName(name);
        if (canonical.isEmpty()) {
            throw StoreException.nonexistent("account " + name);
        }
        String account = canonical.get();
        return new SqliteMailAccount(account, database(account),
                () -> notifier.committed(account), settings);
    }

    @Override
    public Subscription subscribe(String account, long mailboxId, MailboxListener listener) {
        return notifier.subscribe(account, mailboxId, listener);
    }

    /** Path of an account's mail database. */
    Path mailFile(String account) {
        return dataDir.resolve("mail").resolve(AccountNames.fileName(account) + ".db");
    }

    private Database database(String account) throws StoreException {
        String key = AccountNames.fileName(account);
        Database db = open.get(key);
        if (db != null) {
            return db;
        }
        synchronized (open) {
            db = open.get(key);
            if (db == null) {
                db = new Database(mailFile(account));
                db.write(c -> {
                    MailSchema.initialise(c);
                    return null;
                });
                open.put(key, db);
            }
            return db;
        }
    }

    /** Every mailbox's HIGHESTMODSEQ, for the notifier; null if the account is gone. */
    private Map<Long, Long> modSeqs(String account) throws StoreException {
        if (accounts.canonicalName(account).isEmpty() || !Files.exists(mailFile(account))) {
            return null;
        }
        return database(account).read(c -> {
            Map<Long, Long> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, highestmodseq FROM mailbox WHERE selectable = 1");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    @Override
    public void close() {
        notifier.close();
        synchronized (open) {
            open.values().forEach(Database::close);
            open.clear();
        }
        accounts.close();
    }

    private final class Lifecycle implements AccountLifecycle {
        @Override
        public void created(String name) throws StoreException {
            database(name);
            notifier.committed(name);
        }

        @Override
        public void deleting(String name) throws StoreException {
            Database db;
            synchronized (open) {
                db = open.remove(AccountNames.fileName(name));
            }
            if (db != null) {
                db.close();
            }
            Path file = mailFile(name);
            try {
                for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                    Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
                }
            } catch (IOException e) {
                throw new StoreException(StoreException.Kind.SERVERBUG,
                        "cannot remove the mail of " + name, e);
            }
        }

        @Override
        public void deleted(String name) {
            notifier.committed(name);
        }
    }
}
