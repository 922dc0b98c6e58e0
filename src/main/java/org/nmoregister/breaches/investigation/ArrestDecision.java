package org.nmoregister.breaches.investigation;

/** Whether the suspect was arrested. Anything but an arrest needs a recorded reason (positive action). */
public enum ArrestDecision {
    ARRESTED, NOT_ARRESTED, SUSPECT_NOT_LOCATED, VOLUNTARY_INTERVIEW
}
