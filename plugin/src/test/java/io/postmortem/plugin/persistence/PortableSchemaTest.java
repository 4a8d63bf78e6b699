package io.postmortem.plugin.persistence;

import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.OracleDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.db.SQLServerDatabaseProvider;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oracle and SQL Server on paper: what can be checked without their servers, over every entity of
 * {@link PersistenceEntities} (so entities added later are covered) and the frozen copies of older versions.
 * docs/persistence.md lists what stays unverified.
 */
class PortableSchemaTest {
    /** Oracle before 12.2 (and Jira's AO on it) allows 30 characters per identifier. */
    private static final int ORACLE_IDENTIFIER_LENGTH = 30;
    private static final String PREFIX = "AO_441554_";
    private static final AtlassianFieldNameConverter COLUMNS = new AtlassianFieldNameConverter();

    private static List<Class<? extends RawEntity<?>>> entities() {
        List<Class<? extends RawEntity<?>>> all = new ArrayList<>(PersistenceEntities.all());
        all.add(io.postmortem.plugin.persistence.upgrade.v1.ActionEntity.class);
        all.add(io.postmortem.plugin.persistence.upgrade.v2.ActionPackEntity.class);
        return all;
    }

    @Test
    void tableAndColumnNamesFitOraclesThirtyCharacters() {
        List<String> tooLong = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : entities()) {
            String table = table(entity);
            if (table.length() > ORACLE_IDENTIFIER_LENGTH) {
                tooLong.add(table);
            }
            columns(entity).keySet().stream().filter(c -> c.length() > ORACLE_IDENTIFIER_LENGTH)
                    .forEach(c -> tooLong.add(table + "." + c));
        }
        assertThat(tooLong).isEmpty();
    }

    /**
     * Version-1 columns that are reserved words somewhere (SQL Server: {@code RULE}; AO's SQL Server list:
     * {@code SCOPE}). AO quotes them in its DDL and in the SQL it writes; renaming them would take an upgrade task
     * of its own. They stay usable only where AO quotes them in hand-written clauses too: as the column a comparison
     * starts with ({@code SCOPE = ?}), and in a {@code Query.select("A, B")} field list, whose every field AO 3.2
     * quotes ({@code DatabaseProvider.querySelectFields} through {@code processID}); checked below. No new one may be
     * added.
     */
    private static final Set<String> KNOWN_RESERVED = Set.of("AO_441554_CONFIG.SCOPE", "AO_441554_BL_ACK.RULE");

    @Test
    void noTableOrColumnIsAReservedWordOfAnyDatabaseJiraRunsOn() {
        Set<String> reserved = reservedWords();
        assertThat(reserved).contains("SELECT", "ORDER", "USER", "LEVEL", "SIZE", "FILE", "RULE");
        List<String> clashes = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : entities()) {
            if (reserved.contains(table(entity))) {
                clashes.add(table(entity));
            }
            columns(entity).keySet().stream().filter(reserved::contains).forEach(c -> clashes.add(table(entity) + "." + c));
        }
        assertThat(clashes).filteredOn(c -> !KNOWN_RESERVED.contains(c)).isEmpty();

        List<String> unquoted = new ArrayList<>();
        for (String known : KNOWN_RESERVED) {
            String column = known.substring(known.indexOf('.') + 1);
            Pattern anywhere = Pattern.compile("\\b" + column + "\\b");
            Pattern quotedByAo = Pattern.compile("^\\s*" + column + "\\s*(=|<>|<|>|\\bIS\\b|\\bIN\\b)|\\b(AND|OR)\\s+"
                    + column + "\\s*(=|<>|<|>|\\bIS\\b|\\bIN\\b)");
            for (PersistenceSources.Literal literal : PersistenceSources.literals()) {
                boolean fieldList = literal.before().endsWith("select(")
                        && literal.text().matches("\\s*[A-Z_]+(\\s*,\\s*[A-Z_]+)*\\s*");
                boolean sql = literal.before().endsWith(".where(") || literal.before().endsWith(".order(")
                        || literal.before().endsWith(".group(") || literal.before().endsWith("select(");
                if (sql && !fieldList && anywhere.matcher(literal.text()).find()
                        && !quotedByAo.matcher(literal.text()).find()) {
                    unquoted.add(literal + " (" + column + ")");
                }
            }
        }
        assertThat(unquoted).as("reserved words where AO does not quote them").isEmpty();
    }

    @Test
    void unlimitedColumnsAreNeitherIndexedNorComparedNorSorted() {
        Set<String> unlimited = new HashSet<>();
        List<String> indexed = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : entities()) {
            columns(entity).forEach((column, getter) -> {
                StringLength length = getter.getAnnotation(StringLength.class);
                if (length != null && length.value() == StringLength.UNLIMITED) {
                    unlimited.add(column);
                    if (getter.isAnnotationPresent(Indexed.class) || getter.isAnnotationPresent(Unique.class)) {
                        indexed.add(table(entity) + "." + column);
                    }
                }
            });
            Indexes indexes = entity.getAnnotation(Indexes.class);
            if (indexes != null) {
                for (Index index : indexes.value()) {
                    for (String method : index.methodNames()) {
                        columns(entity).forEach((column, getter) -> {
                            if (getter.getName().equals(method) && unlimited.contains(column)) {
                                indexed.add(table(entity) + "." + column + " in " + index.name());
                            }
                        });
                    }
                }
            }
        }
        assertThat(indexed).as("UNLIMITED columns in indexes (CLOB/NCLOB/TEXT cannot be indexed everywhere)").isEmpty();
        assertThat(unlimited).contains("ENTRY_JSON");

        // In the persistence package's SQL: no "=", "<>", "<", ">" or IN on one, no ORDER BY or GROUP BY with one.
        List<String> misused = new ArrayList<>();
        for (PersistenceSources.Literal literal : PersistenceSources.literals()) {
            boolean ordering = literal.before().endsWith(".order(") || literal.before().endsWith(".group(");
            for (String column : unlimited) {
                Pattern compared = Pattern.compile("\\b" + column + "\\s*(=|<>|!=|<|>|\\bIN\\b)");
                Pattern named = Pattern.compile("\\b" + column + "\\b");
                if (compared.matcher(literal.text()).find() || ordering && named.matcher(literal.text()).find()) {
                    misused.add(literal + " (" + column + ")");
                }
            }
        }
        assertThat(misused).as("UNLIMITED columns compared or sorted (Oracle cannot compare a CLOB with =)").isEmpty();
    }

    /** A stand-in for a data source, connection or metadata object that answers only the identifier quote. */
    @SuppressWarnings("unchecked")
    private static <T> T inert(Class<T> type) {
        return (T) Proxy.newProxyInstance(PortableSchemaTest.class.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> inert(java.sql.Connection.class);
                    case "getMetaData" -> inert(java.sql.DatabaseMetaData.class);
                    case "getIdentifierQuoteString" -> "\"";
                    case "close", "dispose" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "inert " + type.getSimpleName();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static String table(Class<?> entity) {
        return PREFIX + entity.getAnnotation(Table.class).value().toUpperCase(Locale.ROOT);
    }

    /** Column name to its getter, as Atlassian's converter names them. */
    private static TreeMap<String, Method> columns(Class<?> entity) {
        TreeMap<String, Method> columns = new TreeMap<>();
        for (Method method : entity.getMethods()) {
            String name = method.getName();
            boolean accessor = method.getParameterCount() == 0 && (name.startsWith("get") || name.startsWith("is"))
                    && method.getDeclaringClass() != RawEntity.class && method.getDeclaringClass() != Object.class
                    && !method.getDeclaringClass().getName().startsWith("net.java.ao.");
            if (accessor || "getID".equals(name)) {
                columns.put(COLUMNS.getName(method), method);
            }
        }
        return columns;
    }

    /** AO's own lists of reserved words for H2, PostgreSQL, MySQL, Oracle and SQL Server, upper case. */
    private static Set<String> reservedWords() {
        // The providers ask a connection for the identifier quote only; nothing else is reached.
        DisposableDataSource none = inert(DisposableDataSource.class);
        List<Function<DisposableDataSource, DatabaseProvider>> providers = List.of(H2DatabaseProvider::new,
                PostgreSQLDatabaseProvider::new, MySQLDatabaseProvider::new, OracleDatabaseProvider::new,
                SQLServerDatabaseProvider::new);
        Set<String> words = new HashSet<>();
        for (Function<DisposableDataSource, DatabaseProvider> provider : providers) {
            try {
                Method method = DatabaseProvider.class.getDeclaredMethod("getReservedWords");
                method.setAccessible(true);
                @SuppressWarnings("unchecked")
                Set<String> list = (Set<String>) method.invoke(provider.apply(none));
                list.forEach(w -> words.add(w.toUpperCase(Locale.ROOT)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return words;
    }
}
