package org.nmoregister.orders;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.nmoregister.orders.internal.ConfidentialValuesReader;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may see addresses and contact details marked confidential (C8), and the one masking rule everything derived
 * from an order goes through before it reaches anyone else. A leaked refuge address can cost a life, so the default
 * is narrow: the point of contact, the safeguarding unit and supervisors ({@code nmo.confidential.entitled-roles}).
 *
 * <p>Each module that shows something derived from an order (its markers, quality assurance, breach files, lookup
 * cards, risk papers) passes its view through {@link #forCurrentUser} at its public boundary; the order's
 * {@link ConfidentialValues} then withhold every confidential value wherever it appears, in any of the forms people
 * write it. The view is rebuilt (records, lists, maps), never changed in place.
 */
@Component
public class Confidentiality {

    public static final String WITHHELD = "Withheld (C8 confidential)";

    private final Set<Role> entitled;
    private final ConfidentialValuesReader reader;
    private final CurrentUsers currentUsers;

    public Confidentiality(@Value("${nmo.confidential.entitled-roles:POINT_OF_CONTACT,SAFEGUARDING,SUPERVISOR}")
                           List<Role> entitledRoles, ConfidentialValuesReader reader, CurrentUsers currentUsers) {
        this.entitled = entitledRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(entitledRoles);
        this.reader = reader;
        this.currentUsers = currentUsers;
    }

    public boolean entitled(CurrentUser user) {
        return user.roles().stream().anyMatch(entitled::contains);
    }

    /** Whether the signed-in user (if any) is entitled; nobody signed in is not. */
    public boolean currentUserEntitled() {
        return currentUsers.current().map(this::entitled).orElse(false);
    }

    /** The confidential values of every version of the order (none for a null id). */
    public ConfidentialValues valuesOf(UUID orderId) {
        return reader.of(orderId);
    }

    /** The confidential values of each of these orders (every version), read in one go: for a read model's build. */
    public java.util.Map<UUID, ConfidentialValues> valuesOfEach(java.util.Collection<UUID> orderIds) {
        return reader.ofEach(orderIds);
    }

    /**
     * The view as the signed-in user may see it when it is not about one order (a risk meeting, the access log):
     * unchanged if entitled, else with every C8 value of every order of the user's force withheld.
     */
    public <T> T forCurrentUserAcrossForce(T view) {
        var user = currentUsers.current();
        if (user.isPresent() && entitled(user.get())) {
            return view;
        }
        return withhold(view, user.map(u -> reader.ofForce(u.forceId())).orElse(ConfidentialValues.NONE));
    }

    /** The view as the signed-in user may see it: unchanged if entitled, else with the order's C8 values withheld. */
    public <T> T forCurrentUser(T view, UUID orderId) {
        return currentUserEntitled() ? view : withhold(view, valuesOf(orderId));
    }

    /** The order with confidential details withheld, unless the user is entitled to them. */
    public OrderDetails forUser(OrderDetails order, CurrentUser user) {
        return entitled(user) ? order : mask(order);
    }

    /** The order with every version's confidential details withheld, unless the user is entitled to them. */
    public OrderDetails forUser(OrderDetails order, UUID orderId, CurrentUser user) {
        return entitled(user) ? order : mask(order, valuesOf(orderId));
    }

    /** The order as someone not entitled to C8 details sees it. */
    public static OrderDetails mask(OrderDetails o) {
        return mask(o, ConfidentialValues.of(o));
    }

    /**
     * The order as someone not entitled to C8 details sees it: confidential addresses and contact details replaced
     * by {@link #WITHHELD}, and every confidential value of the order (of any version, in {@code values}) withheld
     * inside free text (terms, notes, service notes, other parties' details).
     */
    public static OrderDetails mask(OrderDetails o, ConfidentialValues values) {
        Respondent r = o.respondent();
        Respondent maskedRespondent = r == null ? null : new Respondent(r.name(), r.dateOfBirth(), r.aliases(),
                addresses(r.addresses()), contacts(r.contacts()), r.description(), r.vehicles(), r.officerSafety());
        OrderDetails structural = new OrderDetails(o.court(), o.caseNumber(), o.orderType(), o.madeAt(),
                o.withoutNotice(), o.returnHearing(), o.duration(), o.endsAt(), o.penalNotice(), person(o.applicant()),
                o.otherProtectedPersons().stream().map(Confidentiality::person).toList(),
                o.children().stream().map(Confidentiality::person).toList(), maskedRespondent, o.relationship(),
                o.terms(), o.service(), o.dischargedAt(), o.notes());
        return withhold(structural, values.and(ConfidentialValues.of(o)));
    }

    /**
     * The view with every confidential value withheld in every string it holds: records are rebuilt through their
     * canonical constructors, lists, sets and maps copied; other values (numbers, dates, enums, ids) are kept.
     */
    @SuppressWarnings("unchecked")
    public static <T> T withhold(T view, ConfidentialValues values) {
        if (view == null || values.isEmpty()) {
            return view;
        }
        return (T) redact(view, values, 0);
    }

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private static Object redact(Object value, ConfidentialValues values, int depth) {
        if (value == null || depth > 32) {
            return value;
        }
        if (value instanceof String s) {
            return values.redact(s);
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof java.time.temporal.Temporal || value instanceof UUID
                || value instanceof java.time.temporal.TemporalAmount) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(redact(v, values, depth + 1)));
            return java.util.Collections.unmodifiableList(out);
        }
        if (value instanceof Set<?> set) {
            Set<Object> out = new LinkedHashSet<>();
            set.forEach(v -> out.add(redact(v, values, depth + 1)));
            return java.util.Collections.unmodifiableSet(out);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, redact(v, values, depth + 1)));
            return out;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(v -> redact(v, values, depth + 1));
        }
        if (value instanceof String[] strings) {
            String[] out = new String[strings.length];
            for (int i = 0; i < strings.length; i++) {
                out[i] = values.redact(strings[i]);
            }
            return out;
        }
        if (value.getClass().isRecord()) {
            return record(value, values, depth);
        }
        return value;
    }

    private static Object record(Object value, ConfidentialValues values, int depth) {
        Class<?> type = value.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        boolean changed = false;
        try {
            for (int i = 0; i < components.length; i++) {
                var accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                Object before = accessor.invoke(value);
                args[i] = redact(before, values, depth + 1);
                changed |= !java.util.Objects.equals(before, args[i]);
            }
            if (!changed) {
                return value;
            }
            Constructor<?> constructor = CONSTRUCTORS.computeIfAbsent(type, t -> {
                Class<?>[] types = java.util.Arrays.stream(components).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new);
                try {
                    Constructor<?> c = t.getDeclaredConstructor(types);
                    c.setAccessible(true);
                    return c;
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(e);
                }
            });
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            // Never show the unmasked view: a record that cannot be rebuilt is a bug to find in tests.
            throw new IllegalStateException("Cannot withhold confidential details from " + type.getName(), e);
        }
    }

    private static ProtectedPerson person(ProtectedPerson p) {
        return p == null ? null
                : new ProtectedPerson(p.name(), p.dateOfBirth(), p.aliases(), addresses(p.addresses()),
                        contacts(p.contacts()));
    }

    private static List<Address> addresses(List<Address> addresses) {
        return addresses.stream()
                .map(a -> a.confidential() ? new Address(WITHHELD, null, null, null, true) : a).toList();
    }

    private static List<ContactDetail> contacts(List<ContactDetail> contacts) {
        return contacts.stream()
                .map(c -> c.confidential() ? new ContactDetail(c.kind(), WITHHELD, true) : c).toList();
    }
}
