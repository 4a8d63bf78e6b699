package io.postmortem.testkit.ao;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The MySQL-family test database runs as MySQL 8 does by default and as Jira's MySQL guide asks. */
class MySqlServerSettingsTest {
    private static AoDatabase binary;
    private static AoDatabase insensitive;

    @BeforeAll
    static void open() {
        binary = TestDatabase.MYSQL.open("settings_bin");
        insensitive = TestDatabase.MYSQL_CASE_INSENSITIVE.open("settings_ci");
    }

    @AfterAll
    static void close() {
        binary.close();
        insensitive.close();
    }

    @Test
    void runsInMySql8sDefaultSqlModeWithoutAnsiQuotes() throws SQLException {
        String mode = value(binary, "SELECT @@SESSION.sql_mode");

        assertThat(mode.split(",")).containsExactlyInAnyOrder("ONLY_FULL_GROUP_BY", "STRICT_TRANS_TABLES",
                "NO_ZERO_IN_DATE", "NO_ZERO_DATE", "ERROR_FOR_DIVISION_BY_ZERO", "NO_ENGINE_SUBSTITUTION");
        // Without ANSI_QUOTES a double-quoted name is a string: the defect class the persistence tests forbid.
        assertThat(value(binary, "SELECT \"DUE_DAY\"")).isEqualTo("DUE_DAY");
    }

    @Test
    void usesUtf8mb4InnoDbDynamicRowsAndReadCommitted() throws SQLException {
        assertThat(value(binary, "SELECT @@character_set_database")).isEqualTo("utf8mb4");
        assertThat(value(binary, "SELECT @@collation_database")).isEqualTo("utf8mb4_bin");
        assertThat(value(binary, "SELECT @@default_storage_engine")).isEqualTo("InnoDB");
        assertThat(value(binary, "SELECT @@innodb_default_row_format")).isEqualToIgnoringCase("dynamic");
        assertThat(value(binary, "SELECT @@tx_isolation")).isEqualTo("READ-COMMITTED");
    }

    @Test
    void theBinaryCollationTellsCaseAndAccentsApartAndTheUnicodeOneDoesNot() throws SQLException {
        assertThat(value(insensitive, "SELECT @@collation_database")).isEqualTo("utf8mb4_unicode_ci");
        for (AoDatabase database : new AoDatabase[]{binary, insensitive}) {
            try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE words (v VARCHAR(20))");
                statement.execute("INSERT INTO words VALUES ('R\u00e9sum\u00e9')");
            }
        }

        assertThat(value(binary, "SELECT COUNT(*) FROM words WHERE v = 'resume'")).isEqualTo("0");
        assertThat(value(insensitive, "SELECT COUNT(*) FROM words WHERE v = 'resume'")).isEqualTo("1");
    }

    @Test
    void strictModeRefusesTooLongValuesInsteadOfCuttingThem() throws SQLException {
        try (Connection connection = binary.connection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE short_text (v VARCHAR(3))");
            assertThatThrownBy(() -> statement.execute("INSERT INTO short_text VALUES ('abcd')"))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static String value(AoDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
