package org.nmoregister.flags.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "marker_export")
class MarkerExportEntity {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String ACKNOWLEDGED = "ACKNOWLEDGED";

    @Id
    UUID id;
    @Column(name = "marker_id")
    UUID markerId;
    String target;
    String change;
    @JdbcTypeCode(SqlTypes.JSON)
    String payload;
    String status;
    int attempts;
    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;
    @Column(name = "sent_at")
    Instant sentAt;
    @Column(name = "acknowledged_at")
    Instant acknowledgedAt;
    String acknowledgement;
    @Column(name = "last_error")
    String lastError;
    @Column(name = "created_at")
    Instant createdAt;

    protected MarkerExportEntity() {
    }

    MarkerExportEntity(UUID markerId, String target, String change, String payload, Instant now) {
        this.id = UUID.randomUUID();
        this.markerId = markerId;
        this.target = target;
        this.change = change;
        this.payload = payload;
        this.status = PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }
}
