package org.nmoregister.risk.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.nmoregister.risk.RiskLevel;

@Entity
@Table(name = "risk_assessment")
class RiskAssessmentEntity {
    @Id
    UUID id;
    @Column(name = "force_id")
    UUID forceId;
    @Column(name = "source_type")
    String sourceType;
    @Column(name = "source_id")
    UUID sourceId;
    @Column(name = "order_id")
    UUID orderId;
    @Column(name = "victim_name")
    String victimName;
    String reason;
    @Column(name = "earlier_breaches")
    int earlierBreaches;
    @Column(name = "question_set")
    String questionSet;
    @Column(name = "question_set_version")
    String questionSetVersion;
    @Column(name = "opened_at")
    Instant openedAt;
    @Column(name = "opened_by")
    String openedBy;
    @Column(name = "completed_at")
    Instant completedAt;
    @Column(name = "completed_by")
    String completedBy;
    @JdbcTypeCode(SqlTypes.JSON)
    String answers;
    Integer score;
    @Enumerated(EnumType.STRING)
    @Column(name = "computed_level")
    RiskLevel computedLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "override_level")
    RiskLevel overrideLevel;
    @Column(name = "override_reason")
    String overrideReason;
    @Enumerated(EnumType.STRING)
    RiskLevel level;
    @JdbcTypeCode(SqlTypes.JSON)
    String reasons;
    @Column(name = "potential_escalation")
    boolean potentialEscalation;
    @Column(name = "marac_required")
    boolean maracRequired;
    @Column(name = "marac_referred_at")
    Instant maracReferredAt;
    @Column(name = "marac_referred_by")
    String maracReferredBy;
    @Column(name = "marac_note")
    String maracNote;
    boolean escalated;
    @Column(name = "safety_plan_reviewed_at")
    Instant safetyPlanReviewedAt;
    @Column(name = "safety_plan_reviewed_by")
    String safetyPlanReviewedBy;
    @Column(name = "safety_plan_note")
    String safetyPlanNote;
    @Version
    @Column(name = "lock_version")
    long lockVersion;

    protected RiskAssessmentEntity() {
    }
}
