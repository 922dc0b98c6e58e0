package org.nmoregister.safeguarding.internal;

import java.time.Instant;
import org.nmoregister.platform.web.UkTime;

/** Times as mail and briefings write them: UK time, as GOV.UK writes it ("4 December 2026 at 2:30pm"). */
final class Mail {

    private Mail() {
    }

    static String time(Instant at) {
        return UkTime.written(at);
    }
}
