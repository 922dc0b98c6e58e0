package org.nmoregister.quality;

import java.util.UUID;

/**
 * An order version has been quality-assured: its people and places can be flagged and the victim's district and the
 * safeguarding unit told.
 *
 * @param overridden true when a supervisor assured it despite ERROR findings
 */
public record OrderQualityAssured(UUID orderId, UUID forceId, int version, boolean overridden) {
}
