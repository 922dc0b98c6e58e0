package org.nmoregister.breaches.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A force's targets for handling breaches, and its dip-sampling share.
 *
 * @param crimeRecordingTarget  from report to crime record (Home Office Counting Rules: within 24 hours)
 * @param riskAssessmentTarget  from report to a completed DASH assessment
 * @param firstResponseTarget   from report to a recorded first response
 * @param dipSampleShare        share of each week's domestic-abuse breach records drawn for review
 * @param repeatWindow          how far back earlier breaches count as repeats (risk escalation, course of conduct)
 */
@ConfigurationProperties("nmo.breaches")
record BreachProperties(Duration crimeRecordingTarget, Duration riskAssessmentTarget, Duration firstResponseTarget,
                        Double dipSampleShare, Duration repeatWindow) {

    BreachProperties {
        crimeRecordingTarget = crimeRecordingTarget == null ? Duration.ofHours(24) : crimeRecordingTarget;
        riskAssessmentTarget = riskAssessmentTarget == null ? Duration.ofHours(24) : riskAssessmentTarget;
        firstResponseTarget = firstResponseTarget == null ? Duration.ofHours(1) : firstResponseTarget;
        dipSampleShare = dipSampleShare == null ? 0.1 : dipSampleShare;
        repeatWindow = repeatWindow == null ? Duration.ofDays(365) : repeatWindow;
        if (!(dipSampleShare > 0 && dipSampleShare <= 1)) {
            throw new IllegalArgumentException("nmo.breaches.dip-sample-share must be more than 0 and at most 1");
        }
    }
}
