package org.nmoregister.breaches.investigation;

/** Who reported the breach. */
public enum ReporterKind {
    OFFICER, CONTROL_ROOM, PARTNER_AGENCY, VICTIM, WITNESS, OTHER
}
