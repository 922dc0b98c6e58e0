package org.nmoregister.places;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the gazetteer knows of a postcode.
 *
 * @param coordinates       the postcode's centroid; null when the directory gives no location (its 99.999999
 *                          sentinel, e.g. for some new or large-user postcodes)
 * @param policeForceArea   the ONS code of the police force area (E23000007 ...); null when none is given
 * @param localAuthority    the ONS code of the local authority district (E08000035 ...); null when none
 * @param introduced        the first day of the month the postcode was introduced, when known
 * @param terminated        the first day of the month it was terminated; null while it is live. Terminated
 *                          postcodes are kept because old court papers still use them.
 */
public record Located(Postcode postcode, Coordinates coordinates, String policeForceArea, String localAuthority,
                      LocalDate introduced, LocalDate terminated) {

    public Optional<Coordinates> location() {
        return Optional.ofNullable(coordinates);
    }

    public boolean isTerminated() {
        return terminated != null;
    }
}
