package io.postmortem.sandbox.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;

/** Creates the sandbox's own tables (idempotent) from {@code sandbox-schema.sql}. */
public final class SandboxSchema {
    private SandboxSchema() {
    }

    public static void create(Jdbc jdbc) {
        String script;
        try (InputStream in = SandboxSchema.class.getResourceAsStream("/sandbox-schema.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
            return null;
        });
    }
}
