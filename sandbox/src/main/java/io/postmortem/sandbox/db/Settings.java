package io.postmortem.sandbox.db;

import java.util.Optional;

/** Small named values the sandbox keeps across restarts (the clock, whether the demo is loaded). */
public final class Settings {
    private final Jdbc jdbc;

    public Settings(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String name) {
        return jdbc.queryOne("SELECT SETTING_VALUE FROM SBX_SETTING WHERE NAME = ?", row -> row.getString(1), name);
    }

    public void put(String name, String value) {
        jdbc.execute("MERGE INTO SBX_SETTING (NAME, SETTING_VALUE) KEY (NAME) VALUES (?, ?)", name, value);
    }

    public void remove(String name) {
        jdbc.execute("DELETE FROM SBX_SETTING WHERE NAME = ?", name);
    }
}
