package org.nmoregister.breaches.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.platform.InvalidRequestException.FieldError;

class OutcomeRulesTest {

    @Test
    void aConvictionIsRefusedOnceContemptIsFoundAndTheOtherWayRound() {
        assertThat(OutcomeRules.checkCourtResult(CourtResult.CONVICTED, List.of(CourtResult.CONTEMPT_PROVEN), true))
                .map(FieldError::reason).hasValueSatisfying(r -> assertThat(r).contains("s.42A(3)"));
        assertThat(OutcomeRules.checkCourtResult(CourtResult.CONTEMPT_PROVEN, List.of(CourtResult.ADJOURNED,
                CourtResult.CONVICTED), true)).map(FieldError::reason)
                .hasValueSatisfying(r -> assertThat(r).contains("s.42A(4)"));
    }

    @Test
    void resultsThatPunishNothingCanSitBesideEitherFinding() {
        assertThat(OutcomeRules.checkCourtResult(CourtResult.ADJOURNED, List.of(CourtResult.CONVICTED), true))
                .isEmpty();
        assertThat(OutcomeRules.checkCourtResult(CourtResult.CONTEMPT_PROVEN,
                List.of(CourtResult.ACQUITTED, CourtResult.DISCONTINUED), true)).isEmpty();
        assertThat(OutcomeRules.checkCourtResult(CourtResult.CONVICTED, List.of(CourtResult.CONTEMPT_NOT_PROVEN),
                true)).isEmpty();
    }

    @Test
    void anUndertakingCannotEndInAConvictionOrTheCriminalRoute() {
        assertThat(OutcomeRules.checkCourtResult(CourtResult.CONVICTED, List.of(), false)).isPresent();
        assertThat(OutcomeRules.checkOutcome(OutcomeRoute.CRIMINAL, CaseOutcome.CHARGED, null, false, List.of()))
                .extracting(FieldError::field).containsExactly("route");
        assertThat(OutcomeRules.checkOutcome(OutcomeRoute.CIVIL_CONTEMPT, CaseOutcome.CONTEMPT_APPLICATION, null,
                false, List.of())).isEmpty();
    }

    @Test
    void noFurtherActionNeedsAReasonAndOutcomesMustFitTheirRoute() {
        assertThat(OutcomeRules.checkOutcome(OutcomeRoute.CRIMINAL, CaseOutcome.NO_FURTHER_ACTION, " ", true,
                List.of())).extracting(FieldError::field).containsExactly("reason");
        assertThat(OutcomeRules.checkOutcome(OutcomeRoute.CRIMINAL, CaseOutcome.NO_FURTHER_ACTION,
                "victim withdrew support; no independent evidence", true, List.of())).isEmpty();
        assertThat(OutcomeRules.checkOutcome(OutcomeRoute.CIVIL_CONTEMPT, CaseOutcome.CHARGED, null, true,
                List.of())).extracting(FieldError::field).containsExactly("outcome");
        assertThat(OutcomeRules.checkOutcome(null, null, null, true, List.of()))
                .extracting(FieldError::field).containsExactly("route", "outcome");
    }

    @Test
    void theRouteCannotChangeToContemptAfterAConviction() {
        assertThat(OutcomeRules.checkOutcome(OutcomeRoute.CIVIL_CONTEMPT, CaseOutcome.CONTEMPT_APPLICATION, null,
                true, List.of(CourtResult.CONVICTED))).extracting(FieldError::field).containsExactly("route");
        assertThat(OutcomeRules.checkOutcome(OutcomeRoute.CRIMINAL, CaseOutcome.CHARGED, null, true,
                List.of(CourtResult.CONTEMPT_PROVEN))).extracting(FieldError::field).containsExactly("route");
    }
}
