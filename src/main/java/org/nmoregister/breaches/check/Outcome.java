package org.nmoregister.breaches.check;

/**
 * The check's conclusion, for the incident as a whole or for one term. A blocker (see {@link Blocker}) that stops
 * the conduct being a breach makes the whole outcome {@link #NOT_COVERED}, whatever the terms say; the term results
 * still show what the conduct would otherwise have breached.
 */
public enum Outcome {
    /** The conduct falls squarely within a term of an order that bound the respondent at the time. */
    LIKELY_BREACH,
    /** It may: an officer must judge (a distance not known, a window that straddles service, a claimed exception). */
    POSSIBLE_BREACH,
    /** Nothing in the order covers it, or a blocker applies. */
    NOT_COVERED
}
