package org.nmoregister.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The person the order is made against, with what officers need to find and approach them safely. */
public record Respondent(String name, LocalDate dateOfBirth, List<String> aliases, List<Address> addresses,
                         List<ContactDetail> contacts, String description, List<String> vehicles,
                         OfficerSafety officerSafety) {

    public Respondent {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        officerSafety = officerSafety == null ? OfficerSafety.NONE : officerSafety;
    }

    /** The bailiff-safety answers of form D89, which officers need before they knock on the door. */
    public record OfficerSafety(Set<Warning> warnings, String notes) {
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
