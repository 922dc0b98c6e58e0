package org.nmoregister.orders;

import java.time.Instant;

/** The hearing at which a without-notice order is reconsidered with the respondent present. */
public record ReturnHearing(Instant at, String court) {
}
