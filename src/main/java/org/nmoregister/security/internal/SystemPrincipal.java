package org.nmoregister.security.internal;

import java.util.Set;
import java.util.UUID;
import org.nmoregister.security.Role;

/** The identity of a system process acting inside one force. */
record SystemPrincipal(String name, UUID forceId, String forceCode, Set<Role> roles) {
}
