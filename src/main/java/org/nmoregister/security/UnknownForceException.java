package org.nmoregister.security;

/** A force code or id that the register does not know. */
public class UnknownForceException extends RuntimeException {
    public UnknownForceException(String force) {
        super("No force is registered as '" + force + "'");
    }
}
