package org.nmoregister.safeguarding.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.nmoregister.safeguarding.TaskKind;

/**
 * A task to make once.
 *
 * @param dedupeKey  what makes it one of a kind for its order, e.g. {@code v3:LS-NORTH} for the briefing of version 3
 *                   to a district; never a name or an address (it is not masked)
 * @param districtId the district whose team does it; null for the force's safeguarding unit
 * @param subject    who it is about, as the team needs to see it; never a confidential detail
 */
record NewTask(UUID forceId, UUID orderId, int orderVersion, TaskKind kind, String dedupeKey, UUID districtId,
               String subject, Instant dueAt) {

    NewTask {
        Objects.requireNonNull(forceId, "forceId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        if (dedupeKey == null || dedupeKey.isBlank() || dedupeKey.length() > 200) {
            throw new IllegalArgumentException("a task's key is 1 to 200 characters");
        }
        if (subject != null && subject.length() > 200) {
            subject = subject.substring(0, 200);
        }
    }
}
