package io.postmortem.core.access;

import io.postmortem.core.people.People;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotAuthenticatedException;

/** Turns the current request's user into an {@link Actor}; every use case starts here. */
public final class Actors {
    private final CurrentUser currentUser;
    private final People people;
    private final Permissions permissions;
    /** Where the product's work lives (the postmortem project, the teams' projects); null: logged in is enough. */
    private final ReaderProjects readerProjects;

    public Actors(CurrentUser currentUser, People people, Permissions permissions) {
        this(currentUser, people, permissions, null);
    }

    public Actors(CurrentUser currentUser, People people, Permissions permissions, ReaderProjects readerProjects) {
        this.currentUser = currentUser;
        this.people = people;
        this.permissions = permissions;
        this.readerProjects = readerProjects;
    }

    /** The logged-in actor; {@link NotAuthenticatedException} when nobody is logged in. */
    public Actor current() {
        String username = currentUser.username().orElseThrow(NotAuthenticatedException::new);
        return of(username);
    }

    /**
     * The logged-in actor, if they may see any of the product's work at all: browse the postmortem project or one
     * team's project (administrators always). Anybody else (an outsider of the organisation) gets
     * {@link ForbiddenException} from every list and lookup, the same 403 the single items already answer, instead
     * of empty lists that reveal the endpoint works for others.
     */
    public Actor reader() {
        Actor actor = current();
        if (readerProjects == null || actor.administrator()) {
            return actor;
        }
        for (String project : readerProjects.keys()) {
            if (permissions.canBrowseProject(actor.username(), project)) {
                return actor;
            }
        }
        throw new ForbiddenException("You do not have permission to browse the projects that hold postmortems and actions.");
    }

    public Actor of(String username) {
        return new Actor(username, people.groupsOf(username), permissions.isAdministrator(username));
    }
}
