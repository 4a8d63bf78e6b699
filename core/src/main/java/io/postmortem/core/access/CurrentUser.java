package io.postmortem.core.access;

import java.util.Optional;

/** Who is making the current request, if anyone is logged in. */
public interface CurrentUser {

    Optional<String> username();
}
