package org.nmoregister.breaches.review;

/** A reviewer's finding on a sampled breach record. */
public enum DipFinding {
    GOOD_PRACTICE, SATISFACTORY, LEARNING_IDENTIFIED, INADEQUATE
}
