package org.nmoregister.breaches.investigation;

/** What the suspect said in interview. */
public enum InterviewAccount {
    ADMITTED, DENIED, NO_COMMENT, PREPARED_STATEMENT, ALIBI, REASONABLE_EXCUSE
}
