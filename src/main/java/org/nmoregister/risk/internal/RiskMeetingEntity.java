package org.nmoregister.risk.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "risk_meeting")
class RiskMeetingEntity {
    @Id
    UUID id;
    @Column(name = "force_id")
    UUID forceId;
    @Column(name = "held_at")
    Instant heldAt;
    String chair;
    @Column(name = "covers_from")
    Instant coversFrom;
    @Column(name = "covers_to")
    Instant coversTo;
    @Column(name = "recorded_by")
    String recordedBy;
    String notes;

    protected RiskMeetingEntity() {
    }

    RiskMeetingEntity(UUID id, UUID forceId, Instant heldAt, String chair, Instant coversFrom, Instant coversTo,
                      String recordedBy, String notes) {
        this.id = id;
        this.forceId = forceId;
        this.heldAt = heldAt;
        this.chair = chair;
        this.coversFrom = coversFrom;
        this.coversTo = coversTo;
        this.recordedBy = recordedBy;
        this.notes = notes;
    }
}
