package org.nmoregister.breaches.check;

import java.time.Instant;
import java.util.List;

/**
 * What the register already holds about the same respondent and victim, for the course-of-conduct prompts
 * (harassment, stalking, controlling or coercive behaviour).
 *
 * @param occurredAt when each earlier reported incident happened (not this one)
 * @param conduct    what each was, in the same order
 */
public record EarlierIncidents(List<Instant> occurredAt, List<Conduct> conduct) {

    public static final EarlierIncidents NONE = new EarlierIncidents(List.of(), List.of());

    public EarlierIncidents {
        occurredAt = List.copyOf(occurredAt);
        conduct = List.copyOf(conduct);
        if (occurredAt.size() != conduct.size()) {
            throw new IllegalArgumentException("one conduct per earlier incident");
        }
    }
}
