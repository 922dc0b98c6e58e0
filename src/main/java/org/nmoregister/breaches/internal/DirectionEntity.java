package org.nmoregister.breaches.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "breach_direction")
class DirectionEntity {

    @Id
    UUID id;
    @Column(name = "report_id")
    UUID reportId;
    String reasons;
    String direction;
    @Column(name = "issued_at")
    Instant issuedAt;
    @Column(name = "issued_by")
    String issuedBy;
    @Column(name = "answered_at")
    Instant answeredAt;
    @Column(name = "answered_by")
    String answeredBy;
    String answer;

    protected DirectionEntity() {
    }

    DirectionEntity(UUID reportId, String reasons, String direction, Instant issuedAt, String issuedBy) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.reasons = reasons;
        this.direction = direction;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }
}
