/**
 * Who is using the register and what they may see: forces and their districts, users and their roles, sign-in
 * (local accounts for the embedded default, OIDC login and JWT bearer tokens in production) and the rule that
 * every user sees only their own force's data. {@link org.nmoregister.security.CurrentUsers} is the one place
 * other modules ask "who is this and which force are they in".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security: users, roles, forces")
package org.nmoregister.security;
