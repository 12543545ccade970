package dev.spillway.store.sqlite;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the prepared statements of one connection, so that SQLite compiles each SQL text once
 * per connection instead of once per call; compiling is most of the cost of the short queries
 * a mail session makes.
 *
 * <p>{@link #wrap} returns a connection whose {@code prepareStatement(String)} hands out a
 * cached statement. Closing such a statement only clears its parameters and leaves it ready
 * for the next caller, so the store's code keeps its ordinary try-with-resources shape. A
 * statement asked for again while still in use (a nested query with the same text) is
 * prepared afresh and really closed. The cache holds at most {@link #MAX_STATEMENTS}
 * statements, closing the least recently used; closing the connection closes them all. A
 * connection and its statements are used by one thread at a time, as {@link Database}
 * guarantees.
 */
final class StatementCache implements InvocationHandler {
    /** More than the distinct SQL texts the store issues, all of which are constants. */
    static final int MAX_STATEMENTS = 64;

    private final Connection connection;
    private final Map<String, Cached> statements = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            if (size() <= MAX_STATEMENTS) {
                return false;
            }
            closeQuietly(eldest.getValue().statement);
            return true;
        }
    };

    private StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** A view of {@code connection} that reuses its prepared statements. */
    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new StatementCache(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("prepareStatement") && args != null && args.length == 1) {
            return prepare((String) args[0]);
        }
        if (name.equals("close")) {
            statements.values().forEach(cached -> closeQuietly(cached.statement));
            statements.clear();
        }
        return forward(connection, method, args);
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        Cached cached = statements.get(sql);
        if (cached == null) {
            cached = new Cached(connection.prepareStatement(sql));
            statements.put(sql, cached);
        } else if (cached.inUse) {
            return connection.prepareStatement(sql);
        }
        cached.inUse = true;
        return cached.view;
    }

    private static Object forward(Object target, Method method, Object[] args)
            throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // Closing frees native memory only; nothing is lost if it fails.
        }
    }

    /** One cached statement and the view handed out, whose close() makes it reusable. */
    private static final class Cached implements InvocationHandler {
        final PreparedStatement statement;
        final PreparedStatement view;
        boolean inUse;

        Cached(PreparedStatement statement) {
            this.statement = statement;
            this.view = (PreparedStatement) Proxy.newProxyInstance(
                    StatementCache.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (inUse) {
                        inUse = false;
                        statement.clearParameters();
                    }
                    return null;
                }
                case "isClosed" -> {
                    return !inUse;
                }
                default -> {
                    return forward(statement, method, args);
                }
            }
        }
    }
}
