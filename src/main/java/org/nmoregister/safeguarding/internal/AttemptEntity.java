package org.nmoregister.safeguarding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.nmoregister.safeguarding.rules.AttemptOutcome;
import org.nmoregister.safeguarding.rules.ContactRoute;

/** One attempt to reach a victim. */
@Entity
@Table(name = "safeguarding_contact_attempt")
class AttemptEntity {
    @Id
    UUID id;
    @Column(name = "task_id")
    UUID taskId;
    @Column(name = "attempted_at")
    Instant attemptedAt;
    @Enumerated(EnumType.STRING)
    ContactRoute method;
    @Enumerated(EnumType.STRING)
    AttemptOutcome outcome;
    String note;
    @Column(name = "recorded_by")
    String recordedBy;
    @Column(name = "recorded_at")
    Instant recordedAt;

    protected AttemptEntity() {
    }

    AttemptEntity(UUID taskId, Instant attemptedAt, ContactRoute method, AttemptOutcome outcome, String note,
                  String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.attemptedAt = attemptedAt;
        this.method = method;
        this.outcome = outcome;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
