package org.nmoregister.safeguarding.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as mail writes them: UK time, in words people read ("4 December 2026 at 3:05pm"). */
final class Mail {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private Mail() {
    }

    static String time(Instant at) {
        return UK.format(at).replace("AM", "am").replace("PM", "pm");
    }
}
