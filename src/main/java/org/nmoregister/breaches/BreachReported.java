package org.nmoregister.breaches;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A breach was reported and its incidents checked. Published once per report, after it is stored; it carries what a
 * listener needs (the risk module opens a DASH assessment from it), so no listener reads the breach back or acts as
 * the reporting user.
 *
 * @param forceId         the force that recorded it
 * @param reportedBy      the user who recorded it
 * @param orderId         the order it was reported against, or null when none was found
 * @param protectedPerson the person the order protects, as recorded
 * @param conduct         what the respondent did, one entry per kind of conduct ("contact", "approach")
 * @param earlierBreaches how many breaches of the same order were reported in the repeat window before this one
 */
public record BreachReported(UUID reportId, String reference, UUID forceId, String reportedBy, UUID orderId,
                             Instant reportedAt, String protectedPerson, List<String> conduct, int earlierBreaches) {

    public BreachReported {
        conduct = List.copyOf(conduct);
    }
}
