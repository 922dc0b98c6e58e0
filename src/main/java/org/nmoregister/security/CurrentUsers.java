package org.nmoregister.security;

import java.util.Optional;

/**
 * Who is making this request. The one place that turns a local sign-in, an OIDC login or a JWT bearer token into
 * a {@link CurrentUser} with a force, so that force scoping is decided here and nowhere else.
 */
public interface CurrentUsers {

    /** The signed-in user; throws when there is none (every non-public endpoint requires one). */
    CurrentUser require();

    Optional<CurrentUser> current();
}
