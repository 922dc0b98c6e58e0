package org.nmoregister.sentencing;

import java.util.List;

/** The guideline file cannot be used: it is missing, not JSON, or breaks a rule; every problem is listed. */
public class InvalidGuidelineException extends IllegalStateException {

    private final List<String> problems;

    public InvalidGuidelineException(String origin, List<String> problems) {
        super("The sentencing guideline " + origin + " cannot be used: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidGuidelineException(String origin, String problem, Throwable cause) {
        super("The sentencing guideline " + origin + " cannot be used: " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
