package org.nmoregister.risk.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.nmoregister.risk.RiskLevel;

/** What a completed assessment said before a correction, and who corrected it, when and why. Never changed. */
@Entity
@Table(name = "risk_assessment_correction")
class RiskAssessmentCorrectionEntity {
    @Id
    UUID id;
    @Column(name = "assessment_id")
    UUID assessmentId;
    @Column(name = "force_id")
    UUID forceId;
    @Column(name = "corrected_at")
    Instant correctedAt;
    @Column(name = "corrected_by")
    String correctedBy;
    String reason;
    @Column(name = "previous_answers")
    @JdbcTypeCode(SqlTypes.JSON)
    String previousAnswers;
    @Column(name = "previous_score")
    int previousScore;
    @Column(name = "previous_level")
    @Enumerated(EnumType.STRING)
    RiskLevel previousLevel;
    @Column(name = "previous_override_level")
    @Enumerated(EnumType.STRING)
    RiskLevel previousOverrideLevel;
    @Column(name = "previous_override_reason")
    String previousOverrideReason;
    @Column(name = "new_score")
    int newScore;
    @Column(name = "new_level")
    @Enumerated(EnumType.STRING)
    RiskLevel newLevel;

    protected RiskAssessmentCorrectionEntity() {
    }

    RiskAssessmentCorrectionEntity(UUID assessmentId, UUID forceId, Instant correctedAt, String correctedBy,
                                   String reason) {
        this.id = UUID.randomUUID();
        this.assessmentId = assessmentId;
        this.forceId = forceId;
        this.correctedAt = correctedAt;
        this.correctedBy = correctedBy;
        this.reason = reason;
    }
}
