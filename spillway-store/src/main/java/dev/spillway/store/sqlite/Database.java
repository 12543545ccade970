package dev.spillway.store.sqlite;

import dev.spillway.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * One SQLite file: a single writer connection used under a lock, and a pool of reader
 * connections. Write transactions start with {@code BEGIN IMMEDIATE}, so concurrent writers
 * (also in other processes) queue on SQLite's busy handler instead of failing on a lock upgrade;
 * WAL lets readers run beside the writer. {@code synchronous=FULL} makes every commit durable
 * before the call returns.
 */
final class Database implements AutoCloseable {
    /** How long a writer waits for another process's transaction before giving up. */
    static final int BUSY_TIMEOUT_MILLIS = 30_000;
    private static final int MAX_IDLE_READERS = 4;
    /** Largest part of the file read through a memory map (address space, not heap). */
    private static final long MMAP_BYTES = 256L << 20;

    /** Work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException, StoreException;
    }

    private final Path file;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Connection writer;
    private final ConcurrentLinkedQueue<Connection> readers = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    Database(Path file) throws StoreException {
        this.file = file;
        try {
            this.writer = connect();
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.SERVERBUG, "cannot open " + file, e);
        }
    }

    Path file() {
        return file;
    }

    <T> T write(Work<T> work) throws StoreException {
        writeLock.lock();
        try {
            checkOpen();
            return inTransaction(writer, "BEGIN IMMEDIATE", work);
        } finally {
            writeLock.unlock();
        }
    }

    <T> T read(Work<T> work) throws StoreException {
        checkOpen();
        Connection c = readers.poll();
        boolean reusable = false;
        try {
            if (c == null) {
                c = connect();
            }
            T result = inTransaction(c, "BEGIN", work);
            reusable = true;
            return result;
        } catch (SQLException e) {
            throw failure(e);
        } catch (StoreException e) {
            // A missing mailbox or message leaves the connection as good as it was.
            reusable = e.isClientError();
            throw e;
        } finally {
            if (reusable && readers.size() < MAX_IDLE_READERS && !closed) {
                readers.add(c);
            } else {
                closeQuietly(c);
            }
        }
    }

    private <T> T inTransaction(Connection c, String begin, Work<T> work)
            throws StoreException {
        try {
            execute(c, begin);
        } catch (SQLException e) {
            throw failure(e);
        }
        boolean done = false;
        try {
            T result = work.run(c);
            execute(c, "COMMIT");
            done = true;
            return result;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            if (!done) {
                rollback(c);
            }
        }
    }

    private StoreException failure(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_BUSY.code
                || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new StoreException(StoreException.Kind.UNAVAILABLE,
                    "mail database busy: " + file.getFileName(), e);
        }
        return new StoreException(StoreException.Kind.SERVERBUG,
                "mail database failure in " + file.getFileName() + ": " + e.getMessage(), e);
    }

    private void checkOpen() throws StoreException {
        if (closed) {
            throw new StoreException(StoreException.Kind.NONEXISTENT,
                    "the database " + file.getFileName() + " has been closed");
        }
    }

    /**
     * A connection whose prepared statements are kept ({@link StatementCache}). Reads go
     * through a memory map of the file, which saves a system call and a copy per page read.
     */
    private Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(MMAP_BYTES));
        return StatementCache.wrap(config.createConnection("jdbc:sqlite:" + file));
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }

    private static void rollback(Connection c) {
        try {
            execute(c, "ROLLBACK");
        } catch (SQLException ignored) {
            // Nothing was begun, or SQLite rolled back already after an I/O error.
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing a read-only connection loses nothing.
            }
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            closed = true;
            closeQuietly(writer);
            Connection c;
            while ((c = readers.poll()) != null) {
                closeQuietly(c);
            }
        } finally {
            writeLock.unlock();
        }
    }
}
