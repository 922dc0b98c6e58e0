package org.nmoregister.quality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.nmoregister.quality.LiaisonKind;

@Entity
@Table(name = "liaison_request")
class LiaisonRequestEntity {

    enum Status { OPEN, ANSWERED, WITHDRAWN }

    @Id
    UUID id;
    @Column(name = "force_id")
    UUID forceId;
    @Column(name = "order_id")
    UUID orderId;
    @Column(name = "order_version")
    int orderVersion;
    @Column(name = "court_id")
    UUID courtId;
    @Enumerated(EnumType.STRING)
    LiaisonKind kind;
    @Enumerated(EnumType.STRING)
    Status status;
    String subject;
    String body;
    @Column(name = "raised_by")
    String raisedBy;
    @Column(name = "raised_at")
    Instant raisedAt;
    @Column(name = "sent_to")
    String sentTo;
    @Column(name = "due_at")
    Instant dueAt;
    @Column(name = "reminders_sent")
    int remindersSent;
    @Column(name = "last_reminder_at")
    Instant lastReminderAt;
    String response;
    @Column(name = "responded_by")
    String respondedBy;
    @Column(name = "responded_at")
    Instant respondedAt;
    @Version
    @Column(name = "lock_version")
    long lockVersion;

    protected LiaisonRequestEntity() {
    }

    LiaisonRequestEntity(UUID forceId, UUID orderId, int orderVersion, UUID courtId, LiaisonKind kind,
                         String subject, String body, String raisedBy, Instant raisedAt, Instant dueAt) {
        this.id = UUID.randomUUID();
        this.forceId = forceId;
        this.orderId = orderId;
        this.orderVersion = orderVersion;
        this.courtId = courtId;
        this.kind = kind;
        this.status = Status.OPEN;
        this.subject = subject;
        this.body = body;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.dueAt = dueAt;
    }
}
