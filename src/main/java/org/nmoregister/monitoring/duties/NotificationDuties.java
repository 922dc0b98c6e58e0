package org.nmoregister.monitoring.duties;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.monitoring.priority.MonitoredOrders;
import org.nmoregister.monitoring.priority.PrioritySubjects;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderVersionRecorded;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.Role;
import org.nmoregister.security.SystemActions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A DAPO's notification duties: the first (names and home address, due three days from service or the order) and
 * each change (due three days from the change), the notifications received, and the raising of an unmet duty to its
 * owner as a possible breach to consider, with the order's text, once per duty.
 */
@Service
public class NotificationDuties {

    /** What a respondent notified. */
    public record NotifiedAddress(String line1, String line2, String town, String postcode, boolean confidential) {
    }

    public record NewNotification(Instant receivedAt, String where, String names, Boolean noFixedAbode,
                                  NotifiedAddress address, LocalDate changedOn) {
    }

    public record NotificationView(UUID id, UUID dutyId, Instant receivedAt, String where, List<String> names,
                                   boolean noFixedAbode, String address, LocalDate changedOn, boolean inTime,
                                   Instant recordedAt, String recordedBy) {
    }

    public record DutyView(UUID id, UUID orderId, String caseNumber, String respondentName, String kind,
                           LocalDate startsOn, String startedBy, LocalDate dueOn, String status, Instant metAt,
                           Instant raisedAt, String raisedTo, String orderText, List<NotificationView> notifications) {
    }

    public record DutyLine(UUID id, UUID orderId, String caseNumber, String respondentName, String kind,
                           LocalDate dueOn, String status, Instant raisedAt, String raisedTo) {
    }

    public record DutyPage(List<DutyLine> items, int page, long total) {
    }

    static final String PROCESS = "monitoring-notification-duties";
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final MonitoredOrders orders;
    private final DapoRequirements requirements;
    private final PrioritySubjects subjects;
    private final Confidentiality confidentiality;
    private final SystemActions system;
    private final ForceDirectory forces;
    private final DueDateRule rule;

