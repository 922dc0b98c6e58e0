package org.nmoregister.quality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.nmoregister.quality.QualityStatus;

@Entity
@Table(name = "quality_review")
@IdClass(QualityReviewEntity.Key.class)
class QualityReviewEntity {
    @Id
    @Column(name = "order_id")
    UUID orderId;
    @Id
    int version;
    @Column(name = "force_id")
    UUID forceId;
    @Enumerated(EnumType.STRING)
    QualityStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    String findings;
    @Column(name = "error_count")
    int errorCount;
    @Column(name = "assured_by")
    String assuredBy;
    @Column(name = "assured_at")
    Instant assuredAt;
    @Column(name = "override_reason")
    String overrideReason;
    @Column(name = "created_at")
    Instant createdAt;
    @Version
    @Column(name = "lock_version")
    long lockVersion;

    protected QualityReviewEntity() {
    }

    QualityReviewEntity(UUID orderId, int version, UUID forceId, Instant createdAt) {
        this.orderId = orderId;
        this.version = version;
        this.forceId = forceId;
        this.createdAt = createdAt;
        this.status = QualityStatus.PENDING_QA;
        this.findings = "[]";
    }

    record Key(UUID orderId, int version) implements Serializable {
        Key() {
            this(null, 0);
        }
    }
}
