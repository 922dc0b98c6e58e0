package org.nmoregister.monitoring.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.Term;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and handling alerts, scoped to the user's force, every view written to the access log, every view masked
 * by the one rule: the place's address only to those entitled to a confidential one (else its kind and area).
 */
@Component
public class AlertService {

    /**
     * An alert as its readers see it.
     *
     * @param place          the place in words anyone may read: its kind and area
     * @param placeAddress   the address as the order writes it; withheld from those not entitled to a C8 one
     * @param distanceMetres the nearest the device came to the place's centre in this episode
     * @param latitude       the device's latest point in the episode (where the respondent was)
     */
    public record AlertView(UUID id, AlertKind kind, String kindInWords, String status, Instant at, Instant receivedAt,
                            Instant lastAt, Instant endedAt, UUID orderId, String deviceId, String place,
                            String placeAddress, Double radiusMetres, Double distanceMetres, int points,
                            Double latitude, Double longitude, Double accuracyMetres, Instant acknowledgedAt,
                            String acknowledgedBy, Instant closedAt, String closedBy, String outcome,
                            String outcomeNote) {
    }

    /** A page of alerts, newest first. */
    public record AlertPage(List<AlertView> items, int page, int pageSize, long total) {
    }

    /** The order's terms that apply to the alert, and what to do for the victim. */
    public record AlertContext(String caseNumber, List<Term> terms, List<String> victimSafetyActions) {
    }

    private final AlertStore store;
    private final AlertStream stream;
    private final CurrentUsers users;
    private final AccessLog accessLog;
    private final Confidentiality confidentiality;
    private final OrderRegister orders;
    private final Clock clock;

