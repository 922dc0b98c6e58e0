package org.nmoregister.breaches.investigation;

/** Who investigates: complexity and risk decide whether a specialist team takes it (seed 000). */
public enum Allocation {
    RESPONSE, DOMESTIC_ABUSE_TEAM, CID, SAFEGUARDING_HUB
}
