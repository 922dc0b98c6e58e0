package org.nmoregister.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nmoregister.risk.internal.DashScoringTest.SAFELIVES;
import static org.nmoregister.risk.internal.DashScoringTest.answers;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.risk.RiskLevel;

/** The reasons an officer reads with a DASH result, word for word and in order: every line, and no line too many. */
class DashScoringReasonsTest {

    @Test
    void aMediumCaseWithAnswersMissingAndAnEarlierBreachThatChangesNothing() {
        Map<String, DashAnswer> answers = answers(SAFELIVES, 12, 1);
        answers.remove(SAFELIVES.questions().get(26).id());
        var result = DashScoring.score(SAFELIVES, answers, 1, null);
        assertThat(result.reasons()).containsExactly(
                "12 'yes' answers: 10 to 13 is MEDIUM",
                "1 answered 'not known': not counted",
                "1 not answered: not counted",
                "Repeat breach: 1 earlier breach in 12 months would raise the level to at least MEDIUM; it is already"
                        + " MEDIUM");
        assertThat(result.computedLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(result.escalated()).isTrue();
        assertThat(result.potentialEscalation()).isFalse();
        assertThat(result.marac()).isFalse();
        assertThat(result.unanswered()).isEqualTo(1);
    }

    @Test
    void aStandardCaseRaisedByTwoEarlierBreachesAndReferredForPotentialEscalation() {
        var result = DashScoring.score(SAFELIVES, answers(SAFELIVES, 0, 0), 2, null);
        assertThat(result.reasons()).containsExactly(
                "0 'yes' answers: fewer than 10 is STANDARD",
                "Repeat breach: 2 earlier breaches in 12 months raises the level to MEDIUM",
                "Potential escalation: 3 incidents in 12 months (this one and 2 earlier), 3 or more is a MARAC criterion",
                "MARAC referral required: potential escalation");
        assertThat(result.computedLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(result.level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void aHighCaseConfirmedByProfessionalJudgementWithPotentialEscalation() {
        var result = DashScoring.score(SAFELIVES, answers(SAFELIVES, 14, 0), 2,
                new DashScoring.Override(RiskLevel.HIGH, "Threats to kill"));
        assertThat(result.reasons()).containsExactly(
                "14 'yes' answers: 14 or more is HIGH",
                "Repeat breach: 2 earlier breaches in 12 months would raise the level to at least MEDIUM; it is already"
                        + " HIGH",
                "Potential escalation: 3 incidents in 12 months (this one and 2 earlier), 3 or more is a MARAC criterion",
                "Professional judgement: confirmed HIGH: Threats to kill",
                "MARAC referral required: HIGH risk and potential escalation");
        assertThat(result.computedLevel()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aStandardCaseWithEveryQuestionAnsweredHasOneReason() {
        var result = DashScoring.score(SAFELIVES, answers(SAFELIVES, 9, 0), 0, null);
        assertThat(result.reasons()).containsExactly("9 'yes' answers: fewer than 10 is STANDARD");
        assertThat(result.unanswered()).isZero();
    }

    @Test
    void aReasonWithoutALevelIsRefusedNamingTheLevel() {
        assertThatThrownBy(() -> DashScoring.parseOverride(null, "The victim is afraid"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.errors()).extracting(InvalidRequestException.FieldError::field)
                                .containsExactly("override.level"));
        assertThatThrownBy(() -> DashScoring.parseOverride(" ", "The victim is afraid"))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(DashScoring.parseOverride(null, " ")).isNull();
        assertThat(DashScoring.parseOverride(" ", null)).isNull();
    }
}
