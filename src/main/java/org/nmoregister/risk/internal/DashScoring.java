package org.nmoregister.risk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.risk.RiskLevel;

/**
 * DASH scoring as the reference data states it. The score is the number of YES answers (NO and NOT_KNOWN are not
 * counted); the level is HIGH at or above the high threshold, MEDIUM at or above the medium threshold, else
 * STANDARD. A repeat breach raises the level to at least the escalation rule's minimum. Professional judgement may
 * then set any level, with a reason. A MARAC referral is required when the final level is HIGH or there is
 * potential escalation.
 */
public final class DashScoring {

    private DashScoring() {
    }

    /** A professional-judgement override: the level the assessor sets, and why. */
    public record Override(RiskLevel level, String reason) {
    }

    /**
     * The outcome.
     *
     * @param score               the number of YES answers
     * @param computedLevel       the level the thresholds and the repeat-breach rule give
     * @param level               the final level: the override's when there is one, else the computed level
     * @param potentialEscalation whether the incidents in the window reach the potential-escalation number
     * @param escalated           whether this is a repeat breach, which escalates the assessment
     * @param marac               whether a MARAC referral is required
     * @param reasons             how the result was reached, in words, for the record
     */
    public record Result(String questionSet, String version, int score, int notKnown, int unanswered,
                         RiskLevel computedLevel, RiskLevel level, RiskLevel overrideLevel, String overrideReason,
                         boolean potentialEscalation, boolean escalated, boolean marac, List<String> reasons) {
    }

