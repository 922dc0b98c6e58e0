package org.nmoregister.breaches.investigation;

/** Kinds of evidence item (seed 004: support the victim to record and keep evidence). */
public enum EvidenceKind {
    SCREENSHOT, CALL_LOG, PHOTO, VIDEO, AUDIO, DOCUMENT, STATEMENT, OTHER
}