    AlertService(AlertStore store, AlertStream stream, CurrentUsers users, AccessLog accessLog,
                 Confidentiality confidentiality, OrderRegister orders, Clock clock) {
        this.store = store;
        this.stream = stream;
        this.users = users;
        this.accessLog = accessLog;
        this.confidentiality = confidentiality;
        this.orders = orders;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AlertPage list(UUID orderId, boolean openOnly, int page, int size) {
        CurrentUser user = users.require();
        if (orderId != null) {
            orders.current(orderId); // another force's order is not found
        }
        long total = store.count(user.forceId(), orderId, openOnly);
        List<AlertView> items = store.page(user.forceId(), orderId, openOnly, (page - 1) * size, size).stream()
                .map(a -> view(a, user)).toList();
        accessLog.record(AccessAction.SEARCH, "monitoring alert", orderId == null ? "list" : orderId.toString(),
                null, "Electronic-monitoring alerts listed: " + items.size() + " of " + total);
        return new AlertPage(items, page, size, total);
    }

    @Transactional
    public AlertView read(UUID id) {
        CurrentUser user = users.require();
        AlertRow row = store.find(user.forceId(), id).orElseThrow(() -> new NotFoundException("Alert " + id));
        accessLog.record(AccessAction.VIEW, "monitoring alert", id.toString(), null,
                row.kind().words() + " alert on order " + row.orderId());
        return view(row, user);
    }

    /** The order as it stood when the alert began: its terms that draw the zone (else all), and victim safety. */
    @Transactional
    public AlertContext context(UUID id) {
        CurrentUser user = users.require();
        AlertRow row = store.find(user.forceId(), id).orElseThrow(() -> new NotFoundException("Alert " + id));
        orders.consult(row.orderId(), "terms, for an electronic-monitoring alert", "Safeguarding: electronic-monitoring alert " + id);
        OrderSnapshot order = orders.asAt(row.orderId(), row.at()).orElseGet(() -> orders.current(row.orderId()));
        List<Term> terms = order.details().terms() == null ? List.of() : order.details().terms();
        List<Term> applying = new ArrayList<>();
        if (row.placeAddress() != null) {
            String address = row.placeAddress().toLowerCase(Locale.ROOT);
            String first = address.split(",")[0].strip();
            for (Term term : terms) {
                String text = term.text() == null ? "" : term.text().toLowerCase(Locale.ROOT);
                if (text.contains(first) || (row.placeKind() != null && row.placeKind().contains("home")
                        && text.contains("home"))) {
                    applying.add(term);
                }
            }
        }
        if (applying.isEmpty()) {
            applying = terms;
        }
        AlertContext context = new AlertContext(order.details().caseNumber(), List.copyOf(applying),
                safetyActions(row));
        return confidentiality.forCurrentUser(context, row.orderId());
    }

    @Transactional
    public AlertView acknowledge(UUID id) {
        CurrentUser user = users.require();
        AlertRow row = store.find(user.forceId(), id).orElseThrow(() -> new NotFoundException("Alert " + id));
        if (store.acknowledge(user.forceId(), id, user.username(), clock.instant()) == 0) {
            throw new ConflictException("This alert is already " + row.status().toLowerCase(Locale.ROOT) + ".");
        }
        accessLog.record(AccessAction.CHANGE, "monitoring alert", id.toString(), null, "Alert acknowledged");
        AlertRow after = store.find(user.forceId(), id).orElseThrow();
        stream.afterCommit(List.of(after), false);
        return view(after, user);
    }

    @Transactional
    public AlertView close(UUID id, String outcome, String note) {
        CurrentUser user = users.require();
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        AlertOutcome chosen = null;
        if (outcome == null || outcome.isBlank()) {
            errors.add(new InvalidRequestException.FieldError("outcome", "Choose what came of the alert"));
        } else {
            try {
                chosen = AlertOutcome.valueOf(outcome);
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidRequestException.FieldError("outcome", "Choose one of the outcomes listed"));
            }
        }
        if (note != null && note.length() > 2000) {
            errors.add(new InvalidRequestException.FieldError("note", "The note must be 2,000 characters or fewer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        AlertRow row = store.find(user.forceId(), id).orElseThrow(() -> new NotFoundException("Alert " + id));
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (store.close(user.forceId(), id, chosen.name(), cleanNote, user.username(), clock.instant()) == 0) {
            throw new ConflictException("This alert is already closed.");
        }
        accessLog.record(AccessAction.CHANGE, "monitoring alert", id.toString(), null,
                "Alert closed: " + chosen.words());
        AlertRow after = store.find(user.forceId(), id).orElseThrow();
        stream.afterCommit(List.of(after), false);
        return view(after, user);
    }

    public boolean entitled() {
        return confidentiality.currentUserEntitled();
    }

    private AlertView view(AlertRow a, CurrentUser user) {
        boolean mayReadAddress = !a.placeConfidential() || confidentiality.entitled(user);
        AlertView view = new AlertView(a.id(), a.kind(), a.kind().words(), a.status(), a.at(), a.receivedAt(),
                a.lastAt(), a.endedAt(), a.orderId(), a.deviceId(), a.placeInWords(),
                a.placeAddress() == null ? null : mayReadAddress ? a.placeAddress() : Confidentiality.WITHHELD,
                a.radiusMetres(), a.distanceMetres() == null ? null : (double) Math.round(a.distanceMetres()),
                a.points(), a.latitude(), a.longitude(), a.accuracyMetres(), a.acknowledgedAt(),
                a.acknowledgedBy(), a.closedAt(), a.closedBy(), a.outcome(), a.outcomeNote());
        return confidentiality.forCurrentUser(view, a.orderId());
    }

    /** What the control room does for the victim, by kind of alert. */
    static List<String> safetyActions(AlertRow a) {
        return switch (a.kind()) {
            case ZONE_ENTRY -> List.of(
                    "Send the nearest unit to the protected place now: treat it as an emergency.",
                    "Call the victim on their safe number: tell them the respondent may be near and ask if they are safe.",
                    "If the victim cannot be reached, send a unit to them as well.",
                    "Report the breach (below): the point, the time and the zone are the evidence.");
            case POSSIBLE_ZONE_ENTRY -> List.of(
                    "The device's fix is not precise enough to be sure: check the next points on this page.",
                    "Call the victim on their safe number and ask if they are safe.",
                    "Send a unit if the points come closer or the victim asks for one.");
            case DEVICE_TAMPER -> List.of(
                    "Call the victim on their safe number: the respondent's location may no longer be known.",
                    "Send a unit to the respondent's last known location.",
                    "Tamper may itself breach the order's monitoring requirement: report it.");
            case SIGNAL_LOST -> List.of(
                    "Contact the monitoring provider to find out why the device is silent.",
                    "Call the victim on their safe number: the respondent's location is not known.",
                    "Consider sending a unit to the protected place.");
            case LOW_BATTERY -> List.of(
                    "Ask the monitoring provider to contact the respondent to charge the device.",
                    "If the device goes silent, a signal-lost alert follows.");
        };
    }
}
