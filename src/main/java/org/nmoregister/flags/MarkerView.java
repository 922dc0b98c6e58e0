package org.nmoregister.flags;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A marker as pages, the API and the lookup see it. */
public record MarkerView(UUID id, UUID forceId, UUID orderId, int orderVersion, MarkerKind kind, String personName,
                         LocalDate dateOfBirth, List<String> aliases, String partyRole, String placeKind,
                         String address, String postcode, Integer radiusMetres, boolean confidential,
                         Instant raisedAt, Instant expiresAt, Instant withdrawnAt, Withdrawal withdrawal) {

    /** Active at {@code at}: raised by then, not withdrawn, and the order not yet ended. */
    public boolean activeAt(Instant at) {
        return !raisedAt.isAfter(at) && (withdrawnAt == null || withdrawnAt.isAfter(at))
                && (expiresAt == null || expiresAt.isAfter(at));
    }
}
