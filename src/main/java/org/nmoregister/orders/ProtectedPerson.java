package org.nmoregister.orders;

import java.time.LocalDate;
import java.util.List;

/** The applicant, another person the order protects, or a relevant child. */
public record ProtectedPerson(String name, LocalDate dateOfBirth, List<String> aliases, List<Address> addresses,
                              List<ContactDetail> contacts) {

    public ProtectedPerson {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    public static ProtectedPerson named(String name, LocalDate dateOfBirth) {
        return new ProtectedPerson(name, dateOfBirth, List.of(), List.of(), List.of());
    }
}
