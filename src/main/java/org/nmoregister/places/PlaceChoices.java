package org.nmoregister.places;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The point of contact's word on where a place an order names is, kept on the place (the order and the address as
 * written): the property they confirmed among the gazetteer's candidates, or "none of these", the postcode's centre.
 * Every use of the place's location (the markers, the breach check) goes through {@link #locate}, so a choice made
 * once holds everywhere, and a new wording of the address (a variation) is matched afresh.
 */
public interface PlaceChoices {

    /** Where the place is: as the point of contact chose, else as the gazetteer matches it. */
    Optional<PlaceLocation> locate(UUID orderId, String address);

    /** The choice made for this place of this order, if any. */
    Optional<Choice> choiceFor(UUID orderId, String address);

    /**
     * Records the point of contact's choice, replacing any earlier one. The caller (quality assurance) tells the
     * markers to follow.
     *
     * @param uprn the property chosen, one of {@link Gazetteer#candidates}; null for "none of these: use the
     *             postcode's centre"
     * @throws org.nmoregister.platform.InvalidRequestException (field {@code property}) when the property is not one
     *                                                          of the candidates, or the postcode's centre is not known
     */
    void choose(UUID forceId, UUID orderId, String address, Long uprn, String chosenBy);

    /** Moves the choices made for the order's places to the force the order was transferred to (issue 13). */
    void moveToForce(UUID orderId, UUID fromForceId, UUID toForceId);

    /** A choice: the property, or null for the postcode's centre; who made it and when. */
    record Choice(Long uprn, String chosenBy, Instant chosenAt) {
        public boolean postcodeCentre() {
            return uprn == null;
        }
    }
}
