package org.nmoregister.monitoring.priority;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Which respondents the register suggests as priority subjects, and why (plain Java, no Spring). Each suggestion
 * names the evidence it rests on, so one dismissed is not made again for the same reason unless something new
 * happens: a new breach in the window, a newer high-risk assessment, another order or flag.
 *
 * <ul>
 *   <li>{@code HIGH_RISK}: the respondent's latest completed assessment (of a breach of any of their orders) is HIGH;
 *       evidence: that assessment.</li>
 *   <li>{@code REPEAT_BREACHES}: two or more breaches of their orders reported within the risk rules' escalation
 *       window (risk.RiskAssessments.escalationWindow(), not a number of this module's); evidence: the latest.</li>
 *   <li>{@code DAPO_REQUIREMENTS}: a DAPO not yet ended with electronic monitoring or notification requirements;
 *       evidence: the order.</li>
 *   <li>{@code OFFENDER_MANAGEMENT}: an IOM or MAPPA flag standing against them; evidence: the flag.</li>
 *   <li>{@code BREACHES_NOT_CRIMED}: an order not yet ended with breaches not recorded as crimes though the target
 *       has passed (the breaches module judges it); evidence: the order and the latest such breach.</li>
 * </ul>
 */
public final class SuggestionRules {

    /** A breach of one of the respondent's orders. */
    public record Breach(UUID reportId, String reference, UUID orderId, Instant reportedAt, boolean notCrimedInTime) {
    }

    /** One of the respondent's orders. */
    public record Order(UUID orderId, String caseNumber, String orderType, boolean ended, boolean electronicMonitoring,
                        boolean notificationRequirements) {
    }

    /** The latest completed risk assessment. */
    public record Assessment(UUID assessmentId, String level, Instant completedAt) {
    }

    /** A standing IOM or MAPPA flag. */
    public record Flag(UUID flagId, String kind, String detail) {
    }

    /** What the register knows of one respondent. */
    public record Facts(List<Order> orders, List<Breach> breaches, Assessment latestAssessment, List<Flag> flags) {
        public Facts {
            orders = orders == null ? List.of() : List.copyOf(orders);
            breaches = breaches == null ? List.of() : List.copyOf(breaches);
            flags = flags == null ? List.of() : List.copyOf(flags);
        }
    }

    /** A suggestion: the reason, in words, and the evidence it rests on. */
    public record Suggestion(SuggestionReason reason, String why, String evidence, UUID orderId) {
    }

    /** Breaches in the window that make a respondent a repeat breacher. */
    public static final int REPEAT_BREACHES = 2;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Period window;
    private final ZoneId zone;

    public SuggestionRules(Period window, ZoneId zone) {
        this.window = window;
        this.zone = zone;
    }

    public List<Suggestion> suggest(Facts facts, Instant now) {
        List<Suggestion> out = new ArrayList<>();
        Assessment latest = facts.latestAssessment();
        if (latest != null && "HIGH".equals(latest.level())) {
            out.add(new Suggestion(SuggestionReason.HIGH_RISK, "High risk on the latest assessment, completed "
                    + day(latest.completedAt()) + ".", "assessment:" + latest.assessmentId(), null));
        }
        Instant from = LocalDate.ofInstant(now, zone).minus(window).atStartOfDay(zone).toInstant();
        List<Breach> inWindow = facts.breaches().stream()
                .filter(b -> !b.reportedAt().isBefore(from) && !b.reportedAt().isAfter(now))
                .sorted(Comparator.comparing(Breach::reportedAt)).toList();
        if (inWindow.size() >= REPEAT_BREACHES) {
            Breach last = inWindow.get(inWindow.size() - 1);
            out.add(new Suggestion(SuggestionReason.REPEAT_BREACHES, inWindow.size() + " breaches reported since "
                    + day(from) + " (the risk rules' window of " + words(window) + "), the latest "
                    + (last.reference() == null ? "" : last.reference() + " ") + "on " + day(last.reportedAt()) + ".",
                    "breach:" + last.reportId(), last.orderId()));
        }
        for (Order order : facts.orders()) {
            if (order.ended() || !"DAPO".equals(order.orderType())) {
                continue;
            }
            if (order.electronicMonitoring() || order.notificationRequirements()) {
                List<String> what = new ArrayList<>();
                if (order.electronicMonitoring()) {
                    what.add("electronic monitoring");
                }
                if (order.notificationRequirements()) {
                    what.add("notification requirements");
                }
                out.add(new Suggestion(SuggestionReason.DAPO_REQUIREMENTS, "DAPO " + order.caseNumber() + " imposes "
                        + String.join(" and ", what) + ".", "order:" + order.orderId() + ":" + String.join("+", what),
                        order.orderId()));
            }
        }
        for (Flag flag : facts.flags()) {
            out.add(new Suggestion(SuggestionReason.OFFENDER_MANAGEMENT, ("IOM".equals(flag.kind())
                    ? "Under integrated offender management" : "Managed under MAPPA")
                    + (flag.detail() == null || flag.detail().isBlank() ? "" : " (" + flag.detail().strip() + ")")
                    + ", as recorded by the point of contact.", "flag:" + flag.flagId(), null));
        }
        Set<UUID> live = facts.orders().stream().filter(o -> !o.ended()).map(Order::orderId)
                .collect(java.util.stream.Collectors.toSet());
        facts.breaches().stream().filter(Breach::notCrimedInTime).filter(b -> live.contains(b.orderId()))
                .collect(java.util.stream.Collectors.groupingBy(Breach::orderId, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()))
                .forEach((orderId, breaches) -> {
                    Breach last = breaches.stream().max(Comparator.comparing(Breach::reportedAt)).orElseThrow();
                    String caseNumber = facts.orders().stream().filter(o -> o.orderId().equals(orderId))
                            .map(Order::caseNumber).findFirst().orElse("");
                    out.add(new Suggestion(SuggestionReason.BREACHES_NOT_CRIMED, breaches.size()
                            + (breaches.size() == 1 ? " breach" : " breaches") + " of order " + caseNumber
                            + " not recorded as a crime though the target has passed, the latest on "
                            + day(last.reportedAt()) + ".", "order:" + orderId + ":breach:" + last.reportId(),
                            orderId));
                });
        return out;
    }

    private String day(Instant at) {
        return at == null ? "an unknown date" : DAY.format(at.atZone(zone));
    }

    static String words(Period period) {
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return period.getDays() + (period.getDays() == 1 ? " day" : " days");
        }
        long months = period.toTotalMonths();
        if (period.getDays() == 0) {
            return months == 1 ? "1 month" : months + " months";
        }
        return months + (months == 1 ? " month and " : " months and ") + period.getDays()
                + (period.getDays() == 1 ? " day" : " days");
    }
}
