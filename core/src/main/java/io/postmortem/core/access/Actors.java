package io.postmortem.core.access;

import io.postmortem.core.people.People;
import io.postmortem.core.shared.NotAuthenticatedException;

/** Turns the current request's user into an {@link Actor}; every use case starts here. */
public final class Actors {
    private final CurrentUser currentUser;
    private final People people;
    private final Permissions permissions;

    public Actors(CurrentUser currentUser, People people, Permissions permissions) {
        this.currentUser = currentUser;
        this.people = people;
        this.permissions = permissions;
    }

    /** The logged-in actor; {@link NotAuthenticatedException} when nobody is logged in. */
    public Actor current() {
        String username = currentUser.username().orElseThrow(NotAuthenticatedException::new);
        return of(username);
    }

    public Actor of(String username) {
        return new Actor(username, people.groupsOf(username), permissions.isAdministrator(username));
    }
}
