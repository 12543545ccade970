package dev.spillway.store.sqlite;

import dev.spillway.store.StoreException;
import dev.spillway.store.account.AccountDirectory;
import dev.spillway.store.account.AccountNames;
import dev.spillway.store.account.Argon2Settings;
import dev.spillway.store.account.PasswordHasher;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The account directory in {@code accounts.db}. A new account's row is written before its mail
 * database is created, and a deleted account's mail database is removed before its row, so a
 * crash in between leaves either an account with fresh default mailboxes or nothing, never
 * old mail under a new account.
 */
final class SqliteAccountDirectory implements AccountDirectory, AutoCloseable {
    private final Database db;
    private final PasswordHasher hasher;
    private final AccountLifecycle lifecycle;

    SqliteAccountDirectory(Path file, Argon2Settings argon2, AccountLifecycle lifecycle)
            throws StoreException {
        this.db = new Database(file);
        this.hasher = new PasswordHasher(argon2);
        this.lifecycle = lifecycle;
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS account ("
                        + "key TEXT PRIMARY KEY, name TEXT NOT NULL, "
                        + "password TEXT NOT NULL, created INTEGER NOT NULL)");
            }
            return null;
        });
    }

    @Override
    public void add(String name, String password) throws StoreException {
        AccountNames.validate(name);
        String hash = hasher.hash(password);
        db.write(c -> {
            if (hash(c, name) != null) {
                throw new StoreException(StoreException.Kind.ALREADYEXISTS,
                        "account " + name + " already exists");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO account (key, name, password, created) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, AccountNames.key(name));
                ps.setString(2, name);
                ps.setString(3, hash);
                ps.setLong(4, System.currentTimeMillis() / 1000);
                ps.executeUpdate();
            }
            return null;
        });
        lifecycle.created(name);
    }

    @Override
    public void setPassword(String name, String password) throws StoreException {
        String hash = hasher.hash(password);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE account SET password = ? WHERE key = ?")) {
                ps.setString(1, hash);
                ps.setString(2, AccountNames.key(name));
                if (ps.executeUpdate() == 0) {
                    throw StoreException.nonexistent("account " + name);
                }
            }
            return null;
        });
    }

    @Override
    public void delete(String name) throws StoreException {
        if (!exists(name)) {
            throw StoreException.nonexistent("account " + name);
        }
        lifecycle.deleting(name);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM account WHERE key = ?")) {
                ps.setString(1, AccountNames.key(name));
                ps.executeUpdate();
            }
            return null;
        });
        lifecycle.deleted(name);
    }

    @Override
    public List<String> list() throws StoreException {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT name FROM account ORDER BY key")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    @Override
    public boolean exists(String name) throws StoreException {
        return canonicalName(name).isPresent();
    }

    @Override
    public boolean verify(String name, String password) throws StoreException {
        String hash = name == null ? null : db.read(c -> hash(c, name));
        if (hash == null) {
            hasher.burn(password);
            return false;
        }
        return hasher.verify(password, hash);
    }

    @Override
    public Optional<String> resolveRecipient(String address) throws StoreException {
        String a = address.strip();
        if (a.startsWith("<") && a.endsWith(">")) {
            a = a.substring(1, a.length() - 1);
        }
        Optional<String> whole = canonicalName(a);
        int at = a.lastIndexOf('@');
        if (whole.isPresent() || at <= 0) {
            return whole;
        }
        return canonicalName(a.substring(0, at));
    }

    /** The account's name as created, if the account exists. */
    Optional<String> canonicalName(String name) throws StoreException {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name FROM account WHERE key = ?")) {
                ps.setString(1, AccountNames.key(name));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private static String hash(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT password FROM account WHERE key = ?")) {
            ps.setString(1, AccountNames.key(name));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
