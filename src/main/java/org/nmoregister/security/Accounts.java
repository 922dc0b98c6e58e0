package org.nmoregister.security;

import java.util.List;
import java.util.Set;

/** Setting up forces and local accounts (the demo profile, tests and administrators use it). */
public interface Accounts {

    /** Creates the force with its districts unless a force with this code exists; returns it either way. */
    Force ensureForce(String code, String name, List<String> districtNames);

    /** Creates a local account unless one with this username exists. The password is stored hashed. */
    void ensureUser(String username, String displayName, String forceCode, String rawPassword, Set<Role> roles);
}
