package org.nmoregister.sentencing;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An aggravating or mitigating factor the guideline lists.
 *
 * @param id        a stable key, for an officer's file to refer to
 * @param text      the factor's words
 * @param statutory true for the statutory aggravating factors (previous convictions, offence committed on bail)
 * @param note      guidance for the officer recording it; may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Factor(String id, String text, boolean statutory, String note) {
}
