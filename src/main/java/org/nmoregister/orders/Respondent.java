package org.nmoregister.orders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.nmoregister.platform.DateWindow;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The person the order is made against, with what officers need to find and approach them safely. */
public record Respondent(@Size(max = 200) String name, @DateWindow(DateWindow.Kind.BIRTH) LocalDate dateOfBirth,
                         @Size(max = 50) List<@Size(max = 200) String> aliases,
                         @Size(max = 50) List<@Valid Address> addresses,
                         @Size(max = 50) List<@Valid ContactDetail> contacts, @Size(max = 2000) String description,
                         @Size(max = 50) List<@Size(max = 200) String> vehicles, @Valid OfficerSafety officerSafety) {

    public Respondent {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        officerSafety = officerSafety == null ? OfficerSafety.NONE : officerSafety;
    }

    /** The bailiff-safety answers of form D89, which officers need before they knock on the door. */
    public record OfficerSafety(Set<Warning> warnings, @Size(max = 2000) String notes) {
        public static final OfficerSafety NONE = new OfficerSafety(Set.of(), null);

        public OfficerSafety {
            warnings = warnings == null ? Set.of() : Set.copyOf(warnings);
        }

        public enum Warning {
            VIOLENCE, THREATS, POLICE_INVOLVEMENT, SOCIAL_SERVICES_INVOLVEMENT, DOGS, MENTAL_HEALTH, DRUGS,
            ALCOHOL, FIREARMS, OTHER_WEAPONS
        }
    }
}
