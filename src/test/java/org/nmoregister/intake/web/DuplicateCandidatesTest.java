package org.nmoregister.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.intake.NotificationSource;
import org.nmoregister.intake.NotificationStatus;
import org.nmoregister.intake.internal.NotificationViews.QueueItem;

/** The duplicate picker's rule: likely repeats first; every word typed must match the name, case, court or date. */
class DuplicateCandidatesTest {

    static QueueItem item(String name, String caseNumber, String court, Instant received) {
        return new QueueItem(UUID.randomUUID(), NotificationSource.COURT_FEED, null, null, NotificationStatus.NEW,
                received, Duration.ZERO, false, false, false, null, court, caseNumber, "NMO", name, null, null, null,
                false);
    }

    final QueueItem dawson = item("Karl Dawson", "LS26F00123", "Leeds Family Court", Instant.parse("2026-12-04T14:30:00Z"));
    final QueueItem hussain = item("Imran Hussain", "BD26F00777", "Bradford Family Court",
            Instant.parse("2026-11-30T23:30:00Z"));
    final QueueItem unnamed = item(null, null, null, Instant.parse("2026-10-01T09:00:00Z"));
    final List<QueueItem> recent = List.of(dawson, hussain, unnamed);

    private List<QueueItem> found(String query) {
        return DuplicateCandidates.of(recent, null, null, query).stream().map(DuplicateCandidates.Candidate::item)
                .toList();
    }

    @Test
    void everyWordTypedMustBeFoundInTheNameCaseNumberCourtOrDate() {
        assertThat(found(null)).containsExactly(dawson, hussain, unnamed);
        assertThat(found("  ")).containsExactly(dawson, hussain, unnamed);
        assertThat(found("dawson")).containsExactly(dawson);
        assertThat(found("KARL leeds")).containsExactly(dawson);
        assertThat(found("karl bradford")).isEmpty();
        assertThat(found("ls26f")).containsExactly(dawson);
        assertThat(found("family court")).containsExactly(dawson, hussain);
        assertThat(found("4 December 2026")).containsExactly(dawson);
        assertThat(found("4/12/2026")).containsExactly(dawson);
        assertThat(found("2026-12-04")).containsExactly(dawson);
        // received at 23:30 UTC on 30 November: 30 November in UK time (GMT), the day the point of contact saw
        assertThat(found("30 november")).containsExactly(hussain);
        assertThat(found("october")).containsExactly(unnamed);
    }

    @Test
    void aCandidateWithTheSameCaseNumberOrRespondentComesFirstMarkedLikely() {
        var byCase = DuplicateCandidates.of(recent, "bd26f00777", null, null);
        assertThat(byCase).extracting(DuplicateCandidates.Candidate::item).containsExactly(hussain, dawson, unnamed);
        assertThat(byCase).extracting(DuplicateCandidates.Candidate::likely).containsExactly(true, false, false);
        var byName = DuplicateCandidates.of(recent, "XX1", " karl dawson ", null);
        assertThat(byName.get(0).item()).isEqualTo(dawson);
        assertThat(byName.get(0).likely()).isTrue();
        assertThat(DuplicateCandidates.of(recent, "", "", null)).extracting(DuplicateCandidates.Candidate::likely)
                .as("nothing known: nothing is likely").containsOnly(false);
    }
}
