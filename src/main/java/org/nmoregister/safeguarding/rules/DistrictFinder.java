package org.nmoregister.safeguarding.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nmoregister.places.Postcode;

/**
 * Which district a postcode is in, from the areas each district covers. A sector ({@code LS6 2}) is more precise than
 * its postcode district ({@code LS6}), so where a force splits an outward code between neighbourhoods the sector's
 * district wins; otherwise the outward code's district. A postcode in no covered area, a missing postcode and text
 * that is not a postcode are in no district: then the point of contact chooses one.
 *
 * @param <D> how the caller names a district (its id, its code)
 */
public final class DistrictFinder<D> {

    private final Map<String, D> byArea = new HashMap<>();

    /** @param coverage each covered area with its district; an area listed twice keeps its last district */
    public DistrictFinder(Map<CoverageArea, D> coverage) {
        coverage.forEach((area, district) -> byArea.put(area.toString(), Objects.requireNonNull(district)));
    }

    /** The district of the postcode written in {@code postcode} (any case or spacing), or empty. */
    public Optional<D> find(String postcode) {
        return Postcode.parse(postcode).flatMap(this::find);
    }

    public Optional<D> find(Postcode postcode) {
        D bySector = byArea.get(postcode.sector());
        if (bySector != null) {
            return Optional.of(bySector);
        }
        return Optional.ofNullable(byArea.get(postcode.outward()));
    }

    /** The district of the first postcode, in the order given, that is in one; empty when none is. */
    public Optional<D> first(Collection<String> postcodes) {
        for (String postcode : postcodes) {
            Optional<D> found = find(postcode);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
