package org.nmoregister.platform;

/** A request that cannot be carried out in the record's current state (409). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
