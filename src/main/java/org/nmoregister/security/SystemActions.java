package org.nmoregister.security;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Work the register does by itself (scheduled sweeps, event handlers) runs as a named system process inside one
 * force, so that force scoping and the access log apply to it exactly as to a person.
 */
public interface SystemActions {

    /**
     * Runs {@code work} as {@code system:<process>} in the force, with the given roles, and restores the caller's
     * identity afterwards.
     */
    <T> T runAs(UUID forceId, String process, Set<Role> roles, Supplier<T> work);
}
