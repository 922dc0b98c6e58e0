package org.nmoregister.breaches.review;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.nmoregister.breaches.investigation.ArrestDecision;
import org.nmoregister.breaches.investigation.ResponseKind;

/**
 * Finds what is inadequate about the handling of a breach, as a supervisor reviewing it would (seed 000: inadequate
 * responses and whether arrest was appropriate and necessary are identified and sent back). Plain Java: the facts come
 * in, the gaps go out; nothing is stored.
 */
public final class ResponseReview {

    /**
     * The targets a force sets (configurable).
     *
     * @param crimeRecording  from report to crime record (Home Office Counting Rules: 24 hours)
     * @param riskAssessment  from report to a completed risk assessment
     * @param firstResponse   from report to a recorded first response
     */
    public record Targets(Duration crimeRecording, Duration riskAssessment, Duration firstResponse) {
    }

    /**
     * What is known about the breach's handling.
     *
     * @param atAddress              whether any incident happened at the victim's or the suspect's address
     * @param remoteJustified        a supervisor recorded why a remote response was enough
     * @param riskAssessmentCompleted the DASH assessment opened for the breach is completed
     * @param breachIsOffence        false for an undertaking (no arrest for the offence is possible)
     */
    public record Handling(Instant reportedAt, Instant crimedAt, ResponseKind responseKind, Instant respondedAt,
                           boolean atAddress, boolean remoteJustified, ArrestDecision arrestDecision,
                           String arrestReason, boolean riskAssessmentCompleted, boolean breachIsOffence) {
    }

    private final Targets targets;

    public ResponseReview(Targets targets) {
        this.targets = targets;
    }

    public Set<Inadequacy> review(Handling h, Instant now) {
        Set<Inadequacy> gaps = EnumSet.noneOf(Inadequacy.class);
        if (h.breachIsOffence()) {
            Instant crimeDue = h.reportedAt().plus(targets.crimeRecording());
            if (h.crimedAt() == null ? now.isAfter(crimeDue) : h.crimedAt().isAfter(crimeDue)) {
                gaps.add(Inadequacy.NOT_CRIMED_IN_TIME);
            }
        }
        if (h.respondedAt() == null && now.isAfter(h.reportedAt().plus(targets.firstResponse()))) {
            gaps.add(Inadequacy.NO_RESPONSE);
        }
        if (h.responseKind() != null && h.responseKind().isRemote() && h.atAddress() && !h.remoteJustified()) {
            gaps.add(Inadequacy.REMOTE_RESPONSE_AT_ADDRESS_UNJUSTIFIED);
        }
        if (h.breachIsOffence()) {
            if (h.arrestDecision() == null) {
                if (h.respondedAt() != null) {
                    gaps.add(Inadequacy.NO_ARREST_DECISION);
                }
            } else if (h.arrestDecision() != ArrestDecision.ARRESTED
                    && (h.arrestReason() == null || h.arrestReason().isBlank())) {
                gaps.add(Inadequacy.NO_ARREST_REASON);
            }
        }
        if (!h.riskAssessmentCompleted() && now.isAfter(h.reportedAt().plus(targets.riskAssessment()))) {
            gaps.add(Inadequacy.NO_RISK_ASSESSMENT);
        }
        return gaps;
    }

    /** When the crime record is due. */
    public Instant crimeRecordingDue(Instant reportedAt) {
        return reportedAt.plus(targets.crimeRecording());
    }
}
