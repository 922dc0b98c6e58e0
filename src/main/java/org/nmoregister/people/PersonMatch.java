package org.nmoregister.people;

import java.util.Set;

/**
 * A ranked match.
 *
 * @param score       0..1; at or above {@link PersonIndex#DISPLAY_THRESHOLD} it is worth showing
 * @param matchedName the recorded name or alias that matched
 */
public record PersonMatch<T>(PersonRecord<T> person, double score, Set<MatchReason> reasons, String matchedName) {

    public PersonMatch {
        reasons = Set.copyOf(reasons);
    }

    public boolean displayable() {
        return score >= PersonIndex.DISPLAY_THRESHOLD;
    }
}
