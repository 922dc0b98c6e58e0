package org.nmoregister.transfers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A request to transfer a case to another force, and what became of it. */
@Entity
@Table(name = "order_transfer")
class TransferEntity {
    @Id
    UUID id;
    @Column(name = "order_id")
    UUID orderId;
    @Column(name = "from_force_id")
    UUID fromForceId;
    @Column(name = "to_force_id")
    UUID toForceId;
    @Enumerated(EnumType.STRING)
    TransferReason reason;
    String note;
    @Enumerated(EnumType.STRING)
    TransferStatus status;
    @Column(name = "requested_at")
    Instant requestedAt;
    @Column(name = "requested_by")
    String requestedBy;
    String reference;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Column(name = "decided_by")
    String decidedBy;
    @Column(name = "decision_reason")
    String decisionReason;
    @Column(name = "escalated_at")
    Instant escalatedAt;
    @Version
    @Column(name = "lock_version")
    long lockVersion;

    protected TransferEntity() {
    }

    TransferEntity(UUID orderId, UUID fromForceId, UUID toForceId, TransferReason reason, String note,
                   Instant requestedAt, String requestedBy, String reference) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.fromForceId = fromForceId;
        this.toForceId = toForceId;
        this.reason = reason;
        this.note = note;
        this.status = TransferStatus.PENDING;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.reference = reference;
    }
}
