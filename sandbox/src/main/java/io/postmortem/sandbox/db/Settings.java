package io.postmortem.sandbox.db;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Small named values the sandbox keeps across restarts (the clock, whether the demo is loaded, a pending daily run);
 * in the database, so every node on a shared database reads the same.
 */
public final class Settings {
    private final Jdbc jdbc;

    public Settings(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String name) {
        return jdbc.queryOne("SELECT SETTING_VALUE FROM SBX_SETTING WHERE NAME = ?", row -> row.getString(1), name);
    }

    public void put(String name, String value) {
        // Update, else insert; a node that inserted the same name meanwhile makes the insert fail: update again.
        for (int attempt = 0; ; attempt++) {
            try {
                jdbc.inTransactionOrSqlFailure(connection -> {
                    if (Jdbc.update(connection, "UPDATE SBX_SETTING SET SETTING_VALUE = ? WHERE NAME = ?", value, name) == 0) {
                        Jdbc.update(connection, "INSERT INTO SBX_SETTING (NAME, SETTING_VALUE) VALUES (?, ?)", name, value);
                    }
                    return null;
                });
                return;
            } catch (SQLException e) {
                if (!Jdbc.duplicateKey(e) || attempt > 0) {
                    throw new IllegalStateException("sandbox database failure: " + e.getMessage(), e);
                }
            }
        }
    }

    /** Stores the value unless the name has one; answers whether this call stored it. */
    public boolean putIfAbsent(String name, String value) {
        try {
            jdbc.inTransactionOrSqlFailure(connection ->
                    Jdbc.update(connection, "INSERT INTO SBX_SETTING (NAME, SETTING_VALUE) VALUES (?, ?)", name, value));
            return true;
        } catch (SQLException e) {
            if (Jdbc.duplicateKey(e)) {
                return false;
            }
            throw new IllegalStateException("sandbox database failure: " + e.getMessage(), e);
        }
    }

    public void remove(String name) {
        jdbc.execute("DELETE FROM SBX_SETTING WHERE NAME = ?", name);
    }

    /** Removes the value only if it is still {@code expected}; answers whether it did. */
    public boolean remove(String name, String expected) {
        return jdbc.inTransaction(connection ->
                Jdbc.update(connection, "DELETE FROM SBX_SETTING WHERE NAME = ? AND SETTING_VALUE = ?", name, expected)) == 1;
    }
}
