package org.nmoregister.monitoring.duties;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a DAPO's terms say of its requirements (plain Java): notification requirements (a term telling the respondent
 * to notify the police of their name or names and home address), from when the three days run (service or the
 * order), and electronic monitoring. When the terms say nothing of notification, the point of contact records it.
 */
public final class DapoTermsReader {

    /** What the terms say; {@code from} is null when they impose notification but do not say from when. */
    public record Reading(boolean notification, NotificationFrom from, boolean electronicMonitoring) {
    }

    /** From when the three days run. */
    public enum NotificationFrom { SERVICE, ORDER }

    private static final Pattern NOTIFY = Pattern.compile("\\bnotif(y|ies|ication)\\b");
    private static final Pattern NAME_OR_ADDRESS = Pattern.compile("\\b(names?|home address|address)\\b");
    private static final Pattern FROM_SERVICE = Pattern.compile(
            "\\b(served|service of (this|the) order|of service|being served)\\b");
    private static final Pattern FROM_ORDER = Pattern.compile(
            "\\b((this|the) order (is|was) made|date of (this|the) order|making of (this|the) order|day (this|the) order)\\b");
    private static final Pattern MONITORING = Pattern.compile(
            "\\b(electronic(ally)? monitor(ing|ed)?|electronic tag|tagged|monitoring requirement)\\b");

    private DapoTermsReader() {
    }

    /** The terms' text read; empty when they say nothing of either requirement. */
    public static Optional<Reading> read(String termsText) {
        if (termsText == null || termsText.isBlank()) {
            return Optional.empty();
        }
        String lower = termsText.toLowerCase(Locale.ROOT);
        String text = lower.replaceAll("\\s+", " ");
        boolean notification = false;
        NotificationFrom from = null;
        for (String sentence : lower.split("(?<=[.;])\\s+|\\R")) {
            if (NOTIFY.matcher(sentence).find() && NAME_OR_ADDRESS.matcher(sentence).find()) {
                notification = true;
                if (from == null && FROM_SERVICE.matcher(sentence).find()) {
                    from = NotificationFrom.SERVICE;
                } else if (from == null && FROM_ORDER.matcher(sentence).find()) {
                    from = NotificationFrom.ORDER;
                }
            }
        }
        boolean monitoring = MONITORING.matcher(text).find();
        if (!notification && !monitoring) {
            return Optional.empty();
        }
        return Optional.of(new Reading(notification, from, monitoring));
    }
}
