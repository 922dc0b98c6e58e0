package org.nmoregister.risk.internal;

import java.time.Period;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nmoregister.breaches.BreachReported;
import org.nmoregister.breaches.BreachRisk;
import org.nmoregister.risk.RiskCase;
import org.nmoregister.risk.RiskSummary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Risk's side of a breach: every breach reported opens a DASH assessment (told by {@link BreachReported}, after the
 * report is committed; the event publication registry redelivers it if opening fails), and the breach module reads
 * where that assessment stands through {@link BreachRisk}. Risk depends on breaches; breaches does not depend on risk.
 */
@Component
class BreachAssessments implements BreachRisk {

    private final RiskAssessmentService assessments;

    BreachAssessments(RiskAssessmentService assessments) {
        this.assessments = assessments;
    }

    /** Opens the assessment in the reporting force on behalf of the reporting officer; the event says everything. */
    @ApplicationModuleListener
    void on(BreachReported reported) {
        assessments.openFor(new RiskCase(Assessment.SOURCE, reported.reportId(), reported.orderId(),
                reported.protectedPerson(), "Breach " + reported.reference() + " reported " + reported.reportedAt()
                + ": " + String.join(", ", reported.conduct()), reported.earlierBreaches()),
                reported.forceId(), reported.reportedBy());
    }

    @Override
    public Optional<Assessment> forBreach(UUID reportId) {
        return assessments.forSource(Assessment.SOURCE, reportId).map(BreachAssessments::assessment);
    }

    @Override
    public Map<UUID, Assessment> forBreaches(Collection<UUID> reportIds) {
        return assessments.forSources(Assessment.SOURCE, reportIds).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> assessment(e.getValue())));
    }

    @Override
    public Period repeatWindow() {
        return assessments.escalationWindow();
    }

    private static Assessment assessment(RiskSummary s) {
        return new Assessment(s.assessmentId(), s.sourceType(), s.sourceId(), s.openedAt(), s.completedAt(),
                s.score(), s.level() == null ? null : s.level().name(), s.marac(), s.escalated(),
                s.safetyPlanReviewDue());
    }
}
