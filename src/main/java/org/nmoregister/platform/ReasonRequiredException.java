package org.nmoregister.platform;

/**
 * Reading a record the user does not own needs a stated reason (an incident or log number) for the access log.
 */
public class ReasonRequiredException extends RuntimeException {
    public ReasonRequiredException(String message) {
        super(message);
    }
}
