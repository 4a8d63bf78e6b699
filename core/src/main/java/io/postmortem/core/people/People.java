package io.postmortem.core.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The user directory: who exists, their groups, and who is in a group. */
public interface People {

    Optional<Person> person(String username);

    Set<String> groupsOf(String username);

    /** User names of the group's members, in a stable order; empty for an unknown group. */
    List<String> membersOf(String group);

    boolean groupExists(String group);

    /** Every active user; the blameless review recognises their names. */
    List<Person> everyone();

    /** The user names and display names of everyone: postmortems mention people either way. */
    default Set<String> names() {
        Set<String> names = new java.util.HashSet<>();
        for (Person person : everyone()) {
            if (person.username() != null) {
                names.add(person.username());
            }
            if (person.displayName() != null) {
                names.add(person.displayName());
            }
        }
        return names;
    }
}
