package org.nmoregister.quality;

/** Where an order version stands in quality assurance. */
public enum QualityStatus {
    PENDING_QA,
    /** A liaison request to the court is open. */
    QUERIED,
    QUALITY_ASSURED
}
