package org.nmoregister.platform;

import java.util.List;

/**
 * A request that breaks a rule the domain states: answered 400 problem+json with every field and reason,
 * and nothing stored.
 */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid request" : errors.get(0).field() + ": " + errors.get(0).reason());
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String reason) {
        this(List.of(new FieldError(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String reason) {
    }
}
