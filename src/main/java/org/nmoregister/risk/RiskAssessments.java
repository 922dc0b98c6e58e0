package org.nmoregister.risk;

import java.util.Optional;
import java.util.UUID;

/** The risk module's public API for other modules. Scoped to the signed-in user's force. */
public interface RiskAssessments {

    /** Opens a DASH assessment for the case, or returns the one already open for the same source. */
    UUID open(RiskCase riskCase);

    /** The assessment opened for a source record, if any. */
    Optional<RiskSummary> forSource(String sourceType, UUID sourceId);
}
