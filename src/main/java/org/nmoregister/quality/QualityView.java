package org.nmoregister.quality;

import java.time.Instant;
import java.util.List;

/**
 * An order version's quality assurance as the order page and API show it.
 *
 * @param clauses  the structured reading of each term (from the terms module)
 * @param findings enforceability findings: code, severity, clause and what to change
 */
public record QualityView(int version, QualityStatus status, List<?> clauses, List<Finding> findings, int errorCount,
                          String assuredBy, Instant assuredAt, String overrideReason, List<LiaisonView> liaison) {

    public record Finding(String code, String severity, Integer clauseIndex, String message) {
    }
}
