package org.nmoregister.breaches.check;

/** Offences officers must consider alongside the breach (College of Policing: consider every other offence). */
public enum OtherOffence {
    /** Protection from Harassment Act 1997 s.2 (course of conduct: two or more occasions). */
    HARASSMENT,
    /** Protection from Harassment Act 1997 s.2A / s.4A. */
    STALKING,
    /** Criminal Damage Act 1971 s.1. */
    CRIMINAL_DAMAGE,
    /** Common assault, ABH or worse. */
    ASSAULT,
    /** Threats to kill (OAPA 1861 s.16), threats to damage (CDA 1971 s.2), or a public-order offence. */
    THREATS,
    /** Malicious Communications Act 1988 s.1 / Communications Act 2003 s.127. */
    MALICIOUS_COMMUNICATIONS,
    /** Serious Crime Act 2015 s.76 (repeated or continuous, personally connected). */
    CONTROLLING_OR_COERCIVE_BEHAVIOUR
}
