package org.nmoregister.safeguarding.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.flags.LocationsOfInterest;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Safety plans: the measures protecting the victims of an order, each for one protected person (or the children),
 * with an owner and a review date. Every save is a new version with who and when; a Location of Interest measure
 * raises the marker on the person's address through the flags module, and removing it withdraws the marker.
 */
@Service
public class SafetyPlans {

    /** The plan's entry for the order's relevant children, who are planned for together. */
    public static final String CHILDREN = "The children";
    static final int DETAILS_LIMIT = 1000;
    static final int OWNER_LIMIT = 200;
    /** A review date or an end further off than this is a typing mistake, not a plan. */
    static final int YEARS_AHEAD = 5;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final OrderRegister orders;
    private final Confidentiality confidentiality;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final LocationsOfInterest locations;
    private final Clock clock;

    SafetyPlans(JdbcTemplate jdbc, JsonMapper json, OrderRegister orders, Confidentiality confidentiality,
                CurrentUsers currentUsers, AccessLog accessLog, LocationsOfInterest locations, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.orders = orders;
        this.confidentiality = confidentiality;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.locations = locations;
        this.clock = clock;
    }

    /** A measure as typed: the person it protects, its kind, details, owner, review date and (for some) its end. */
    public record MeasureInput(String person, String kind, String details, String owner, LocalDate reviewOn,
                               LocalDate endsOn) {
    }

    /** The plan as it stands, as the user may see it; reading it is written to the access log. */
    @Transactional(readOnly = true)
    public SafetyPlanView current(UUID orderId) {
        OrderSnapshot order = orders.current(orderId); // not found unless the user's force's
        accessLog.record(AccessAction.VIEW, "order", orderId.toString(), null, "Safety plan");
        return masked(latest(orderId, order), orderId);
    }

    /** The plan as it stands, for the order page's annex (the order's reading is logged by the page). */
    @Transactional(readOnly = true)
    public SafetyPlanView forOrderPage(OrderSnapshot order) {
        return masked(latest(order.orderId(), order), order.orderId());
    }

    /** Every version, newest first; reading them is written to the access log. */
    @Transactional(readOnly = true)
    public List<SafetyPlanView> history(UUID orderId) {
        OrderSnapshot order = orders.current(orderId);
        accessLog.record(AccessAction.VIEW, "order", orderId.toString(), null, "Safety plan history");
        List<String> people = people(order.details());
        return jdbc.query("select * from safety_plan_version where order_id = ? and force_id = ? order by version desc",
                (rs, i) -> view(order, people, rs), orderId, order.forceId()).stream()
                .map(v -> masked(v, orderId)).toList();
    }

    /** Adds a measure as a new version of the plan. */
    @Transactional
    public SafetyPlanView add(UUID orderId, MeasureInput input, List<FieldError> alreadyWrong) {
        OrderSnapshot order = orders.current(orderId);
        SafetyPlanView plan = latest(orderId, order);
        MeasureKind kind = check(input, plan.people(), alreadyWrong);
        UUID id = UUID.randomUUID();
        UUID marker = kind == MeasureKind.LOCATION_OF_INTEREST ? raise(order, input.person()) : null;
        List<SafetyPlanView.Measure> measures = new ArrayList<>(plan.measures());
        measures.add(measure(id, input, kind, marker));
        return save(order, plan, measures, "Added: " + kind.label() + " for " + input.person());
    }

    /** Changes a measure as a new version of the plan; a Location of Interest follows its measure's kind. */
    @Transactional
    public SafetyPlanView change(UUID orderId, UUID measureId, MeasureInput input, List<FieldError> alreadyWrong) {
        OrderSnapshot order = orders.current(orderId);
        SafetyPlanView plan = latest(orderId, order);
        SafetyPlanView.Measure old = find(plan, measureId);
        MeasureKind kind = check(input, plan.people(), alreadyWrong);
        UUID marker = old.markerId();
        boolean samePlace = Objects.equals(old.person(), input.person());
        if (marker != null && (kind != MeasureKind.LOCATION_OF_INTEREST || !samePlace)) {
            locations.withdraw(order.forceId(), orderId, marker);
            marker = null;
        }
        if (kind == MeasureKind.LOCATION_OF_INTEREST && marker == null) {
            marker = raise(order, input.person());
        }
        SafetyPlanView.Measure changed = measure(measureId, input, kind, marker);
        List<SafetyPlanView.Measure> measures = new ArrayList<>(plan.measures());
        measures.replaceAll(m -> m.id().equals(measureId) ? changed : m);
        return save(order, plan, measures, "Changed: " + kind.label() + " for " + input.person());
    }

