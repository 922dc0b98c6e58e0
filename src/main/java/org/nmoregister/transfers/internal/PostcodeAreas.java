package org.nmoregister.transfers.internal;

import java.util.Map;
import java.util.Optional;
import org.nmoregister.places.Postcode;

/** Which force polices a postcode, from the reference table: its district (outward code) first, then its area. */
final class PostcodeAreas {

    private PostcodeAreas() {
    }

    static Optional<String> forceCode(Postcode postcode, Map<String, String> table) {
        String byDistrict = table.get(postcode.district());
        return Optional.ofNullable(byDistrict != null ? byDistrict : table.get(postcode.area()));
    }
}
