package org.nmoregister.breaches.check;

import java.time.Instant;
import java.util.List;

/**
 * What the register already holds about the same respondent and victim, for the course-of-conduct prompts
 * (harassment, stalking, controlling or coercive behaviour).
 *
 * @param occurredAt when each earlier reported incident happened (not this one)
 * @param conduct    what each was, in the same order: every kind of conduct reported in it (at least one)
 */
public record EarlierIncidents(List<Instant> occurredAt, List<List<Conduct>> conduct) {

    public static final EarlierIncidents NONE = new EarlierIncidents(List.of(), List.of());

    public EarlierIncidents {
        occurredAt = List.copyOf(occurredAt);
        conduct = conduct.stream().map(List::copyOf).toList();
        if (occurredAt.size() != conduct.size()) {
            throw new IllegalArgumentException("one list of conduct per earlier incident");
        }
        if (conduct.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("an earlier incident has at least one conduct");
        }
    }
}
