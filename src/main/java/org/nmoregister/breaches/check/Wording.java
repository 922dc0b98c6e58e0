package org.nmoregister.breaches.check;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the check writes times, distances and durations in its explanations. */
final class Wording {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(UK);

    private Wording() {
    }

    static String when(Instant at) {
        return at == null ? "an unknown time" : WHEN.format(at);
    }

    static String metres(double m) {
        return Math.round(m) + " m";
    }

    /** "2 hours", "3 days", "45 minutes". */
    static String span(Duration d) {
        Duration a = d.abs();
        if (a.toDays() >= 2) {
            return a.toDays() + " days";
        }
        if (a.toHours() >= 2) {
            return a.toHours() + " hours";
        }
        if (a.toMinutes() >= 2) {
            return a.toMinutes() + " minutes";
        }
        return a.toSeconds() + " seconds";
    }

    /** "2 hours after the incident" or "3 days before the incident". */
    static String relative(Instant at, Instant incident) {
        if (at.equals(incident)) {
            return "at the time of the incident";
        }
        return span(Duration.between(incident, at)) + (at.isAfter(incident) ? " after" : " before") + " the incident";
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
