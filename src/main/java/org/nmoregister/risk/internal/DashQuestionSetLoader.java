package org.nmoregister.risk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a DASH question set from a JSON file and checks it before anything is scored with it: a set that is wrong
 * would give victims the wrong risk level, so the application refuses to start with one and says what is wrong.
 */
public final class DashQuestionSetLoader {

    private final JsonMapper json;

    public DashQuestionSetLoader(JsonMapper json) {
        this.json = json;
    }

    /** The validated set; throws {@link InvalidQuestionSetException} naming the file and every problem found. */
    public DashQuestionSet load(Resource resource) {
        String where = resource.getDescription();
        if (!resource.exists()) {
            throw new InvalidQuestionSetException(where, List.of("the file does not exist"));
        }
        DashQuestionSet set;
        try (InputStream in = resource.getInputStream()) {
            set = json.readerFor(DashQuestionSet.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in);
        } catch (IOException | JacksonException e) {
            throw new InvalidQuestionSetException(where, List.of("it is not a readable question set: "
                    + e.getMessage()));
        }
        List<String> problems = validate(set);
        if (!problems.isEmpty()) {
            throw new InvalidQuestionSetException(where, problems);
        }
        return set;
    }

    /** Every problem with the set; empty when it can be used. */
    static List<String> validate(DashQuestionSet set) {
        List<String> problems = new ArrayList<>();
        if (set == null) {
            return List.of("the file is empty");
        }
        if (blank(set.id())) {
            problems.add("id is missing");
        }
        if (blank(set.name())) {
            problems.add("name is missing");
        }
        if (blank(set.version())) {
            problems.add("version is missing");
        }
        List<String> groups = set.groups() == null ? List.of() : set.groups();
        if (groups.isEmpty()) {
            problems.add("groups is missing or empty");
        }
        if (new HashSet<>(groups).size() != groups.size()) {
            problems.add("groups has a heading twice");
        }
        List<DashQuestionSet.Question> questions = set.questions() == null ? List.of() : set.questions();
        if (questions.isEmpty()) {
            problems.add("questions is missing or empty");
        }
        Set<String> ids = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            var q = questions.get(i);
            String at = "questions[" + i + "]";
            if (q == null) {
                problems.add(at + " is empty");
                continue;
            }
            if (blank(q.id())) {
                problems.add(at + ".id is missing");
            } else if (!q.id().matches("[A-Za-z0-9_-]{1,40}")) {
                problems.add(at + ".id '" + q.id() + "' must be letters, digits, '-' or '_'");
            } else if (!ids.add(q.id())) {
                problems.add(at + ".id '" + q.id() + "' is used by another question: ids must be unique");
            }
            if (q.number() == null || q.number() < 1) {
                problems.add(at + ".number must be 1 or more");
            } else if (!numbers.add(q.number())) {
                problems.add(at + ".number " + q.number() + " is used by another question");
            }
            if (blank(q.text())) {
                problems.add(at + ".text is missing");
            }
            if (blank(q.group()) || !groups.contains(q.group())) {
                problems.add(at + ".group '" + q.group() + "' is not one of the groups");
            }
        }
        var thresholds = set.thresholds();
        if (thresholds == null || thresholds.high() == null || thresholds.medium() == null) {
            problems.add("thresholds.high and thresholds.medium are required");
        } else {
            if (thresholds.medium() < 1) {
                problems.add("thresholds.medium must be 1 or more");
            }
            if (thresholds.medium() >= thresholds.high()) {
                problems.add("thresholds must be ordered: medium (" + thresholds.medium()
                        + ") must be below high (" + thresholds.high() + ")");
            }
            if (!questions.isEmpty() && thresholds.high() > questions.size()) {
                problems.add("thresholds.high (" + thresholds.high() + ") is more than the number of questions ("
                        + questions.size() + "): no assessment could be high risk");
            }
        }
        var escalation = set.escalation();
        if (escalation == null || escalation.windowMonths() == null || escalation.potentialEscalationIncidents() == null
                || escalation.repeatBreachEarlierBreaches() == null || escalation.repeatBreachMinimumLevel() == null) {
            problems.add("escalation.windowMonths, potentialEscalationIncidents, repeatBreachEarlierBreaches and "
                    + "repeatBreachMinimumLevel are required");
        } else {
            if (escalation.windowMonths() < 1) {
                problems.add("escalation.windowMonths must be 1 or more");
            }
            if (escalation.potentialEscalationIncidents() < 2) {
                problems.add("escalation.potentialEscalationIncidents must be 2 or more (the current incident counts as one)");
            }
            if (escalation.repeatBreachEarlierBreaches() < 1) {
                problems.add("escalation.repeatBreachEarlierBreaches must be 1 or more");
            }
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A question set that cannot be used. The message names the file and every problem. */
    public static final class InvalidQuestionSetException extends IllegalStateException {
        private final List<String> problems;

        InvalidQuestionSetException(String where, List<String> problems) {
            super("The DASH question set " + where + " (property nmo.risk.dash.question-set) cannot be used: "
                    + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