    /**
     * Reads answers given as text against the set: every key must be a question id and every value YES, NO or
     * NOT_KNOWN. With {@code requireAll}, every question must be answered. Throws one 400 listing every bad field
     * ("answers.q7").
     */
    public static Map<String, DashAnswer> parseAnswers(DashQuestionSet set, Map<String, String> raw, boolean requireAll) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, DashAnswer> answers = new LinkedHashMap<>();
        Map<String, String> given = raw == null ? Map.of() : raw;
        for (var entry : given.entrySet()) {
            String field = "answers." + entry.getKey();
            if (set.question(entry.getKey()).isEmpty()) {
                errors.add(new FieldError(field, "is not a question in " + set.label()));
                continue;
            }
            var answer = DashAnswer.parse(entry.getValue());
            if (answer.isEmpty()) {
                errors.add(new FieldError(field, "must be YES, NO or NOT_KNOWN, not '" + entry.getValue() + "'"));
            } else {
                answers.put(entry.getKey(), answer.get());
            }
        }
        if (requireAll) {
            for (var question : set.questions()) {
                if (!given.containsKey(question.id())) {
                    errors.add(new FieldError("answers." + question.id(),
                            "question " + question.number() + " needs an answer: Yes, No or Not known"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return answers;
    }

    /** Reads an override given as text; null when neither a level nor a reason is given. */
    public static Override parseOverride(String level, String reason) {
        boolean noLevel = level == null || level.isBlank();
        boolean noReason = reason == null || reason.isBlank();
        if (noLevel && noReason) {
            return null;
        }
        return requireOverride(level, reason);
    }

    /** Reads an override that was given (an API "override" object): both the level and the reason are required. */
    public static Override requireOverride(String level, String reason) {
        boolean noLevel = level == null || level.isBlank();
        boolean noReason = reason == null || reason.isBlank();
        List<FieldError> errors = new ArrayList<>();
        RiskLevel parsed = null;
        if (noLevel) {
            errors.add(new FieldError("override.level", "is required with a professional-judgement reason: STANDARD, MEDIUM or HIGH"));
        } else {
            try {
                parsed = RiskLevel.valueOf(level.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("override.level", "must be STANDARD, MEDIUM or HIGH, not '" + level + "'"));
            }
        }
        if (noReason) {
            errors.add(new FieldError("override.reason", "is required: professional judgement must be explained"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Override(parsed, reason.strip());
    }

    /** Scores validated answers. {@code earlierBreaches} counts breaches before the current incident in the window. */
    public static Result score(DashQuestionSet set, Map<String, DashAnswer> answers, int earlierBreaches,
                               Override override) {
        if (earlierBreaches < 0) {
            throw new InvalidRequestException("earlierBreaches", "must be 0 or more");
        }
        if (override != null && override.level() == null) {
            throw new InvalidRequestException("override.level", "is required: STANDARD, MEDIUM or HIGH");
        }
        if (override != null && (override.reason() == null || override.reason().isBlank())) {
            throw new InvalidRequestException("override.reason", "is required: professional judgement must be explained");
        }
        var thresholds = set.thresholds();
        var rules = set.escalation();
        int yes = 0;
        int notKnown = 0;
        for (var question : set.questions()) {
            DashAnswer answer = answers.get(question.id());
            if (answer == DashAnswer.YES) {
                yes++;
            } else if (answer == DashAnswer.NOT_KNOWN) {
                notKnown++;
            }
        }
        int unanswered = (int) set.questions().stream().filter(q -> !answers.containsKey(q.id())).count();
        List<String> reasons = new ArrayList<>();

        RiskLevel byScore;
        if (yes >= thresholds.high()) {
            byScore = RiskLevel.HIGH;
            reasons.add(yes + " 'yes' answers: " + thresholds.high() + " or more is HIGH");
        } else if (yes >= thresholds.medium()) {
            byScore = RiskLevel.MEDIUM;
            reasons.add(yes + " 'yes' answers: " + thresholds.medium() + " to " + (thresholds.high() - 1) + " is MEDIUM");
        } else {
            byScore = RiskLevel.STANDARD;
            reasons.add(yes + " 'yes' answers: fewer than " + thresholds.medium() + " is STANDARD");
        }
        if (notKnown > 0) {
            reasons.add(notKnown + " answered 'not known': not counted");
        }
        if (unanswered > 0) {
            reasons.add(unanswered + " not answered: not counted");
        }

        boolean escalated = earlierBreaches >= rules.repeatBreachEarlierBreaches();
        RiskLevel computed = byScore;
        if (escalated) {
            RiskLevel floor = rules.repeatBreachMinimumLevel();
            boolean raises = floor.compareTo(byScore) > 0;
            String raised = raises ? "raises the level to " + floor
                    : "would raise the level to at least " + floor + "; it is already " + byScore;
            computed = raises ? floor : byScore;
            reasons.add("Repeat breach: " + earlierBreaches + " earlier " + plural(earlierBreaches, "breach", "breaches")
                    + " in " + rules.windowMonths() + " months " + raised);
        }
        int incidents = earlierBreaches + 1;
        boolean potentialEscalation = incidents >= rules.potentialEscalationIncidents();
        if (potentialEscalation) {
            reasons.add("Potential escalation: " + incidents + " incidents in " + rules.windowMonths()
                    + " months (this one and " + earlierBreaches + " earlier), " + rules.potentialEscalationIncidents()
                    + " or more is a MARAC criterion");
        }

        RiskLevel level = computed;
        if (override != null) {
            level = override.level();
            reasons.add("Professional judgement: " + (level == computed ? "confirmed " + level
                    : "set to " + level + " (computed " + computed + ")") + ": " + override.reason());
        }
        boolean marac = level == RiskLevel.HIGH || potentialEscalation;
        if (marac) {
            reasons.add("MARAC referral required: " + (level == RiskLevel.HIGH && potentialEscalation
                    ? "HIGH risk and potential escalation" : level == RiskLevel.HIGH ? "HIGH risk" : "potential escalation"));
        }
        return new Result(set.id(), set.version(), yes, notKnown, unanswered, computed, level,
                override == null ? null : override.level(), override == null ? null : override.reason(),
                potentialEscalation, escalated, marac, List.copyOf(reasons));
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
