package org.nmoregister.breaches.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nmoregister.platform.InvalidRequestException.FieldError;

/**
 * The rules an outcome and a court result must keep. FLA 1996 s.42A(3)-(4): a person convicted of the offence cannot
 * be punished for contempt for the same conduct, and one punished for contempt cannot be convicted; the system
 * therefore refuses to record both for one breach. Breaking an undertaking or an occupation order is contempt only,
 * and a DAPN's breach is no offence either: {@code breachIsOffence} is false for them.
 */
public final class OutcomeRules {

    private OutcomeRules() {
    }

    /** Problems with recording {@code outcome} by {@code route}, each with the field it concerns. */
    public static List<FieldError> checkOutcome(OutcomeRoute route, CaseOutcome outcome, String reason,
                                                boolean breachIsOffence, List<CourtResult> courtResults) {
        List<FieldError> errors = new ArrayList<>();
        if (route == null) {
            errors.add(new FieldError("route", "choose the criminal route or civil contempt"));
        }
        if (outcome == null) {
            errors.add(new FieldError("outcome", "choose an outcome"));
        }
        if (route == null || outcome == null) {
            return errors;
        }
        if (outcome.route() != null && outcome.route() != route) {
            errors.add(new FieldError("outcome", outcome + " belongs to the " + outcome.route() + " route, not "
                    + route));
        }
        if (route == OutcomeRoute.CRIMINAL && !breachIsOffence) {
            errors.add(new FieldError("route", "breaking this order is not a criminal offence (an undertaking "
                    + "or an occupation order is enforced as contempt): only the civil contempt route is open"));
        }
        if (outcome == CaseOutcome.NO_FURTHER_ACTION && (reason == null || reason.isBlank())) {
            errors.add(new FieldError("reason", "give the reason for no further action"));
        }
        if (route == OutcomeRoute.CIVIL_CONTEMPT && courtResults.stream().anyMatch(CourtResult::isConviction)) {
            errors.add(new FieldError("route", "the respondent has been convicted of this breach: they cannot "
                    + "also be punished for contempt (FLA 1996 s.42A(4))"));
        }
        if (route == OutcomeRoute.CRIMINAL && courtResults.stream().anyMatch(CourtResult::isContemptFinding)) {
            errors.add(new FieldError("route", "the respondent has been found in contempt for this breach: they "
                    + "cannot also be convicted of the offence (FLA 1996 s.42A(3))"));
        }
        return errors;
    }

    /** Why {@code result} cannot be recorded beside the results already recorded, if it cannot. */
    public static Optional<FieldError> checkCourtResult(CourtResult result, List<CourtResult> recorded,
                                                       boolean breachIsOffence) {
        if (result == null) {
            return Optional.of(new FieldError("result", "choose the court's decision"));
        }
        if (result.isConviction() && !breachIsOffence) {
            return Optional.of(new FieldError("result", "breaking this order is not a criminal offence: record a "
                    + "contempt finding instead"));
        }
        if (result.isConviction() && recorded.stream().anyMatch(CourtResult::isContemptFinding)) {
            return Optional.of(new FieldError("result", "a contempt finding is already recorded for this breach: "
                    + "the respondent cannot also be convicted for the same conduct (FLA 1996 s.42A(3))"));
        }
        if (result.isContemptFinding() && recorded.stream().anyMatch(CourtResult::isConviction)) {
            return Optional.of(new FieldError("result", "a conviction is already recorded for this breach: the "
                    + "respondent cannot also be punished for contempt for the same conduct (FLA 1996 s.42A(4))"));
        }
        return Optional.empty();
    }
}