    /** Removes a measure as a new version of the plan, withdrawing its Location of Interest marker if it had one. */
    @Transactional
    public SafetyPlanView remove(UUID orderId, UUID measureId) {
        OrderSnapshot order = orders.current(orderId);
        SafetyPlanView plan = latest(orderId, order);
        SafetyPlanView.Measure old = find(plan, measureId);
        if (old.markerId() != null) {
            locations.withdraw(order.forceId(), orderId, old.markerId());
        }
        List<SafetyPlanView.Measure> measures = new ArrayList<>(plan.measures());
        measures.removeIf(m -> m.id().equals(measureId));
        return save(order, plan, measures, "Removed: " + old.kind().label() + " for " + old.person());
    }

    /** One measure of the plan as it stands, as the user may see it (for its edit form). */
    @Transactional(readOnly = true)
    public SafetyPlanView.Measure measure(UUID orderId, UUID measureId) {
        OrderSnapshot order = orders.current(orderId);
        return find(masked(latest(orderId, order), orderId), measureId);
    }

    /** The people a plan can be for on this order: its applicant, other protected people, and the children. */
    static List<String> people(OrderDetails details) {
        List<String> people = new ArrayList<>();
        if (details.applicant() != null && details.applicant().name() != null) {
            people.add(details.applicant().name());
        }
        details.otherProtectedPersons().stream().map(ProtectedPerson::name).filter(Objects::nonNull)
                .filter(n -> !people.contains(n)).forEach(people::add);
        if (!details.children().isEmpty()) {
            people.add(CHILDREN);
        }
        return List.copyOf(people);
    }

