package org.nmoregister.intake.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.nmoregister.intake.internal.NotificationViews.QueueItem;

/**
 * The choices for "duplicate of": the force's recent notifications, those naming the same case or respondent first
 * (likely repeats), narrowed by what the point of contact types. A candidate matches when every word typed is found in
 * its respondent's name, case number, court or the date it was received (written "4 December 2026", "4/12/2026" or
 * "2026-12-04"). The page's script narrows the list by the same rule as the words are typed, from each candidate's
 * {@link Candidate#searchText()}; without script the search box is a form and the server narrows it here. Plain Java.
 */
final class DuplicateCandidates {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("d/M/yyyy", Locale.UK);

    /** One choice: {@code likely} when it names the same case number or respondent as the notification. */
    record Candidate(QueueItem item, boolean likely, String searchText) {
    }

    private DuplicateCandidates() {
    }

    static List<Candidate> of(List<QueueItem> recent, String caseNumber, String respondentName, String query) {
        List<String> words = words(query);
        List<Candidate> result = new ArrayList<>();
        for (QueueItem item : recent) {
            String text = searchText(item);
            if (words.stream().allMatch(text::contains)) {
                result.add(new Candidate(item, same(item.caseNumber(), caseNumber)
                        || same(item.respondentName(), respondentName), text));
            }
        }
        result.sort(Comparator.comparing((Candidate c) -> !c.likely())); // stable: newest first within each
        return result;
    }

    /** What a candidate is found by, in lower case. */
    static String searchText(QueueItem item) {
        var received = item.receivedAt().atZone(UK).toLocalDate();
        return String.join(" ", nonNull(item.respondentName()), nonNull(item.caseNumber()), nonNull(item.court()),
                WRITTEN.format(received), SLASHED.format(received), received.toString()).toLowerCase(Locale.ROOT);
    }

    static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.toLowerCase(Locale.ROOT).strip().split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
