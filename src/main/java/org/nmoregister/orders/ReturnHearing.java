package org.nmoregister.orders;
import jakarta.validation.constraints.Size;
import org.nmoregister.platform.DateWindow;

import java.time.Instant;

/** The hearing at which a without-notice order is reconsidered with the respondent present. */
public record ReturnHearing(@DateWindow(DateWindow.Kind.SCHEDULED) Instant at, @Size(max = 200) String court) {
}
