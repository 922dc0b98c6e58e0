package org.nmoregister.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person as the index knows them: the names they are recorded under and their date of birth. The payload is
 * whatever the caller needs back with a match (for the lookup, the order and the person's role in it); the index
 * never looks inside it.
 *
 * @param id          unique within one index; adding a record with an existing id replaces it
 * @param payload     returned untouched with every match
 * @param name        the name as recorded, e.g. "John Paul Smith-Jones" or "SMITH-JONES, John Paul"
 * @param aliases     other names the person is known by
 * @param dateOfBirth may be null when it is not known
 */
public record PersonRecord<T>(String id, T payload, String name, List<String> aliases, LocalDate dateOfBirth) {

    public PersonRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static <T> PersonRecord<T> of(String id, T payload, String name, LocalDate dateOfBirth) {
        return new PersonRecord<>(id, payload, name, List.of(), dateOfBirth);
    }
}
