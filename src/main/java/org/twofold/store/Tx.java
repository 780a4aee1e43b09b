package org.twofold.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One unit of work on one connection: parameterised SQL only, never string-built values. */
public final class Tx {
    private final Connection connection;

    Tx(Connection connection) {
        this.connection = connection;
    }

    public int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(sql, params)) {
            return s.executeUpdate();
        }
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(sql, params); ResultSet rs = s.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... params) throws SQLException {
        List<T> all = list(sql, row, params);
        return all.isEmpty() ? Optional.empty() : Optional.ofNullable(all.get(0));
    }

    void execute(String sql) throws SQLException {
        try (var s = connection.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
