package org.nmoregister.risk.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "risk_meeting_action")
class RiskMeetingActionEntity {
    @Id
    UUID id;
    @Column(name = "meeting_id")
    UUID meetingId;
    int position;
    String section;
    @Column(name = "item_reference")
    String itemReference;
    @Column(name = "item_summary")
    String itemSummary;
    @Column(name = "action_text")
    String actionText;
    String owner;
    LocalDate due;
    @Column(name = "done_at")
    Instant doneAt;
    @Column(name = "done_by")
    String doneBy;
    @Version
    @Column(name = "lock_version")
    long lockVersion;

    protected RiskMeetingActionEntity() {
    }

    RiskMeetingActionEntity(UUID id, UUID meetingId, int position, String section, String itemReference,
                            String itemSummary, String actionText, String owner, LocalDate due) {
        this.id = id;
        this.meetingId = meetingId;
        this.position = position;
        this.section = section;
        this.itemReference = itemReference;
        this.itemSummary = itemSummary;
        this.actionText = actionText;
        this.owner = owner;
        this.due = due;
    }
}
