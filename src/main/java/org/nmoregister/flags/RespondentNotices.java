package org.nmoregister.flags;

import java.util.UUID;

/**
 * Markers on an order's respondent in a force told of the order because he lives in its area (issue 13, part 4).
 * Called by whoever gives the existence notice (the transfers module), in the transaction that gives or withdraws it;
 * flags knows nothing of sharing or postcode areas. The marker mirrors the owning force's own subject marker (the
 * quality-assured version's name, date of birth and end), so it is raised only once the order has been assured, and
 * it carries no address and no C8 detail. It belongs to the owning force's order: the told force cannot change or
 * withdraw it.
 */
public interface RespondentNotices {

    /**
     * The force {@code toldForceId} has been told (again) of the order: keeps a marker on the respondent there,
     * labelled with the owning force, its 24/7 telephone and reference; a change of any of these replaces it.
     *
     * @param area the respondent's postcode district in the told force's area (never an address)
     */
    void given(UUID orderId, UUID owningForceId, UUID toldForceId, String area, String contactTelephone,
               String reference, String orderType);

    /** The notice is withdrawn: the marker is withdrawn for {@code why} and the withdrawal exported. */
    void withdrawn(UUID orderId, UUID toldForceId, Withdrawal why);
}
