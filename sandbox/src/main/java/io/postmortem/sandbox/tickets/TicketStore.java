package io.postmortem.sandbox.tickets;

import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.sandbox.db.Jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's issue store, in its own tables: issues with their fields, links, comments and change history.
 * It is what Jira would keep; it records changes but fires no events (see {@link TicketWorkflow}). Each public
 * method is one committed transaction; the {@code Connection} variants let a caller (the demo seed) batch work.
 */
public final class TicketStore {
    private final Jdbc jdbc;

    public TicketStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public record Link(long id, String fromKey, String toKey, String type) {
    }

    public record Comment(long id, String issueKey, Instant at, String author, String body) {
    }

    public record Change(long id, String issueKey, Instant at, String author, String field, String from, String to) {
    }

    // ---- projects -------------------------------------------------------------------------------------------

    public void createProject(Connection connection, String key, String name, String lead, String developersGroup)
            throws SQLException {
        Jdbc.update(connection, "INSERT INTO SBX_PROJECT (PROJECT_KEY, NAME, LEAD, DEVELOPERS_GROUP, NEXT_NUMBER) "
                + "VALUES (?, ?, ?, ?, 1)", key, name, lead, developersGroup);
    }

    public Optional<String> projectName(String key) {
        return jdbc.queryOne("SELECT NAME FROM SBX_PROJECT WHERE PROJECT_KEY = ?", row -> row.getString(1), key);
    }

    // ---- issues ---------------------------------------------------------------------------------------------

    public Issue create(NewIssue spec) {
        return jdbc.inTransaction(connection -> find(connection, create(connection, spec)).orElseThrow());
    }

    /** Creates the issue inside the caller's transaction; returns its key. */
    public String create(Connection connection, NewIssue spec) throws SQLException {
        String key = nextKey(connection, spec.projectKey());
        long at = spec.createdAt().toEpochMilli();
        Jdbc.update(connection, "INSERT INTO SBX_ISSUE (ISSUE_KEY, PROJECT_KEY, ISSUE_TYPE, SUMMARY, DESCRIPTION, STATUS,"
                        + " PRIORITY, REPORTER, ASSIGNEE, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                key, spec.projectKey(), spec.type(), spec.summary(), spec.description(), SandboxFields.OPEN,
                spec.priority(), spec.reporter(), spec.assignee(), at, at);
        for (Map.Entry<String, List<String>> field : spec.fields().entrySet()) {
            writeField(connection, key, field.getKey(), field.getValue());
        }
        recordChange(connection, key, spec.createdAt(), spec.reporter(), "created", null, SandboxFields.OPEN);
        return key;
    }

    public Optional<Issue> find(String key) {
        return jdbc.inTransaction(connection -> find(connection, key));
    }

