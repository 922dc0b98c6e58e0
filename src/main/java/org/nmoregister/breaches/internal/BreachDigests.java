package org.nmoregister.breaches.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.nmoregister.breaches.Breaches;
import org.nmoregister.breaches.check.Outcome;
import org.nmoregister.breaches.investigation.ArrestDecision;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The force's breaches in a line each, for the modules that read them (the daily risk meeting). */
@Component
class BreachDigests implements Breaches {

    private final BreachFiles files;

    BreachDigests(BreachFiles files) {
        this.files = files;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Digest> reportedBetween(Instant from, Instant to) {
        return digests(files.summaries(files.reportsBetween(from, to)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Digest> open() {
        return digests(files.summaries(files.openReports()));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<java.util.UUID> notCrimedInTime(java.util.Collection<java.util.UUID> reportIds) {
        return files.summaries(files.reportsOfForce(reportIds)).stream().filter(BreachSummary::crimeOverdue)
                .map(BreachSummary::id).collect(java.util.stream.Collectors.toSet());
    }

    private static List<Digest> digests(List<BreachSummary> summaries) {
        return summaries.stream().map(b -> new Digest(b.id(), b.reference(), b.reportedAt(), b.protectedPerson(),
                b.respondentName(), b.conduct().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList(),
                b.check() == null ? null : b.check().name().replace('_', ' ').toLowerCase(Locale.ROOT),
                b.check() != null && b.check() != Outcome.NOT_COVERED, b.arrestDecision() != null,
                b.arrestDecision() == ArrestDecision.SUSPECT_NOT_LOCATED)).toList();
    }
}
