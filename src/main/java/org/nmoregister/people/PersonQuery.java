package org.nmoregister.people;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a call-handler knows: a name as heard, in any order and completeness, and perhaps a date of birth.
 *
 * @param limit the most matches to return
 */
public record PersonQuery(String name, LocalDate dateOfBirth, int limit) {

    public static final int DEFAULT_LIMIT = 10;

    public PersonQuery {
        Objects.requireNonNull(name, "name");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    public PersonQuery(String name, LocalDate dateOfBirth) {
        this(name, dateOfBirth, DEFAULT_LIMIT);
    }

    public static PersonQuery name(String name) {
        return new PersonQuery(name, null, DEFAULT_LIMIT);
    }
}