    public Optional<Issue> find(Connection connection, String key) throws SQLException {
        List<Issue> found = Jdbc.query(connection, "SELECT * FROM SBX_ISSUE WHERE ISSUE_KEY = ?",
                row -> read(connection, row), key);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public Issue get(String key) {
        return find(key).orElseThrow(() -> new NotFoundException("No issue " + key + "."));
    }

    /** The key the issue has now: itself, or where it went when it was moved. */
    public Optional<String> currentKey(String key) {
        if (find(key).isPresent()) {
            return Optional.of(key);
        }
        return jdbc.queryOne("SELECT NEW_KEY FROM SBX_ISSUE_ALIAS WHERE OLD_KEY = ?", row -> row.getString(1), key);
    }

    /** The issue carrying this value in this field (the first, by key), if any. */
    public Optional<String> keyWithField(String fieldId, String value) {
        return jdbc.queryOne("SELECT ISSUE_KEY FROM SBX_ISSUE_FIELD WHERE FIELD_ID = ? AND FIELD_VALUE = ? ORDER BY ISSUE_KEY",
                row -> row.getString(1), fieldId, value);
    }

    /** Issues of a project (and type, when given), in key order. */
    public List<Issue> issues(String projectKey, String type) {
        // Keys of one project share their prefix, so a shorter key has the lower number (portable: no LOCATE).
        String order = " ORDER BY LENGTH(ISSUE_KEY), ISSUE_KEY";
        return jdbc.inTransaction(connection -> type == null
                ? Jdbc.query(connection, "SELECT * FROM SBX_ISSUE WHERE PROJECT_KEY = ?" + order,
                        row -> read(connection, row), projectKey)
                : Jdbc.query(connection, "SELECT * FROM SBX_ISSUE WHERE PROJECT_KEY = ? AND ISSUE_TYPE = ?" + order,
                        row -> read(connection, row), projectKey, type));
    }

    public void setFields(String key, Map<String, List<String>> fields, String actor, Instant at) {
        jdbc.inTransaction(connection -> {
            Issue issue = find(connection, key).orElseThrow(() -> new NotFoundException("No issue " + key + "."));
            for (Map.Entry<String, List<String>> field : fields.entrySet()) {
                List<String> before = issue.values(field.getKey());
                if (!before.equals(field.getValue())) {
                    Jdbc.update(connection, "DELETE FROM SBX_ISSUE_FIELD WHERE ISSUE_KEY = ? AND FIELD_ID = ?",
                            key, field.getKey());
                    writeField(connection, key, field.getKey(), field.getValue());
                    recordChange(connection, key, at, actor, field.getKey(), joined(before), joined(field.getValue()));
                }
            }
            touch(connection, key, at);
            return null;
        });
    }

    public void assign(String key, String assignee, String actor, Instant at) {
        jdbc.inTransaction(connection -> {
            Issue issue = find(connection, key).orElseThrow(() -> new NotFoundException("No issue " + key + "."));
            Jdbc.update(connection, "UPDATE SBX_ISSUE SET ASSIGNEE = ? WHERE ISSUE_KEY = ?", assignee, key);
            recordChange(connection, key, at, actor, "assignee", issue.assignee(), assignee);
            touch(connection, key, at);
            return null;
        });
    }

    /** Sets Jira's priority field; a change is recorded in the history. */
    public void setPriority(String key, String priority, String actor, Instant at) {
        jdbc.inTransaction(connection -> {
            Issue issue = find(connection, key).orElseThrow(() -> new NotFoundException("No issue " + key + "."));
            if (!Objects.equals(issue.priority(), priority)) {
                Jdbc.update(connection, "UPDATE SBX_ISSUE SET PRIORITY = ? WHERE ISSUE_KEY = ?", priority, key);
                recordChange(connection, key, at, actor, "priority", issue.priority(), priority);
                touch(connection, key, at);
            }
            return null;
        });
    }

    /** Sets Jira's description field; a change is recorded in the history. */
    public void setDescription(String key, String description, String actor, Instant at) {
        jdbc.inTransaction(connection -> {
            Issue issue = find(connection, key).orElseThrow(() -> new NotFoundException("No issue " + key + "."));
            if (!Objects.equals(issue.description(), description)) {
                Jdbc.update(connection, "UPDATE SBX_ISSUE SET DESCRIPTION = ? WHERE ISSUE_KEY = ?", description, key);
                recordChange(connection, key, at, actor, "description", null, null);
                touch(connection, key, at);
            }
            return null;
        });
    }

    /** The lead of the issue's project, who the product acts as on Postmortem issues (as in Jira). */
    public Optional<String> projectLead(String projectKey) {
        return jdbc.query("SELECT LEAD FROM SBX_PROJECT WHERE PROJECT_KEY = ? AND LEAD IS NOT NULL",
                row -> row.getString(1), projectKey).stream().findFirst();
    }

    /**
     * Moves the issue to a status: Done resolves it (resolution Done, resolved now); leaving Done clears both.
     * Returns the issue as it was before.
     */
    public Issue transition(String key, String status, String actor, Instant at) {
        if (!SandboxFields.isStatus(status)) {
            throw new ValidationException("status", "Must be one of Open, In Progress, Done.");
        }
        return jdbc.inTransaction(connection -> transition(connection, key, status, actor, at));
    }

    /** As {@link #transition(String, String, String, Instant)}, resolving Done with {@code resolution}. */
    public Issue transition(String key, String status, String resolution, String actor, Instant at) {
        return jdbc.inTransaction(connection -> transition(connection, key, status, resolution, actor, at));
    }

    public Issue transition(Connection connection, String key, String status, String actor, Instant at)
            throws SQLException {
        return transition(connection, key, status, "Done", actor, at);
    }

    /** As {@link #transition(Connection, String, String, String, Instant)}, resolving Done with {@code resolution}. */
    public Issue transition(Connection connection, String key, String status, String resolution, String actor,
                            Instant at) throws SQLException {
        Issue before = find(connection, key).orElseThrow(() -> new NotFoundException("No issue " + key + "."));
        if (before.status().equals(status)) {
            throw new ValidationException("status", key + " is already " + status + ".");
        }
        boolean done = SandboxFields.DONE.equals(status);
        Jdbc.update(connection, "UPDATE SBX_ISSUE SET STATUS = ?, RESOLUTION = ?, RESOLVED_AT = ?, UPDATED_AT = ? "
                        + "WHERE ISSUE_KEY = ?", status, done ? resolution : null, done ? at.toEpochMilli() : null,
                at.toEpochMilli(), key);
        recordChange(connection, key, at, actor, "status", before.status(), status);
        if (done || before.resolution() != null) {
            recordChange(connection, key, at, actor, "resolution", before.resolution(), done ? resolution : null);
        }
        return before;
    }

    /** Moves the issue to another project under a new key; the old key keeps leading to it. Returns the new key. */
    public String move(String key, String targetProject, String actor, Instant at) {
        return jdbc.inTransaction(connection -> {
            Issue issue = find(connection, key).orElseThrow(() -> new NotFoundException("No issue " + key + "."));
            if (Jdbc.query(connection, "SELECT 1 FROM SBX_PROJECT WHERE PROJECT_KEY = ?", row -> 1, targetProject)
                    .isEmpty()) {
                throw new ValidationException("project", "No project " + targetProject + ".");
            }
            String newKey = nextKey(connection, targetProject);
            Jdbc.update(connection, "UPDATE SBX_ISSUE SET ISSUE_KEY = ?, PROJECT_KEY = ?, UPDATED_AT = ? WHERE ISSUE_KEY = ?",
                    newKey, targetProject, at.toEpochMilli(), key);
            for (String table : List.of("SBX_ISSUE_FIELD", "SBX_ISSUE_HISTORY", "SBX_ISSUE_COMMENT")) {
                Jdbc.update(connection, "UPDATE " + table + " SET ISSUE_KEY = ? WHERE ISSUE_KEY = ?", newKey, key);
            }
            Jdbc.update(connection, "UPDATE SBX_ISSUE_LINK SET FROM_KEY = ? WHERE FROM_KEY = ?", newKey, key);
            Jdbc.update(connection, "UPDATE SBX_ISSUE_LINK SET TO_KEY = ? WHERE TO_KEY = ?", newKey, key);
            Jdbc.update(connection, "UPDATE SBX_ISSUE_ALIAS SET NEW_KEY = ? WHERE NEW_KEY = ?", newKey, key);
            Jdbc.update(connection, "INSERT INTO SBX_ISSUE_ALIAS (OLD_KEY, NEW_KEY) VALUES (?, ?)", key, newKey);
            recordChange(connection, newKey, at, actor, "Key", key, newKey);
            recordChange(connection, newKey, at, actor, "project", issue.projectKey(), targetProject);
            return newKey;
        });
    }

    public void delete(String key) {
        jdbc.inTransaction(connection -> {
            if (Jdbc.update(connection, "DELETE FROM SBX_ISSUE WHERE ISSUE_KEY = ?", key) == 0) {
                throw new NotFoundException("No issue " + key + ".");
            }
            for (String table : List.of("SBX_ISSUE_FIELD", "SBX_ISSUE_HISTORY", "SBX_ISSUE_COMMENT")) {
                Jdbc.update(connection, "DELETE FROM " + table + " WHERE ISSUE_KEY = ?", key);
            }
            Jdbc.update(connection, "DELETE FROM SBX_ISSUE_LINK WHERE FROM_KEY = ? OR TO_KEY = ?", key, key);
            Jdbc.update(connection, "DELETE FROM SBX_ISSUE_ALIAS WHERE NEW_KEY = ?", key);
            return null;
        });
    }

    // ---- links, comments, history ----------------------------------------------------------------------------

    public void link(String fromKey, String toKey, String type) {
        jdbc.inTransaction(connection -> {
            link(connection, fromKey, toKey, type);
            return null;
        });
    }

    public void link(Connection connection, String fromKey, String toKey, String type) throws SQLException {
        for (String key : List.of(fromKey, toKey)) {
            // Existence only: reading the whole issue with its fields would cost the demo seed thousands of queries.
            if (Jdbc.query(connection, "SELECT 1 FROM SBX_ISSUE WHERE ISSUE_KEY = ?", row -> 1, key).isEmpty()) {
                throw new NotFoundException("No issue " + key + ".");
            }
        }
        Jdbc.update(connection, "INSERT INTO SBX_ISSUE_LINK (FROM_KEY, TO_KEY, LINK_TYPE) VALUES (?, ?, ?)",
                fromKey, toKey, type);
    }

    /** Removes the links of this type from one issue to the other; answers how many there were. */
    public int unlink(String fromKey, String toKey, String type) {
        return jdbc.inTransaction(connection -> Jdbc.update(connection,
                "DELETE FROM SBX_ISSUE_LINK WHERE FROM_KEY = ? AND TO_KEY = ? AND LINK_TYPE = ?", fromKey, toKey, type));
    }

    /** Links from or to the issue, oldest first. */
    public List<Link> links(String key) {
        return jdbc.query("SELECT * FROM SBX_ISSUE_LINK WHERE FROM_KEY = ? OR TO_KEY = ? ORDER BY ID",
                row -> new Link(row.getLong("ID"), row.getString("FROM_KEY"), row.getString("TO_KEY"),
                        row.getString("LINK_TYPE")), key, key);
    }

    public void comment(String key, String author, String body, Instant at) {
        jdbc.inTransaction(connection -> {
            comment(connection, key, author, body, at);
            return null;
        });
    }

    public void comment(Connection connection, String key, String author, String body, Instant at)
            throws SQLException {
        Jdbc.update(connection, "INSERT INTO SBX_ISSUE_COMMENT (ISSUE_KEY, AT, AUTHOR, BODY) VALUES (?, ?, ?, ?)",
                key, at.toEpochMilli(), author, body);
    }

    public List<Comment> comments(String key) {
        return jdbc.query("SELECT * FROM SBX_ISSUE_COMMENT WHERE ISSUE_KEY = ? ORDER BY AT, ID",
                row -> new Comment(row.getLong("ID"), row.getString("ISSUE_KEY"),
                        Instant.ofEpochMilli(row.getLong("AT")), row.getString("AUTHOR"), row.getString("BODY")), key);
    }

    /** The change history, oldest first; field "created" marks the creation. */
    public List<Change> history(String key) {
        return jdbc.query("SELECT * FROM SBX_ISSUE_HISTORY WHERE ISSUE_KEY = ? ORDER BY AT, ID",
                row -> new Change(row.getLong("ID"), row.getString("ISSUE_KEY"), Instant.ofEpochMilli(row.getLong("AT")),
                        row.getString("AUTHOR"), row.getString("FIELD"), row.getString("FROM_VALUE"),
                        row.getString("TO_VALUE")), key);
    }

    public void recordChange(Connection connection, String key, Instant at, String author, String field,
                             String from, String to) throws SQLException {
        Jdbc.update(connection, "INSERT INTO SBX_ISSUE_HISTORY (ISSUE_KEY, AT, AUTHOR, FIELD, FROM_VALUE, TO_VALUE) "
                + "VALUES (?, ?, ?, ?, ?, ?)", key, at.toEpochMilli(), author, field, from, to);
    }

    // ---- internals --------------------------------------------------------------------------------------------

    private String nextKey(Connection connection, String projectKey) throws SQLException {
        List<Integer> next = Jdbc.query(connection,
                "SELECT NEXT_NUMBER FROM SBX_PROJECT WHERE PROJECT_KEY = ? FOR UPDATE", row -> row.getInt(1), projectKey);
        if (next.isEmpty()) {
            throw new ValidationException("project", "No project " + projectKey + ".");
        }
        Jdbc.update(connection, "UPDATE SBX_PROJECT SET NEXT_NUMBER = NEXT_NUMBER + 1 WHERE PROJECT_KEY = ?", projectKey);
        return projectKey + "-" + next.get(0);
    }

    private static void writeField(Connection connection, String key, String fieldId, List<String> values)
            throws SQLException {
        int position = 0;
        for (String value : values) {
            Jdbc.update(connection, "INSERT INTO SBX_ISSUE_FIELD (ISSUE_KEY, FIELD_ID, POSITION, FIELD_VALUE) VALUES (?, ?, ?, ?)",
                    key, fieldId, position++, Objects.requireNonNull(value, fieldId));
        }
    }

    private static void touch(Connection connection, String key, Instant at) throws SQLException {
        Jdbc.update(connection, "UPDATE SBX_ISSUE SET UPDATED_AT = ? WHERE ISSUE_KEY = ?", at.toEpochMilli(), key);
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }

    private static Issue read(Connection connection, ResultSet row) throws SQLException {
        String key = row.getString("ISSUE_KEY");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String[] field : Jdbc.query(connection,
                "SELECT FIELD_ID, FIELD_VALUE FROM SBX_ISSUE_FIELD WHERE ISSUE_KEY = ? ORDER BY FIELD_ID, POSITION",
                r -> new String[]{r.getString(1), r.getString(2)}, key)) {
            fields.computeIfAbsent(field[0], id -> new ArrayList<>()).add(field[1]);
        }
        Long resolved = Jdbc.longOrNull(row, "RESOLVED_AT");
        return new Issue(key, row.getString("PROJECT_KEY"), row.getString("ISSUE_TYPE"), row.getString("SUMMARY"),
                row.getString("DESCRIPTION"), row.getString("STATUS"), row.getString("RESOLUTION"),
                row.getString("PRIORITY"), row.getString("REPORTER"), row.getString("ASSIGNEE"),
                Instant.ofEpochMilli(row.getLong("CREATED_AT")), Instant.ofEpochMilli(row.getLong("UPDATED_AT")),
                resolved == null ? null : Instant.ofEpochMilli(resolved), fields);
    }
}
