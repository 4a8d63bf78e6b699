package io.postmortem.sandbox.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain JDBC with one transaction per unit of work: committed before the caller answers anyone. */
public final class Jdbc {
    private final SandboxDatabase database;

    public Jdbc(SandboxDatabase database) {
        this.database = database;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public <T> T inTransaction(Work<T> work) {
        try {
            return inTransactionOrSqlFailure(work);
        } catch (SQLException e) {
            throw new IllegalStateException("sandbox database failure: " + e.getMessage(), e);
        }
    }

    /** The same, handing the caller the database's failure (e.g. to tell a duplicate key from the rest). */
    public <T> T inTransactionOrSqlFailure(Work<T> work) throws SQLException {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Whether the sandbox runs on PostgreSQL (shared by nodes) rather than H2. */
    public boolean postgres() {
        return database.postgres();
    }

    public void execute(String sql, Object... parameters) {
        inTransaction(c -> update(c, sql, parameters));
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        return inTransaction(c -> query(c, sql, mapper, parameters));
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = query(sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    public static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    /**
     * Inserts the row unless one with the same values is there; every column given is part of the table's key. Plain
     * SQL that H2 and PostgreSQL both run (H2's {@code MERGE ... KEY} is H2's own).
     */
    public static int insertIfAbsent(Connection connection, String table, List<String> columns, Object... values)
            throws SQLException {
        String names = String.join(", ", columns);
        String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        String match = String.join(" AND ", columns.stream().map(c -> c + " = ?").toList());
        Object[] parameters = new Object[values.length * 2];
        System.arraycopy(values, 0, parameters, 0, values.length);
        System.arraycopy(values, 0, parameters, values.length, values.length);
        return update(connection, "INSERT INTO " + table + " (" + names + ") SELECT " + marks
                + " WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE " + match + ")", parameters);
    }

    /** Whether the failure is a unique or primary key violation (SQLSTATE 23505 on H2 and PostgreSQL). */
    public static boolean duplicateKey(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    public static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /** A nullable BIGINT column as a Long. */
    public static Long longOrNull(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
