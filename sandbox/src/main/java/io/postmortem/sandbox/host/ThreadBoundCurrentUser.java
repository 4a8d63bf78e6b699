package io.postmortem.sandbox.host;

import io.postmortem.core.access.CurrentUser;

import java.util.Optional;
import java.util.function.Supplier;

/** The user the authentication filter found for the request this thread is serving. */
public final class ThreadBoundCurrentUser implements CurrentUser {
    private final ThreadLocal<String> user = new ThreadLocal<>();

    @Override
    public Optional<String> username() {
        return Optional.ofNullable(user.get());
    }

    public void bind(String username) {
        user.set(username);
    }

    public void clear() {
        user.remove();
    }

    /** Runs work as someone (demo seeding, tests), restoring whoever was bound before. */
    public <T> T as(String username, Supplier<T> work) {
        String previous = user.get();
        user.set(username);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                user.remove();
            } else {
                user.set(previous);
            }
        }
    }
}
