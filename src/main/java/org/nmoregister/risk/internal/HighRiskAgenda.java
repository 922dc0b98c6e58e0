package org.nmoregister.risk.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.risk.RiskMeetingContributor;
import org.springframework.stereotype.Component;

/**
 * This module's own part of the risk meeting's agenda (the HIGH_RISK section): assessments completed HIGH since the
 * last meeting, and every assessment whose MARAC referral is still outstanding, however old.
 */
@Component
class HighRiskAgenda implements RiskMeetingContributor {

    private final RiskAssessmentService assessments;
    private final UkTime ukTime;

    HighRiskAgenda(RiskAssessmentService assessments, UkTime ukTime) {
        this.assessments = assessments;
        this.ukTime = ukTime;
    }

    @Override
    public List<AgendaItem> agenda(Instant since, Instant until) {
        List<AgendaItem> items = new ArrayList<>();
        for (AssessmentView a : assessments.forMeeting(since, until)) {
            StringBuilder summary = new StringBuilder(a.victimName()).append(": ").append(a.level())
                    .append(", DASH score ").append(a.score()).append(", completed ")
                    .append(ukTime.format(a.completedAt()));
            if (a.overrideLevel() != null) {
                summary.append(" (professional judgement)");
            }
            if (a.escalated()) {
                summary.append("; repeat breach (").append(a.earlierBreaches()).append(" earlier)");
            }
            if (a.maracReferralDue()) {
                summary.append("; MARAC referral outstanding");
            } else if (a.maracReferredAt() != null) {
                summary.append("; referred to MARAC ").append(ukTime.format(a.maracReferredAt()));
            }
            if (a.safetyPlanReviewDue()) {
                summary.append("; safety plan not yet reviewed");
            }
            items.add(new AgendaItem(Section.HIGH_RISK, reference(a), "/risk/assessments/" + a.id(),
                    summary.toString(), a.level()));
        }
        return items;
    }

    /** How the meeting refers to an assessment: DASH and the first part of its id. */
    static String reference(AssessmentView a) {
        return "DASH-" + a.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
