package org.nmoregister.risk;

import java.time.Period;
import java.util.Optional;
import java.util.UUID;

/** The risk module's public API for other modules. Scoped to the signed-in user's force. */
public interface RiskAssessments {

    /** Opens a DASH assessment for the case, or returns the one already open for the same source. */
    UUID open(RiskCase riskCase);

    /** The assessment opened for a source record, if any. */
    Optional<RiskSummary> forSource(String sourceType, UUID sourceId);

    /**
     * The assessments opened for many source records at once, by source id, for lists: one query and one access-log
     * entry rather than one of each per row.
     */
    java.util.Map<UUID, RiskSummary> forSources(String sourceType, java.util.Collection<UUID> sourceIds);

    /**
     * The period earlier breaches are counted over for {@link RiskCase#earlierBreaches()} (the DASH reference
     * data's escalation window; SafeLives: 12 months), so the caller counts over the window the rules assume.
     */
    Period escalationWindow();
}
