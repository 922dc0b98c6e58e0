package org.nmoregister.risk.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.breaches.BreachRisk;
import org.nmoregister.breaches.Breaches;
import org.nmoregister.breaches.Breaches.Digest;
import org.nmoregister.risk.RiskLevel;
import org.nmoregister.risk.RiskMeetingContributor;
import org.nmoregister.risk.RiskSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts breaches on the daily risk meeting's agenda (seed 000: forces with the most confidence include NMO breaches
 * in their daily risk meetings): every breach reported since the last meeting, victims with repeat breaches, and
 * suspects not yet arrested, each with the level of the DASH assessment the breach opened.
 */
@Component
class BreachesOnTheAgenda implements RiskMeetingContributor {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(UK);

    private final Breaches breaches;
    private final RiskAssessmentService assessments;

    BreachesOnTheAgenda(Breaches breaches, RiskAssessmentService assessments) {
        this.breaches = breaches;
        this.assessments = assessments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(Instant since, Instant until) {
        List<AgendaItem> items = new ArrayList<>();
        List<Digest> recent = breaches.reportedBetween(since, until);
        // Repeat victims: two or more breaches against the same protected person within the risk rules' window.
        Instant windowStart = until.atZone(UK).minus(assessments.escalationWindow()).toInstant();
        List<Digest> inWindow = breaches.reportedBetween(windowStart, until);
        List<Digest> open = breaches.open();
        Map<UUID, RiskLevel> levels = levels(recent, inWindow, open);
        for (Digest b : recent) {
            items.add(new AgendaItem(Section.BREACHES_SINCE_LAST_MEETING, b.reference(), link(b),
                    describe(b) + (b.check() == null ? "" : "; check: " + b.check()), levels.get(b.id())));
        }
        Map<String, List<Digest>> byVictim = new LinkedHashMap<>();
        for (Digest b : inWindow) {
            if (b.protectedPerson() != null) {
                byVictim.computeIfAbsent(b.protectedPerson().strip().toLowerCase(), k -> new ArrayList<>()).add(b);
            }
        }
        byVictim.values().stream().filter(list -> list.size() >= 2
                        && list.stream().anyMatch(b -> !b.reportedAt().isBefore(since)))
                .forEach(list -> {
                    Digest latest = list.get(list.size() - 1);
                    items.add(new AgendaItem(Section.REPEAT_VICTIMS, latest.reference(), link(latest),
                            latest.protectedPerson() + ": " + list.size() + " breaches in "
                                    + " since " + UK_DATE.format(windowStart) + " (latest " + latest.reference()
                                    + ", respondent " + orUnknown(latest.respondentName()) + ")",
                            levels.get(latest.id())));
                });
        for (Digest b : open) {
            boolean outstanding = b.suspectNotLocated() || (!b.arrestDecided() && b.covered());
            if (outstanding) {
                long hours = Duration.between(b.reportedAt(), until).toHours();
                items.add(new AgendaItem(Section.OUTSTANDING_ARRESTS, b.reference(), link(b),
                        orUnknown(b.respondentName()) + " not arrested " + hours + " h after " + b.reference()
                                + (b.arrestDecided() ? " (not located)" : " (no decision recorded)"),
                        levels.get(b.id())));
            }
        }
        return items;
    }

    /** The level of each breach's assessment, read once for the whole agenda. */
    @SafeVarargs
    private Map<UUID, RiskLevel> levels(Collection<Digest>... lists) {
        List<UUID> ids = java.util.Arrays.stream(lists).flatMap(Collection::stream).map(Digest::id).distinct()
                .toList();
        Map<UUID, RiskLevel> levels = new java.util.HashMap<>();
        for (RiskSummary s : assessments.forSources(BreachRisk.Assessment.SOURCE, ids).values()) {
            if (s.level() != null) {
                levels.put(s.sourceId(), s.level());
            }
        }
        return levels;
    }

    private static String describe(Digest b) {
        return orUnknown(b.respondentName()) + " against " + orUnknown(b.protectedPerson()) + ": "
                + String.join(", ", b.conduct());
    }

    private static String link(Digest b) {
        return "/breaches/" + b.id();
    }

    private static String orUnknown(String s) {
        return s == null ? "unknown" : s;
    }
}
