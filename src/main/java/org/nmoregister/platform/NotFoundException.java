package org.nmoregister.platform;

/**
 * A record that does not exist or that belongs to another force. Both answer 404, so that one force cannot learn
 * what another holds.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what);
    }
}
