package org.nmoregister.breaches.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nmoregister.breaches.investigation.ArrestDecision;
import org.nmoregister.risk.RiskMeetingContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts breaches on the daily risk meeting's agenda (seed 000: forces with the most confidence include NMO breaches
 * in their daily risk meetings): every breach reported since the last meeting, victims with repeat breaches, and
 * suspects not yet arrested.
 */
@Component
class BreachesOnTheRiskAgenda implements RiskMeetingContributor {

    private static final java.time.format.DateTimeFormatter UK_DATE = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy", java.util.Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));

    private final BreachFiles breaches;
    private final BreachChecking checking;

    BreachesOnTheRiskAgenda(BreachFiles breaches, BreachChecking checking) {
        this.checking = checking;
        this.breaches = breaches;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(Instant since, Instant until) {
        List<AgendaItem> items = new ArrayList<>();
        List<BreachSummary> recent = breaches.summaries(breaches.reportsBetween(since, until));
        for (BreachSummary b : recent) {
            items.add(new AgendaItem(Section.BREACHES_SINCE_LAST_MEETING, b.reference(), link(b),
                    describe(b) + (b.check() == null ? "" : "; check: " + b.check().name().replace('_', ' ')
                            .toLowerCase()), b.riskLevel()));
        }
        // Repeat victims: two or more breaches against the same protected person within the risk rules' window.
        Instant windowStart = checking.repeatsSince(until);
        Map<String, List<BreachSummary>> byVictim = new LinkedHashMap<>();
        for (BreachSummary b : breaches.summaries(breaches.reportsBetween(windowStart, until))) {
            if (b.protectedPerson() != null) {
                byVictim.computeIfAbsent(b.protectedPerson().strip().toLowerCase(), k -> new ArrayList<>()).add(b);
            }
        }
        byVictim.values().stream().filter(list -> list.size() >= 2
                        && list.stream().anyMatch(b -> !b.reportedAt().isBefore(since)))
                .forEach(list -> {
                    BreachSummary latest = list.get(list.size() - 1);
                    items.add(new AgendaItem(Section.REPEAT_VICTIMS, latest.reference(), link(latest),
                            latest.protectedPerson() + ": " + list.size() + " breaches in "
                                    + " since " + UK_DATE.format(windowStart) + " (latest " + latest.reference()
                                    + ", respondent " + orUnknown(latest.respondentName()) + ")",
                            latest.riskLevel()));
                });
        for (BreachSummary b : breaches.summaries(breaches.openReports())) {
            boolean outstanding = b.arrestDecision() == ArrestDecision.SUSPECT_NOT_LOCATED
                    || (b.arrestDecision() == null && b.check() != null
                    && b.check() != org.nmoregister.breaches.check.Outcome.NOT_COVERED);
            if (outstanding) {
                long hours = Duration.between(b.reportedAt(), until).toHours();
                items.add(new AgendaItem(Section.OUTSTANDING_ARRESTS, b.reference(), link(b),
                        orUnknown(b.respondentName()) + " not arrested " + hours + " h after " + b.reference()
                                + (b.arrestDecision() == null ? " (no decision recorded)" : " (not located)"),
                        b.riskLevel()));
            }
        }
        return items;
    }

    private static String describe(BreachSummary b) {
        return orUnknown(b.respondentName()) + " against " + orUnknown(b.protectedPerson()) + ": "
                + b.conduct().stream().map(c -> c.name().toLowerCase()).reduce((x, y) -> x + ", " + y).orElse("");
    }

    private static String link(BreachSummary b) {
        return "/breaches/" + b.id();
    }

    private static String orUnknown(String s) {
        return s == null ? "unknown" : s;
    }
}
