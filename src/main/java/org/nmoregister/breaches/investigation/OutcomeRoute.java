package org.nmoregister.breaches.investigation;

/**
 * How the breach is pursued: the s.42A offence, or civil contempt at the applicant's choice (or when she does not
 * support a prosecution). An undertaking can only be pursued as contempt.
 */
public enum OutcomeRoute {
    CRIMINAL, CIVIL_CONTEMPT
}
