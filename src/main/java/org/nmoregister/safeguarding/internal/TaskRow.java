package org.nmoregister.safeguarding.internal;

import java.time.Instant;
import java.util.UUID;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.TaskStatus;

/** A task as lists show it, with its district's code and name. */
public record TaskRow(UUID id, TaskKind kind, TaskStatus status, UUID orderId, int orderVersion, UUID districtId,
                      String districtCode, String districtName, String subject, Instant dueAt, Instant createdAt,
                      String assignedTo, Instant closedAt, String closedBy, String outcome, Instant escalatedAt) {

    /** Whether it is still to do and past its due time. */
    public boolean overdueAt(Instant now) {
        return status.outstanding() && now.isAfter(dueAt);
    }
}
