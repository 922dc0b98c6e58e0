package org.nmoregister.quality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "order_watch")
class OrderWatchEntity {
    @Id
    @Column(name = "order_id")
    UUID orderId;
    @Column(name = "force_id")
    UUID forceId;
    String court;
    @Column(name = "case_number")
    String caseNumber;
    @Column(name = "latest_version")
    int latestVersion;
    @Column(name = "made_at")
    Instant madeAt;
    @Column(name = "return_hearing_at")
    Instant returnHearingAt;
    @Column(name = "ends_at")
    Instant endsAt;
    boolean served;
    @Column(name = "latest_change_at")
    Instant latestChangeAt;

    protected OrderWatchEntity() {
    }

    OrderWatchEntity(UUID orderId, UUID forceId) {
        this.orderId = orderId;
        this.forceId = forceId;
    }
}
