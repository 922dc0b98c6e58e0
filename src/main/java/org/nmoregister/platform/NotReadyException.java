package org.nmoregister.platform;

/**
 * A part of the register that cannot answer yet, because it is still loading after a restart (503, with a
 * {@code Retry-After}). Thrown rather than answering from what has been loaded so far: half a control-room lookup
 * would say "no order found" for an order not yet read.
 */
public class NotReadyException extends RuntimeException {

    private final int retryAfterSeconds;

    public NotReadyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
