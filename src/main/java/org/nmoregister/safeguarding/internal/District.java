package org.nmoregister.safeguarding.internal;

import java.util.List;
import java.util.UUID;

/**
 * A district (neighbourhood policing area) of a force with the postcode areas it covers.
 *
 * @param areas the postcode districts and sectors it covers, in order ({@code LS6}, {@code LS6 2})
 */
public record District(UUID id, UUID forceId, String code, String name, String teamEmail, String supervisorEmail,
                       List<String> areas) {

    /** The postcode districts (outward codes) it covers wholly. */
    public List<String> postcodeDistricts() {
        return areas.stream().filter(a -> !a.contains(" ")).toList();
    }

    /** The sectors it covers within outward codes it shares with other districts. */
    public List<String> sectors() {
        return areas.stream().filter(a -> a.contains(" ")).toList();
    }
}
