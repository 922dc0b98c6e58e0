package org.nmoregister.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.risk.RiskLevel;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** DASH scoring against the shipped SafeLives set: thresholds at their boundaries, escalation, professional judgement. */
class DashScoringTest {

    static final DashQuestionSet SAFELIVES = new DashQuestionSetLoader(JsonMapper.builder().build())
            .load(new ClassPathResource("reference/dash/safelives-dash-2009.json"));

    /** The first {@code yes} questions answered YES, the next {@code notKnown} NOT_KNOWN, the rest NO. */
    static Map<String, DashAnswer> answers(DashQuestionSet set, int yes, int notKnown) {
        Map<String, DashAnswer> answers = new LinkedHashMap<>();
        for (int i = 0; i < set.questions().size(); i++) {
            answers.put(set.questions().get(i).id(), i < yes ? DashAnswer.YES
                    : i < yes + notKnown ? DashAnswer.NOT_KNOWN : DashAnswer.NO);
        }
        return answers;
    }

    @ParameterizedTest(name = "{0} yes, {1} not known, {2} earlier breaches -> {3}, MARAC {4}, escalated {5}")
    @CsvSource({
            "0, 0, 0, STANDARD, false, false",
            "9, 0, 0, STANDARD, false, false",
            "9, 18, 0, STANDARD, false, false",
            "10, 0, 0, MEDIUM, false, false",
            "13, 0, 0, MEDIUM, false, false",
            "13, 14, 0, MEDIUM, false, false",
            "14, 0, 0, HIGH, true, false",
            "27, 0, 0, HIGH, true, false",
            "0, 0, 1, MEDIUM, false, true",
            "5, 0, 1, MEDIUM, false, true",
            "12, 0, 1, MEDIUM, false, true",
            "14, 0, 1, HIGH, true, true",
            "0, 0, 2, MEDIUM, true, true",
            "3, 0, 5, MEDIUM, true, true"})
    void theReferenceTable(int yes, int notKnown, int earlier, RiskLevel level, boolean marac, boolean escalated) {
        var result = DashScoring.score(SAFELIVES, answers(SAFELIVES, yes, notKnown), earlier, null);
        assertThat(result.score()).isEqualTo(yes);
        assertThat(result.notKnown()).isEqualTo(notKnown);
        assertThat(result.computedLevel()).isEqualTo(level);
        assertThat(result.level()).isEqualTo(level);
        assertThat(result.marac()).isEqualTo(marac);
        assertThat(result.escalated()).isEqualTo(escalated);
        assertThat(result.potentialEscalation()).isEqualTo(earlier + 1 >= 3);
        assertThat(result.overrideLevel()).isNull();
    }

