package org.nmoregister.breaches.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A force's targets for handling breaches, and its dip-sampling share. The crime-recording target belongs to the
 * crime reference data ({@code nmo.breaches.crime-recording-target}, read by {@code CrimeClassifications}), and how far
 * back a breach counts as a repeat to the risk rules ({@code RiskAssessments.escalationWindow()}).
 *
 * @param riskAssessmentTarget  from report to a completed DASH assessment
 * @param firstResponseTarget   from report to a recorded first response
 * @param dipSampleShare        share of each week's domestic-abuse breach records drawn for review
 */
@ConfigurationProperties("nmo.breaches")
record BreachProperties(Duration riskAssessmentTarget, Duration firstResponseTarget, Double dipSampleShare) {

    BreachProperties {
        riskAssessmentTarget = riskAssessmentTarget == null ? Duration.ofHours(24) : riskAssessmentTarget;
        firstResponseTarget = firstResponseTarget == null ? Duration.ofHours(1) : firstResponseTarget;
        dipSampleShare = dipSampleShare == null ? 0.1 : dipSampleShare;
        if (!(dipSampleShare > 0 && dipSampleShare <= 1)) {
            throw new IllegalArgumentException("nmo.breaches.dip-sample-share must be more than 0 and at most 1");
        }
    }
}
