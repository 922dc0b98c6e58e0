package org.nmoregister.flags.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.nmoregister.flags.MarkerKind;

/** A marker an order version calls for; {@link #key()} says whether an existing marker already is it. */
record DesiredMarker(MarkerKind kind, String personName, LocalDate dateOfBirth, List<String> aliases,
                     String partyRole, String placeKind, String address, String postcode, Integer radiusMetres,
                     boolean confidential) {

    String key() {
        String text = switch (kind) {
            case SUBJECT, PROTECTED_PERSON -> kind + "|" + partyRole + "|" + norm(personName) + "|" + dateOfBirth
                    + "|" + String.join(";", aliases.stream().map(DesiredMarker::norm).sorted().toList());
            case PROTECTED_PLACE -> kind + "|" + placeKind + "|" + norm(address) + "|" + radiusMetres;
            case LOCATION_OF_INTEREST -> kind + "|" + norm(personName) + "|" + norm(address);
        };
        return text.length() > 400 ? text.substring(0, 400) : text;
    }

    private static String norm(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