    NotificationDuties(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, CurrentUsers currentUsers,
                       AccessLog accessLog, MonitoredOrders orders, DapoRequirements requirements,
                       PrioritySubjects subjects, Confidentiality confidentiality, SystemActions system,
                       ForceDirectory forces,
                       @Value("${nmo.monitoring.duties.counting:DAY_ITSELF_IS_DAY_ONE}") DueDateRule.Counting counting) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.orders = orders;
        this.requirements = requirements;
        this.subjects = subjects;
        this.confidentiality = confidentiality;
        this.system = system;
        this.forces = forces;
        this.rule = new DueDateRule(UkTime.LONDON, counting);
    }

    /**
     * A DAPO recorded or served: its first duty, from what the version says (its terms, or the requirements the point
     * of contact recorded for it). Acts on the event alone.
     */
    @ApplicationModuleListener
    void on(OrderVersionRecorded recorded) {
        OrderDetails d = recorded.order().details();
        if (d.orderType() == null || !"DAPO".equals(d.orderType().name())) {
            return;
        }
        String terms = String.join("\n", d.terms().stream().map(t -> t.number() + ". " + t.text()).toList());
        var req = requirements.recorded(recorded.orderId()).orElseGet(() -> DapoRequirements.fromTerms(terms));
        Instant served = d.service().stream().map(ServiceRecord::servedAt).filter(java.util.Objects::nonNull)
                .min(java.util.Comparator.naturalOrder()).orElse(null);
        initial(recorded.forceId(), recorded.orderId(), req, d.madeAt(), served);
    }

    /** Makes the order's first duty if its requirements and dates now allow (the read model's view of it). */
    void ensure(MonitoredOrders.OrderRow order) {
        initial(order.forceId(), order.orderId(), requirements.of(order), order.madeAt(), order.firstServedAt());
    }

    private void initial(UUID forceId, UUID orderId, DapoRequirements.Requirements req, Instant madeAt,
                         Instant served) {
        if (!req.notification() || req.from() == null) {
            return;
        }
        Instant start = req.from() == DapoTermsReader.NotificationFrom.SERVICE ? served : madeAt;
        if (start == null) {
            return; // not yet served: the duty starts when it is
        }
        LocalDate startsOn = rule.startsOn(start);
        String why = (req.from() == DapoTermsReader.NotificationFrom.SERVICE ? "Served " : "Order made ")
                + new UkTime().format(start);
        // one first duty per order: a later correction of the service time moves it unless it has been met
        jdbc.update("delete from notification_duty where order_id = ? and kind = 'INITIAL' and starts_on <> ? and "
                + "met_at is null and raised_at is null", orderId, startsOn);
        jdbc.update("""
                insert into notification_duty (id, force_id, order_id, kind, starts_on, started_by_event, due_on,
                    created_at)
                select ?, ?, ?, 'INITIAL', ?, ?, ?, ?
                where not exists (select 1 from notification_duty where order_id = ? and kind = 'INITIAL')
                on conflict (order_id, kind, starts_on) do nothing
                """, UUID.randomUUID(), forceId, orderId, startsOn, why, rule.dueOn(startsOn),
                Timestamp.from(clock.instant()), orderId);
    }

    /** Every DAPO of every force has its first duty, and every unmet duty past its day is raised. */
    public int sweep() {
        int raised = 0;
        for (var force : forces.all()) {
            raised += system.runAs(force.id(), PROCESS, Set.of(Role.POINT_OF_CONTACT),
                    () -> transactions.execute(status -> sweepForce(force.id())));
        }
        return raised;
    }

    int sweepForce(UUID forceId) {
        for (var order : jdbc.query("select * from monitoring_order where force_id = ? and order_type = 'DAPO'",
                MonitoredOrders.ROW, forceId)) {
            ensure(order);
        }
        Instant now = clock.instant();
        int raised = 0;
        for (var due : jdbc.query("select id, order_id, due_on, met_at, kind from notification_duty where force_id = ? "
                + "and raised_at is null and due_on < ?", (rs, i) -> new Object[] {rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class), rs.getTimestamp(4), rs.getString(5)},
                forceId, LocalDate.ofInstant(now, UkTime.LONDON))) {
            LocalDate dueOn = (LocalDate) due[2];
            Timestamp met = (Timestamp) due[3];
            if (!rule.overdue(dueOn, now) || (met != null && rule.inTime(dueOn, met.toInstant()))) {
                continue;
            }
            var order = orders.require(forceId, (UUID) due[1]);
            String owner = subjects.ownerOf(forceId, order.respondentKey()).orElse("The point of contact");
            raised += jdbc.update("update notification_duty set raised_at = ?, raised_to = ?, order_text = ? "
                    + "where id = ? and raised_at is null", Timestamp.from(now), owner, order.termsText(), due[0]);
            accessLog.record(AccessAction.CHANGE, "notification-duty", due[0].toString(), null,
                    "Raised to " + owner + " as a possible breach: the " + ("INITIAL".equals(due[4])
                    ? "first notification" : "notification of a change") + " was due by " + dueOn
                    + (met == null ? " and has not been received" : " and was received late"));
        }
        return raised;
    }

    /** Records a notification received for the DAPO: meets its first duty, or (with {@code changedOn}) a change's. */
    @Transactional
    public DutyView receive(UUID orderId, NewNotification n) {
        CurrentUser user = currentUsers.require();
        var order = orders.require(user.forceId(), orderId);
        var req = requirements.of(order);
        if (!req.notification()) {
            throw new ConflictException("The order imposes no notification requirements (record them first if the "
                    + "terms do not say).");
        }
        validate(n);
        Instant now = clock.instant();
        UUID dutyId;
        if (n.changedOn() != null) {
            dutyId = changeDuty(user.forceId(), orderId, n.changedOn(), "Change on " + new UkTime().date(n.changedOn())
                    + ", notified " + new UkTime().format(n.receivedAt()));
        } else {
            ensure(order);
            dutyId = jdbc.queryForList("select id from notification_duty where order_id = ? and kind = 'INITIAL'",
                    UUID.class, orderId).stream().findFirst().orElseThrow(() -> new ConflictException(
                    "The first notification's period has not begun: the order has not been served."));
        }
        LocalDate dueOn = jdbc.queryForObject("select due_on from notification_duty where id = ?", LocalDate.class,
                dutyId);
        boolean inTime = rule.inTime(dueOn, n.receivedAt());
        UUID id = UUID.randomUUID();
        NotifiedAddress a = n.address();
        jdbc.update("""
                insert into notification_received (id, force_id, order_id, duty_id, received_at, received_where, names,
                    no_fixed_abode, address_line1, address_line2, address_town, address_postcode, address_confidential,
                    changed_on, in_time, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, user.forceId(), orderId, dutyId, Timestamp.from(n.receivedAt()), n.where().strip(),
                blank(n.names()), Boolean.TRUE.equals(n.noFixedAbode()), a == null ? null : blank(a.line1()),
                a == null ? null : blank(a.line2()), a == null ? null : blank(a.town()),
                a == null || a.postcode() == null ? null : blank(a.postcode().strip().toUpperCase()),
                a != null && a.confidential(), n.changedOn(), inTime, Timestamp.from(now), user.username());
        jdbc.update("update notification_duty set met_at = ? where id = ? and met_at is null",
                Timestamp.from(n.receivedAt()), dutyId);
        accessLog.record(AccessAction.COLLECT, "notification-duty", dutyId.toString(), null,
                "Recorded a notification from the respondent" + (inTime ? "" : ", received late"));
        return read(user, dutyId, false);
    }

    /** Records a change the police know of (not yet notified): its duty falls due three days from it. */
    @Transactional
    public DutyView knownChange(UUID orderId, LocalDate changedOn, String what) {
        CurrentUser user = currentUsers.require();
        var order = orders.require(user.forceId(), orderId);
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.LONDON);
        if (changedOn == null) {
            errors.add(new FieldError("changedOn", "Enter the day the name or address changed"));
        } else if (changedOn.isAfter(today) || changedOn.isBefore(today.minusYears(5))) {
            errors.add(new FieldError("changedOn", "The change must be today or in the last 5 years"));
        }
        if (what == null || what.isBlank()) {
            errors.add(new FieldError("what", "Say what changed and how the police know"));
        } else if (what.length() > 200) {
            errors.add(new FieldError("what", "must be at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (!requirements.of(order).notification()) {
            throw new ConflictException("The order imposes no notification requirements.");
        }
        UUID id = changeDuty(user.forceId(), orderId, changedOn, what.strip());
        accessLog.record(AccessAction.CHANGE, "notification-duty", id.toString(), null,
                "Recorded a change the respondent must notify");
        return read(user, id, false);
    }

    private UUID changeDuty(UUID forceId, UUID orderId, LocalDate changedOn, String why) {
        jdbc.update("""
                insert into notification_duty (id, force_id, order_id, kind, starts_on, started_by_event, due_on,
                    created_at) values (?, ?, ?, 'CHANGE', ?, ?, ?, ?)
                on conflict (order_id, kind, starts_on) do nothing
                """, UUID.randomUUID(), forceId, orderId, changedOn, MonitoredOrders.cut(why, 200),
                rule.dueOn(changedOn), Timestamp.from(clock.instant()));
        return jdbc.queryForObject("select id from notification_duty where order_id = ? and kind = 'CHANGE' and "
                + "starts_on = ?", UUID.class, orderId, changedOn);
    }

    private void validate(NewNotification n) {
        List<FieldError> errors = new ArrayList<>();
        Instant now = clock.instant();
        if (n.receivedAt() == null) {
            errors.add(new FieldError("receivedAt", "Enter when the respondent notified"));
        } else if (n.receivedAt().isAfter(now.plusSeconds(300))) {
            errors.add(new FieldError("receivedAt", "cannot be in the future"));
        } else if (n.receivedAt().isBefore(now.minus(java.time.Duration.ofDays(3650)))) {
            errors.add(new FieldError("receivedAt", "must be within the last 10 years"));
        }
        PrioritySubjects.text(errors, "where", n.where(), 200, "Say where the respondent notified (the station)");
        if (n.names() != null && n.names().length() > 1000) {
            errors.add(new FieldError("names", "must be at most 1000 characters"));
        }
        NotifiedAddress a = n.address();
        boolean hasAddress = a != null && a.line1() != null && !a.line1().isBlank();
        boolean nfa = Boolean.TRUE.equals(n.noFixedAbode());
        if (hasAddress && nfa) {
            errors.add(new FieldError("noFixedAbode", "Give either an address or no fixed abode, not both"));
        }
        if ((n.names() == null || n.names().isBlank()) && !hasAddress && !nfa) {
            errors.add(new FieldError("names", "Record the names, the home address or no fixed abode"));
        }
        if (a != null) {
            limit(errors, "address.line1", a.line1(), 200);
            limit(errors, "address.line2", a.line2(), 200);
            limit(errors, "address.town", a.town(), 100);
            if (a.postcode() != null && !a.postcode().isBlank()
                    && !POSTCODE.matcher(a.postcode().strip().toUpperCase()).matches()) {
                errors.add(new FieldError("address.postcode", "Enter a real postcode, like LS6 1AA"));
            }
        }
        if (n.changedOn() != null && n.receivedAt() != null
                && n.changedOn().isAfter(LocalDate.ofInstant(n.receivedAt(), UkTime.LONDON))) {
            errors.add(new FieldError("changedOn", "The change cannot be after the notification"));
        } else if (n.changedOn() != null && n.changedOn().isBefore(LocalDate.ofInstant(now, UkTime.LONDON)
                .minusYears(10))) {
            errors.add(new FieldError("changedOn", "must be within the last 10 years"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static void limit(List<FieldError> errors, String field, String value, int limit) {
        if (value != null && value.length() > limit) {
            errors.add(new FieldError(field, "must be at most " + limit + " characters"));
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A duty of the force, logged as a view; addresses masked by the confidentiality rule. */
    @Transactional(readOnly = true)
    public DutyView view(UUID id) {
        return read(currentUsers.require(), id, true);
    }

    /** The order's duties (for its monitoring page; the caller logs the page). */
    @Transactional(readOnly = true)
    public List<DutyView> ofOrder(UUID orderId) {
        CurrentUser user = currentUsers.require();
        return jdbc.queryForList("select id from notification_duty where force_id = ? and order_id = ? order by "
                + "starts_on", UUID.class, user.forceId(), orderId).stream().map(id -> read(user, id, false)).toList();
    }

    /** The order's duties, logged as a view of them. */
    @Transactional(readOnly = true)
    public List<DutyView> ofOrderLogged(UUID orderId) {
        orders.require(currentUsers.require().forceId(), orderId);
        List<DutyView> found = ofOrder(orderId);
        accessLog.record(AccessAction.VIEW, "order", orderId.toString(), null,
                "DAPO notification duties (" + found.size() + ")");
        return found;
    }

    private DutyView read(CurrentUser user, UUID id, boolean log) {
        Instant now = clock.instant();
        var duty = jdbc.query("select * from notification_duty where force_id = ? and id = ?", (rs, i) -> rs.getObject(
                "order_id", UUID.class), user.forceId(), id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("notification duty " + id));
        var order = orders.require(user.forceId(), duty);
        boolean entitled = confidentiality.entitled(user);
        List<NotificationView> received = jdbc.query("select * from notification_received where duty_id = ? "
                + "order by received_at", (rs, i) -> {
                    String address = rs.getBoolean("no_fixed_abode") ? "No fixed abode"
                            : new org.nmoregister.orders.Address(rs.getString("address_line1"),
                            rs.getString("address_line2"), rs.getString("address_town"),
                            rs.getString("address_postcode"), false).oneLine();
                    if (rs.getBoolean("address_confidential") && !entitled) {
                        address = Confidentiality.WITHHELD;
                    }
                    String names = rs.getString("names");
                    return new NotificationView(rs.getObject("id", UUID.class), id,
                            rs.getTimestamp("received_at").toInstant(), rs.getString("received_where"),
                            names == null ? List.of() : names.lines().map(String::strip).filter(s -> !s.isEmpty())
                                    .toList(), rs.getBoolean("no_fixed_abode"), address.isEmpty() ? null : address,
                            rs.getObject("changed_on", LocalDate.class), rs.getBoolean("in_time"),
                            rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
                }, id);
        DutyView view = jdbc.query("select * from notification_duty where id = ?", (rs, i) -> {
            LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
            Timestamp met = rs.getTimestamp("met_at");
            return new DutyView(id, order.orderId(), order.caseNumber(), order.respondentName(), rs.getString("kind"),
                    rs.getObject("starts_on", LocalDate.class), rs.getString("started_by_event"), dueOn,
                    status(dueOn, met == null ? null : met.toInstant(), now),
                    met == null ? null : met.toInstant(), MonitoredOrders.instant(rs.getTimestamp("raised_at")),
                    rs.getString("raised_to"), rs.getString("order_text"), received);
        }, id).get(0);
        if (log) {
            accessLog.record(AccessAction.VIEW, "notification-duty", id.toString(), null,
                    "Notification duty of " + order.respondentName() + " (" + order.caseNumber() + ")");
        }
        return confidentiality.forCurrentUser(view, order.orderId());
    }

    String status(LocalDate dueOn, Instant metAt, Instant now) {
        if (metAt != null) {
            return rule.inTime(dueOn, metAt) ? "MET" : "MET_LATE";
        }
        return rule.overdue(dueOn, now) ? "OVERDUE" : "DUE";
    }

    /** Page {@code page} of the force's duties: {@code open} (unmet, soonest due first) or {@code raised}. */
    @Transactional(readOnly = true)
    public DutyPage list(String which, int page, int size) {
        CurrentUser user = currentUsers.require();
        String where = "raised".equals(which) ? "d.raised_at is not null" : "d.met_at is null";
        String order = "raised".equals(which) ? "d.raised_at desc" : "d.due_on";
        long total = jdbc.queryForObject("select count(*) from notification_duty d where d.force_id = ? and " + where,
                Long.class, user.forceId());
        Instant now = clock.instant();
        List<DutyLine> items = jdbc.query("select d.*, o.case_number, o.respondent_name from notification_duty d "
                + "join monitoring_order o on o.order_id = d.order_id where d.force_id = ? and " + where
                + " order by " + order + ", d.id limit ? offset ?", (rs, i) -> {
                    Timestamp met = rs.getTimestamp("met_at");
                    LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
                    return new DutyLine(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                            rs.getString("case_number"), rs.getString("respondent_name"), rs.getString("kind"), dueOn,
                            status(dueOn, met == null ? null : met.toInstant(), now),
                            MonitoredOrders.instant(rs.getTimestamp("raised_at")), rs.getString("raised_to"));
                }, user.forceId(), size, (long) (page - 1) * size);
        accessLog.record(AccessAction.SEARCH, "notification-duty", which, null,
                "DAPO notification duties (" + which + "), page " + page);
        return new DutyPage(confidentiality.forCurrentUserAcrossForce(items), page, total);
    }

    /** The force's unmet duties past their day (for the risk meeting). */
    public List<DutyLine> overdue() {
        UUID force = currentUsers.require().forceId();
        Instant now = clock.instant();
        return jdbc.query("select d.*, o.case_number, o.respondent_name from notification_duty d join monitoring_order o "
                + "on o.order_id = d.order_id where d.force_id = ? and d.met_at is null and d.due_on < ? order by "
                + "d.due_on limit 200", (rs, i) -> new DutyLine(rs.getObject("id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getString("case_number"), rs.getString("respondent_name"),
                rs.getString("kind"), rs.getObject("due_on", LocalDate.class), "OVERDUE",
                MonitoredOrders.instant(rs.getTimestamp("raised_at")), rs.getString("raised_to")), force,
                LocalDate.ofInstant(now, UkTime.LONDON));
    }
}
