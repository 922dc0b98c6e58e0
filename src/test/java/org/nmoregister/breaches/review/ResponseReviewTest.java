package org.nmoregister.breaches.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.nmoregister.breaches.investigation.ArrestDecision;
import org.nmoregister.breaches.investigation.ResponseKind;

class ResponseReviewTest {

    private static final Instant REPORTED = Instant.parse("2026-11-20T22:10:00Z");
    private final ResponseReview review = new ResponseReview(new ResponseReview.Targets(Duration.ofHours(24),
            Duration.ofHours(24), Duration.ofHours(1)));

    private static ResponseReview.Handling handling(Instant crimedAt, ResponseKind kind, boolean atAddress,
                                                    boolean justified, ArrestDecision arrest, String reason,
                                                    boolean risk) {
        return new ResponseReview.Handling(REPORTED, crimedAt, kind, kind == null ? null : REPORTED.plusSeconds(1800),
                atAddress, justified, arrest, reason, risk, true);
    }

    @Test
    void aWellHandledBreachHasNoGaps() {
        var h = handling(REPORTED.plus(Duration.ofHours(3)), ResponseKind.ATTENDANCE, true, false,
                ArrestDecision.ARRESTED, null, true);
        assertThat(review.review(h, REPORTED.plus(Duration.ofDays(3)))).isEmpty();
    }

    @Test
    void crimeRecordingIsJudgedAgainstTheTargetToTheSecond() {
        var onTime = handling(REPORTED.plus(Duration.ofHours(24)), ResponseKind.ATTENDANCE, false, false,
                ArrestDecision.ARRESTED, null, true);
        var late = handling(REPORTED.plus(Duration.ofHours(24)).plusSeconds(1), ResponseKind.ATTENDANCE, false,
                false, ArrestDecision.ARRESTED, null, true);
        Instant later = REPORTED.plus(Duration.ofDays(2));
        assertThat(review.review(onTime, later)).isEmpty();
        assertThat(review.review(late, later)).containsExactly(Inadequacy.NOT_CRIMED_IN_TIME);
        var notYet = handling(null, ResponseKind.ATTENDANCE, false, false, ArrestDecision.ARRESTED, null, true);
        assertThat(review.review(notYet, REPORTED.plus(Duration.ofHours(23)))).isEmpty();
        assertThat(review.review(notYet, REPORTED.plus(Duration.ofHours(25))))
                .containsExactly(Inadequacy.NOT_CRIMED_IN_TIME);
    }

    @Test
    void aTelephoneResponseAtAnAddressNeedsAJustificationButNotInPublic() {
        var atHome = handling(REPORTED, ResponseKind.TELEPHONE, true, false, ArrestDecision.ARRESTED, null, true);
        var justified = handling(REPORTED, ResponseKind.VIDEO, true, true, ArrestDecision.ARRESTED, null, true);
        var inPublic = handling(REPORTED, ResponseKind.TELEPHONE, false, false, ArrestDecision.ARRESTED, null, true);
        Instant now = REPORTED.plus(Duration.ofHours(2));
        assertThat(review.review(atHome, now)).containsExactly(Inadequacy.REMOTE_RESPONSE_AT_ADDRESS_UNJUSTIFIED);
        assertThat(review.review(justified, now)).isEmpty();
        assertThat(review.review(inPublic, now)).isEmpty();
    }

    @Test
    void noArrestNeedsAReason() {
        Instant now = REPORTED.plus(Duration.ofHours(2));
        assertThat(review.review(handling(REPORTED, ResponseKind.ATTENDANCE, false, false,
                ArrestDecision.NOT_ARRESTED, "  ", true), now)).containsExactly(Inadequacy.NO_ARREST_REASON);
        assertThat(review.review(handling(REPORTED, ResponseKind.ATTENDANCE, false, false,
                ArrestDecision.SUSPECT_NOT_LOCATED, "circulated on PNC as wanted", true), now)).isEmpty();
        assertThat(review.review(handling(REPORTED, ResponseKind.ATTENDANCE, false, false, null, null, true), now))
                .containsExactly(Inadequacy.NO_ARREST_DECISION);
    }

    @Test
    void missingRiskAssessmentAndResponseShowOnceTheirTargetsPass() {
        var nothing = handling(null, null, false, false, null, null, false);
        assertThat(review.review(nothing, REPORTED.plus(Duration.ofMinutes(30)))).isEmpty();
        assertThat(review.review(nothing, REPORTED.plus(Duration.ofHours(2)))).containsExactly(Inadequacy.NO_RESPONSE);
        assertThat(review.review(nothing, REPORTED.plus(Duration.ofHours(30)))).containsExactlyInAnyOrder(
                Inadequacy.NO_RESPONSE, Inadequacy.NOT_CRIMED_IN_TIME, Inadequacy.NO_RISK_ASSESSMENT);
    }

    @Test
    void anUndertakingIsNotCrimedAndNeedsNoArrestDecision() {
        var h = new ResponseReview.Handling(REPORTED, null, ResponseKind.ATTENDANCE, REPORTED, false, false, null,
                null, true, false);
        assertThat(review.review(h, REPORTED.plus(Duration.ofDays(5)))).isEmpty();
    }
}
