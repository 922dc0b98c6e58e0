package org.nmoregister.lookup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.OrderType;

/**
 * What another force's user may learn of an order held by a force that shares with theirs (the national existence
 * check): that it exists, what kind, whether it binds now, its dates and service, the key restrictions in a few words
 * (places by their kind and postcode district only), the respondent's officer-safety warnings, and whom to call.
 * Never an address, a confidential (C8) detail, another party's details or the full terms: for more, the user asks
 * the owning force.
 *
 * @param force            the owning force's code
 * @param forceName        the owning force's name
 * @param contactTelephone the owning force's 24/7 control-room telephone for its orders (null when it gave none)
 * @param reference        the owning force's reference for the order (the court's case number)
 * @param restrictions     the key restrictions in a few words
 * @param officerSafety    the respondent's officer-safety warnings (D89), by name; never the free-text notes
 * @param checked          the owning force has quality-assured the order
 * @param checkLabel       what a call-handler is told of an order not yet checked (null once it is)
 * @param heldByAnotherForce always true (the API's promise, in the JSON)
 */
public record OtherForceCard(UUID id, String force, String forceName, String contactTelephone, String reference,
                             OrderType orderType, OrderStatus status, String banner, Instant madeAt, Instant endsAt,
                             String service, List<String> restrictions, List<String> officerSafety, boolean checked,
                             String checkLabel, boolean heldByAnotherForce) {

    /** Always held by another force: the JSON says so in the field the API promises. */
    public OtherForceCard {
        heldByAnotherForce = true;
    }
}
