package org.nmoregister.risk.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nmoregister.risk.RiskLevel;

/**
 * A DASH question set as reference data: its questions, version, thresholds and escalation rules. Loaded from a
 * file by {@link DashQuestionSetLoader}, which validates it; a force can ship its own.
 *
 * @param id         a stable name for the set ("safelives-dash-2009"), stored with every assessment
 * @param name       its title
 * @param version    its version, stored with every assessment
 * @param source     where the wording comes from
 * @param thresholds the "yes" counts at which the level becomes HIGH and MEDIUM
 * @param escalation the repeat-breach and potential-escalation rules
 * @param groups     the headings the questions are grouped under, in order
 * @param questions  the questions in the order they are asked
 */
public record DashQuestionSet(String id, String name, String version, String source, Thresholds thresholds,
                              Escalation escalation, List<String> groups, List<Question> questions) {

    /**
     * @param high       this many "yes" answers or more is HIGH (SafeLives: 14)
     * @param medium     this many or more (and fewer than high) is MEDIUM: a force's decision, not SafeLives'
     * @param mediumNote why the force chose that medium threshold
     */
    public record Thresholds(Integer high, Integer medium, String mediumNote) {
    }

    /**
     * @param windowMonths                 the period breaches are counted over (SafeLives: 12 months)
     * @param potentialEscalationIncidents this many incidents in the window, the current one included, is
     *                                     "potential escalation": a MARAC criterion (SafeLives: 3 call-outs)
     * @param repeatBreachEarlierBreaches  this many earlier breaches in the window makes this a repeat breach
     * @param repeatBreachMinimumLevel     the level a repeat breach raises the assessment to, at least
     */
    public record Escalation(Integer windowMonths, Integer potentialEscalationIncidents,
                             Integer repeatBreachEarlierBreaches, RiskLevel repeatBreachMinimumLevel) {
    }

    /**
     * @param id     the key answers are given under ("q7")
     * @param number the number printed on the form
     * @param group  the heading it is asked under (one of the set's groups)
     * @param text   the question, as asked of the victim
     * @param help   guidance for the person asking
     */
    public record Question(String id, Integer number, String group, String text, String help) {
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The questions under each group, groups in order. */
    public Map<String, List<Question>> byGroup() {
        Map<String, List<Question>> grouped = new java.util.LinkedHashMap<>();
        groups.forEach(group -> grouped.put(group, new java.util.ArrayList<>()));
        questions.forEach(q -> grouped.get(q.group()).add(q));
        return grouped;
    }

    Map<String, Question> byId() {
        return questions.stream().collect(Collectors.toMap(Question::id, Function.identity()));
    }

    /** "safelives-dash-2009 (2009)". */
    public String label() {
        return id + " (" + version + ")";
    }
}
