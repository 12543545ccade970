package dev.spillway.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prepared statements kept per connection: reused, never shared while in use, bounded. */
class StatementCacheTest {
    @TempDir
    Path dir;
    Connection raw;
    Connection cached;

    @BeforeEach
    void open() throws SQLException {
        raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
        cached = StatementCache.wrap(raw);
        String table = "CREATE TABLE t (k INTEGER NOT NULL)";
        try (PreparedStatement ps = cached.prepareStatement(table)) {
            ps.execute();
        }
        for (int k = 1; k <= 3; k++) {
            try (PreparedStatement ps = cached.prepareStatement("INSERT INTO t VALUES (?)")) {
                ps.setInt(1, k);
                ps.executeUpdate();
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        cached.close();
    }

    @Test
    void reusesTheStatementOfTheSameText() throws SQLException {
        List<Integer> seen = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            try (PreparedStatement ps = cached.prepareStatement("SELECT k FROM t WHERE k = ?")) {
                ps.setInt(1, k);
                seen.add(single(ps));
            }
        }

        assertThat(seen).containsExactly(1, 2, 3);
        PreparedStatement first = cached.prepareStatement("SELECT 1");
        first.close();
        PreparedStatement second = cached.prepareStatement("SELECT 1");
        assertThat(second).isSameAs(first);
        assertThat(second.isClosed()).isFalse();
        second.close();
        assertThat(second.isClosed()).isTrue();
    }

    @Test
    void aNestedUseOfTheSameTextGetsItsOwnStatement() throws SQLException {
        String sql = "SELECT k FROM t WHERE k >= ? ORDER BY k";
        List<Integer> pairs = new ArrayList<>();
        try (PreparedStatement outer = cached.prepareStatement(sql)) {
            outer.setInt(1, 2);
            try (ResultSet rs = outer.executeQuery()) {
                while (rs.next()) {
                    try (PreparedStatement inner = cached.prepareStatement(sql)) {
                        assertThat(inner).isNotSameAs(outer);
                        inner.setInt(1, 3);
                        pairs.add(rs.getInt(1) * 10 + single(inner));
                    }
                }
            }
        }

        assertThat(pairs).containsExactly(23, 33);
    }

    @Test
    void closesWhatFallsOutOfTheCacheAndEverythingWithTheConnection() throws SQLException {
        PreparedStatement eldest = cached.prepareStatement("SELECT 0");
        eldest.close();
        for (int i = 1; i <= StatementCache.MAX_STATEMENTS; i++) {
            cached.prepareStatement("SELECT " + i).close();
        }

        assertThat(cached.prepareStatement("SELECT 0")).isNotSameAs(eldest);
        cached.close();
        assertThat(raw.isClosed()).isTrue();
    }

    @Test
    void aFailedStatementStaysUsable() throws SQLException {
        String sql = "INSERT INTO t VALUES (?)";
        try (PreparedStatement ps = cached.prepareStatement(sql)) {
            ps.setNull(1, Types.INTEGER);
            assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class);
        }
        try (PreparedStatement ps = cached.prepareStatement(sql)) {
            ps.setInt(1, 4);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = cached.prepareStatement("SELECT count(*) FROM t")) {
            assertThat(single(ps)).isEqualTo(4);
        }
    }

    private static int single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            return rs.getInt(1);
        }
    }
}
