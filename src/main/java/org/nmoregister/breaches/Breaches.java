package org.nmoregister.breaches;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The force's breaches as another module may read them: the daily risk meeting puts them on its agenda. Scoped to
 * the signed-in user's force; names are as recorded (the reader masks them where they leave it).
 */
public interface Breaches {

    /** Breaches reported in [from, to), oldest first. */
    List<Digest> reportedBetween(Instant from, Instant to);

    /** Breaches with no outcome yet, oldest first. */
    List<Digest> open();

    /**
     * Of these reports (those of the user's force), the ones not recorded as a crime although breaking the order is
     * an offence and the crime-recording target has passed: the monitoring module suggests watching a respondent
     * whose breaches were not crimed.
     */
    java.util.Set<UUID> notCrimedInTime(java.util.Collection<UUID> reportIds);

    /**
     * One breach in a line.
     *
     * @param conduct          what the respondent did ("contact", "approach")
     * @param check            the worst result of its incidents' checks ("likely breach"), or null
     * @param covered          whether any incident is covered by the order (the check found it not "not covered")
     * @param arrestDecided    whether an arrest decision is recorded
     * @param suspectNotLocated whether the decision is that the suspect was not located
     */
    record Digest(UUID id, String reference, Instant reportedAt, String protectedPerson, String respondentName,
                  List<String> conduct, String check, boolean covered, boolean arrestDecided,
                  boolean suspectNotLocated) {
    }
}
