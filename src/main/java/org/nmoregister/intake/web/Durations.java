package org.nmoregister.intake.web;

import java.time.Duration;
import java.time.Instant;

/** How the pages write ages and times: "3 hours", "2 days 4 hours", UK local time. */
public final class Durations {

    private Durations() {
    }

    public static String words(Duration duration) {
        if (duration == null) {
            return "";
        }
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = (minutes / 60) % 24;
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour");
        }
        return plural(minutes, "minute");
    }

    public static String local(Instant instant) {
        return org.nmoregister.platform.web.UkTime.written(instant);
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
