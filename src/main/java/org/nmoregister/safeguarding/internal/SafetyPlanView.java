package org.nmoregister.safeguarding.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A version of an order's safety plan as pages and the API show it. The people are the order's protected people and
 * "The children"; a measure's details have confidential values withheld by the one masking rule for those not
 * entitled to them.
 *
 * @param version 0 when no plan has been saved yet
 */
public record SafetyPlanView(UUID orderId, String caseNumber, int version, Instant recordedAt, String recordedBy,
                             String change, List<String> people, List<Measure> measures) {

    /** The measures for one person, in the order they were added. */
    public List<Measure> measuresFor(String person) {
        return measures.stream().filter(m -> m.person().equals(person)).toList();
    }

    /**
     * One measure.
     *
     * @param markerId the Location of Interest marker raised for it, if it is one
     */
    public record Measure(UUID id, String person, MeasureKind kind, String details, String owner, LocalDate reviewOn,
                          LocalDate endsOn, UUID markerId) {
    }
}
