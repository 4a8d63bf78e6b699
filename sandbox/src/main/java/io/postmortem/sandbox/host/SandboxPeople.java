package io.postmortem.sandbox.host;

import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;
import io.postmortem.sandbox.db.Jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The sandbox's user directory: users and group memberships in its own tables. Password = user name. */
public final class SandboxPeople implements People {
    private final Jdbc jdbc;

    public SandboxPeople(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Person> person(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.queryOne("SELECT * FROM SBX_USER WHERE USERNAME = ?", SandboxPeople::person, username);
    }

    @Override
    public Set<String> groupsOf(String username) {
        return new LinkedHashSet<>(jdbc.query(
                "SELECT GROUP_NAME FROM SBX_MEMBERSHIP WHERE USERNAME = ? ORDER BY GROUP_NAME",
                row -> row.getString(1), username));
    }

    @Override
    public List<String> membersOf(String group) {
        return jdbc.query("SELECT M.USERNAME FROM SBX_MEMBERSHIP M JOIN SBX_USER U ON U.USERNAME = M.USERNAME "
                + "WHERE M.GROUP_NAME = ? ORDER BY U.POSITION", row -> row.getString(1), group);
    }

    @Override
    public boolean groupExists(String group) {
        return jdbc.queryOne("SELECT 1 FROM SBX_GROUP WHERE GROUP_NAME = ?", row -> 1, group).isPresent();
    }

    @Override
    public List<Person> everyone() {
        return jdbc.query("SELECT * FROM SBX_USER ORDER BY POSITION", SandboxPeople::person);
    }

    /** Whether these credentials log someone in: the user exists and the password is the user name. */
    public boolean authenticates(String username, String password) {
        return username != null && username.equals(password) && person(username).isPresent();
    }

    public void addUser(Connection connection, Person person, boolean administrator, int position)
            throws SQLException {
        Jdbc.update(connection, "INSERT INTO SBX_USER (USERNAME, DISPLAY_NAME, EMAIL, TIME_ZONE, ADMINISTRATOR, POSITION)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", person.username(), person.displayName(), person.email(),
                person.timeZone().getId(), administrator, position);
    }

    public void addGroup(Connection connection, String group) throws SQLException {
        Jdbc.insertIfAbsent(connection, "SBX_GROUP", List.of("GROUP_NAME"), group);
    }

    public void addMember(Connection connection, String group, String username) throws SQLException {
        addGroup(connection, group);
        Jdbc.insertIfAbsent(connection, "SBX_MEMBERSHIP", List.of("GROUP_NAME", "USERNAME"), group, username);
    }

    private static Person person(ResultSet row) throws SQLException {
        return new Person(row.getString("USERNAME"), row.getString("DISPLAY_NAME"), row.getString("EMAIL"),
                ZoneId.of(row.getString("TIME_ZONE")));
    }
}
