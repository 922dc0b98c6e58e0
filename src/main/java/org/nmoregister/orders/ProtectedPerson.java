package org.nmoregister.orders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.nmoregister.platform.DateWindow;

import java.time.LocalDate;
import java.util.List;

/** The applicant, another person the order protects, or a relevant child. */
public record ProtectedPerson(@Size(max = 200) String name, @DateWindow(DateWindow.Kind.BIRTH) LocalDate dateOfBirth,
                              @Size(max = 50) List<@Size(max = 200) String> aliases,
                              @Size(max = 50) List<@Valid Address> addresses,
                              @Size(max = 50) List<@Valid ContactDetail> contacts) {

    public ProtectedPerson {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    public static ProtectedPerson named(String name, LocalDate dateOfBirth) {
        return new ProtectedPerson(name, dateOfBirth, List.of(), List.of(), List.of());
    }
}
