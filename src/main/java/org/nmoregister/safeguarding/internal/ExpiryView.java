package org.nmoregister.safeguarding.internal;

import java.time.Instant;
import java.util.UUID;
import org.nmoregister.safeguarding.TaskStatus;

/**
 * An expiry-planning task as its page and the task API's {@code detail} show it: the order, the end planned for, when
 * the decision is due, and the decision once recorded. No confidential detail: the subject is the applicant's name.
 */
public record ExpiryView(UUID taskId, UUID orderId, String court, String caseNumber, String orderType,
                         String subject, Instant end, Instant dueAt, TaskStatus status, String outcome,
                         Decided decision) {

    /** The decision recorded, who recorded it and when. */
    public record Decided(ExpiryDecision decision, String note, String decidedBy, Instant decidedAt) {
    }
}
