package org.nmoregister.breaches.crime;

import java.util.List;

/** The crime classifications file cannot be used; every problem is listed. */
public class InvalidClassificationsException extends IllegalStateException {

    private final List<String> problems;

    public InvalidClassificationsException(String origin, List<String> problems, Throwable cause) {
        super("The crime classifications " + origin + " cannot be used: " + String.join("; ", problems), cause);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