    @Test
    void thirteenYesIsMediumAndFourteenIsHighWithAMaracReferral() {
        var thirteen = DashScoring.score(SAFELIVES, answers(SAFELIVES, 13, 0), 0, null);
        var fourteen = DashScoring.score(SAFELIVES, answers(SAFELIVES, 14, 0), 0, null);
        assertThat(thirteen.level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(thirteen.marac()).isFalse();
        assertThat(fourteen.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(fourteen.marac()).isTrue();
        assertThat(fourteen.reasons()).contains("14 'yes' answers: 14 or more is HIGH", "MARAC referral required: HIGH risk");
    }

    @Test
    void notKnownIsNotCountedEvenWhenItWouldReachHigh() {
        var result = DashScoring.score(SAFELIVES, answers(SAFELIVES, 0, 27), 0, null);
        assertThat(result.score()).isZero();
        assertThat(result.level()).isEqualTo(RiskLevel.STANDARD);
        assertThat(result.reasons()).contains("27 answered 'not known': not counted");
    }

    @Test
    void professionalJudgementRaisesAStandardCaseToHighAndRequiresMarac() {
        var result = DashScoring.score(SAFELIVES, answers(SAFELIVES, 4, 0), 0,
                new DashScoring.Override(RiskLevel.HIGH, "Victim describes a threat to kill with a knife"));
        assertThat(result.computedLevel()).isEqualTo(RiskLevel.STANDARD);
        assertThat(result.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(result.overrideLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(result.marac()).isTrue();
        assertThat(result.reasons()).anyMatch(r -> r.startsWith("Professional judgement: set to HIGH (computed STANDARD)"));
    }

    @Test
    void professionalJudgementLowersAHighCaseAndThenNoMaracIsRequiredUnlessEscalating() {
        var lowered = DashScoring.score(SAFELIVES, answers(SAFELIVES, 15, 0), 0,
                new DashScoring.Override(RiskLevel.MEDIUM, "Answers given about a previous partner, now in prison"));
        assertThat(lowered.computedLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(lowered.level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(lowered.marac()).isFalse();

        var escalating = DashScoring.score(SAFELIVES, answers(SAFELIVES, 15, 0), 2,
                new DashScoring.Override(RiskLevel.STANDARD, "Professional view"));
        assertThat(escalating.level()).isEqualTo(RiskLevel.STANDARD);
        assertThat(escalating.marac()).as("potential escalation is a MARAC criterion of its own").isTrue();
    }

    @Test
    void anOverrideNeedsAReasonAndALevel() {
        assertThatThrownBy(() -> DashScoring.parseOverride("HIGH", "  "))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.errors()).extracting(InvalidRequestException.FieldError::field)
                                .containsExactly("override.reason"));
        assertThatThrownBy(() -> DashScoring.parseOverride("VERY_HIGH", "reason"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.errors()).extracting(InvalidRequestException.FieldError::field)
                                .containsExactly("override.level"));
        assertThatThrownBy(() -> DashScoring.requireOverride(null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.errors()).extracting(InvalidRequestException.FieldError::field)
                                .containsExactly("override.level", "override.reason"));
        assertThatThrownBy(() -> DashScoring.score(SAFELIVES, Map.of(), 0, new DashScoring.Override(RiskLevel.HIGH, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("override.reason");
        assertThat(DashScoring.parseOverride("", null)).isNull();
        assertThat(DashScoring.parseOverride("high", " why ")).isEqualTo(new DashScoring.Override(RiskLevel.HIGH, "why"));
    }

    @Test
    void answersAreCheckedAgainstTheSetAndEveryBadFieldIsNamed() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("q1", "YES");
        raw.put("q7", "maybe");
        raw.put("q99", "NO");
        raw.put("q2", "not_known");
        assertThatThrownBy(() -> DashScoring.parseAnswers(SAFELIVES, raw, false))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.errors()).extracting(InvalidRequestException.FieldError::field)
                                .containsExactlyInAnyOrder("answers.q7", "answers.q99"));
        var parsed = DashScoring.parseAnswers(SAFELIVES, Map.of("q1", "yes", "q2", " NOT_KNOWN "), false);
        assertThat(parsed).containsEntry("q1", DashAnswer.YES).containsEntry("q2", DashAnswer.NOT_KNOWN);
    }

    @Test
    void completingRequiresEveryQuestion() {
        Map<String, String> raw = new LinkedHashMap<>();
        answers(SAFELIVES, 3, 0).forEach((id, answer) -> raw.put(id, answer.name()));
        raw.remove("q12");
        raw.remove("q27");
        assertThatThrownBy(() -> DashScoring.parseAnswers(SAFELIVES, raw, true))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.errors()).extracting(InvalidRequestException.FieldError::field)
                                .containsExactly("answers.q12", "answers.q27"));
        var partial = DashScoring.score(SAFELIVES, DashScoring.parseAnswers(SAFELIVES, raw, false), 0, null);
        assertThat(partial.unanswered()).isEqualTo(2);
    }

    @Test
    void negativeEarlierBreachesAreRefused() {
        assertThatThrownBy(() -> DashScoring.score(SAFELIVES, Map.of(), -1, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("earlierBreaches");
    }

    /** The numbers come from the file: a force's own set with other thresholds and rules is scored by them. */
    @Test
    void aForcesOwnThresholdsAndEscalationRulesApply() {
        var questions = List.of(
                new DashQuestionSet.Question("a", 1, "G", "A?", null),
                new DashQuestionSet.Question("b", 2, "G", "B?", null),
                new DashQuestionSet.Question("c", 3, "G", "C?", null),
                new DashQuestionSet.Question("d", 4, "G", "D?", null),
                new DashQuestionSet.Question("e", 5, "G", "E?", null),
                new DashQuestionSet.Question("f", 6, "G", "F?", null));
        var set = new DashQuestionSet("force-dash", "Force DASH", "3.1", "test",
                new DashQuestionSet.Thresholds(5, 3, null),
                new DashQuestionSet.Escalation(6, 4, 2, RiskLevel.HIGH), List.of("G"), questions);
        assertThat(DashQuestionSetLoader.validate(set)).isEmpty();
        assertThat(DashScoring.score(set, answers(set, 2, 0), 0, null).level()).isEqualTo(RiskLevel.STANDARD);
        assertThat(DashScoring.score(set, answers(set, 3, 0), 0, null).level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(DashScoring.score(set, answers(set, 5, 0), 0, null).level()).isEqualTo(RiskLevel.HIGH);
        var oneEarlier = DashScoring.score(set, answers(set, 0, 0), 1, null);
        assertThat(oneEarlier.escalated()).isFalse();
        assertThat(oneEarlier.level()).isEqualTo(RiskLevel.STANDARD);
        var twoEarlier = DashScoring.score(set, answers(set, 0, 0), 2, null);
        assertThat(twoEarlier.escalated()).isTrue();
        assertThat(twoEarlier.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(twoEarlier.marac()).isTrue();
        assertThat(twoEarlier.potentialEscalation()).isFalse();
        assertThat(DashScoring.score(set, answers(set, 0, 0), 3, null).potentialEscalation()).isTrue();
        assertThat(twoEarlier.reasons()).anyMatch(r -> r.contains("2 earlier breaches in 6 months raises the level to HIGH"));
    }
}
