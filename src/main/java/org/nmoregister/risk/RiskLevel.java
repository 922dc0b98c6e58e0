package org.nmoregister.risk;

/** The DASH risk levels. */
public enum RiskLevel {
    STANDARD, MEDIUM, HIGH
}