    private MeasureKind check(MeasureInput input, List<String> people, List<FieldError> alreadyWrong) {
        List<FieldError> errors = new ArrayList<>(alreadyWrong == null ? List.of() : alreadyWrong);
        if (input.person() == null || !people.contains(input.person())) {
            errors.add(new FieldError("person", "Select who the measure protects"));
        }
        MeasureKind kind = null;
        if (input.kind() == null || input.kind().isBlank()) {
            errors.add(new FieldError("kind", "Select the kind of measure"));
        } else {
            try {
                kind = MeasureKind.valueOf(input.kind().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "Select one of the kinds of measure listed"));
            }
        }
        if (input.details() != null && input.details().length() > DETAILS_LIMIT) {
            errors.add(new FieldError("details", "Details must be " + DETAILS_LIMIT + " characters or fewer"));
        }
        if (input.owner() == null || input.owner().isBlank()) {
            errors.add(new FieldError("owner", "Enter who owns the measure"));
        } else if (input.owner().length() > OWNER_LIMIT) {
            errors.add(new FieldError("owner", "Owner must be " + OWNER_LIMIT + " characters or fewer"));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), org.nmoregister.platform.web.UkTime.LONDON);
        boolean typed = alreadyWrong != null && alreadyWrong.stream().anyMatch(e -> e.field().startsWith("reviewOn"));
        if (input.reviewOn() == null && !typed) {
            errors.add(new FieldError("reviewOn", "Enter the date the measure is to be reviewed"));
        } else if (input.reviewOn() != null && (input.reviewOn().isBefore(today)
                || input.reviewOn().isAfter(today.plusYears(YEARS_AHEAD)))) {
            errors.add(new FieldError("reviewOn", "The review date must be today or in the next " + YEARS_AHEAD
                    + " years"));
        }
        boolean endTyped = alreadyWrong != null && alreadyWrong.stream().anyMatch(e -> e.field().startsWith("endsOn"));
        if (kind != null && kind.needsEnd() && input.endsOn() == null && !endTyped) {
            errors.add(new FieldError("endsOn", "Enter the date the " + kind.label().replaceAll(" \\(.*", "")
                    .toLowerCase() + " end"));
        } else if (input.endsOn() != null && input.endsOn().isAfter(today.plusYears(YEARS_AHEAD))) {
            errors.add(new FieldError("endsOn", "The end date must be in the next " + YEARS_AHEAD + " years"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return kind;
    }

    private UUID raise(OrderSnapshot order, String person) {
        OrderDetails details = order.details();
        ProtectedPerson who = CHILDREN.equals(person) ? details.applicant()
                : java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(details.applicant()),
                        details.otherProtectedPersons().stream())
                .filter(p -> person.equals(p.name())).findFirst().orElse(null);
        Address home = who == null || who.addresses().isEmpty() ? null : who.addresses().get(0);
        if (home == null) {
            throw new InvalidRequestException("kind",
                    "The order has no address for " + person + " to put a Location of Interest marker on");
        }
        return locations.raise(order.forceId(), order.orderId(), order.version(), who.name(), home.oneLine(),
                home.postcode(), home.confidential());
    }

    private static SafetyPlanView.Measure measure(UUID id, MeasureInput input, MeasureKind kind, UUID marker) {
        return new SafetyPlanView.Measure(id, input.person(), kind,
                input.details() == null || input.details().isBlank() ? null : input.details().strip(),
                input.owner().strip(), input.reviewOn(), input.endsOn(), marker);
    }

    private static SafetyPlanView.Measure find(SafetyPlanView plan, UUID measureId) {
        return plan.measures().stream().filter(m -> m.id().equals(measureId)).findFirst()
                .orElseThrow(() -> new NotFoundException("safety plan measure"));
    }

    private SafetyPlanView save(OrderSnapshot order, SafetyPlanView plan, List<SafetyPlanView.Measure> measures,
                                String change) {
        CurrentUser user = currentUsers.require();
        int version = plan.version() + 1;
        try {
            jdbc.update("""
                    insert into safety_plan_version (id, force_id, order_id, version, recorded_at, recorded_by, change,
                                                     measures)
                    values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                    """, UUID.randomUUID(), order.forceId(), order.orderId(), version,
                    java.sql.Timestamp.from(clock.instant()), user.username(),
                    change.length() > 300 ? change.substring(0, 300) : change, json.writeValueAsString(measures));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Someone else saved this safety plan a moment ago. Look at it again and "
                    + "make your change to it as it now stands.");
        }
        accessLog.record(AccessAction.CHANGE, "order", order.orderId().toString(), null,
                "Safety plan version " + version + ": " + change);
        return masked(latest(order.orderId(), order), order.orderId());
    }

    private SafetyPlanView latest(UUID orderId, OrderSnapshot order) {
        List<String> people = people(order.details());
        return jdbc.query("select * from safety_plan_version where order_id = ? and force_id = ? "
                                + "order by version desc limit 1", (rs, i) -> view(order, people, rs), orderId,
                        order.forceId()).stream().findFirst()
                .orElse(new SafetyPlanView(orderId, order.details().caseNumber(), 0, null, null, null, people,
                        List.of()));
    }

    private SafetyPlanView view(OrderSnapshot order, List<String> people, java.sql.ResultSet rs)
            throws java.sql.SQLException {
        List<SafetyPlanView.Measure> measures = json.readValue(rs.getString("measures"),
                new TypeReference<List<SafetyPlanView.Measure>>() { });
        // A person named in an earlier version but no longer on the order keeps their measures on show.
        List<String> all = new ArrayList<>(people);
        measures.stream().map(SafetyPlanView.Measure::person).filter(p -> !all.contains(p)).distinct()
                .forEach(all::add);
        return new SafetyPlanView(order.orderId(), order.details().caseNumber(), rs.getInt("version"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), rs.getString("change"),
                List.copyOf(all), measures);
    }

    private SafetyPlanView masked(SafetyPlanView view, UUID orderId) {
        return confidentiality.forCurrentUser(view, orderId);
    }

}
