package org.nmoregister.orders.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Respondent;
import org.nmoregister.places.Postcode;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.retention.FactKind;
import org.nmoregister.retention.PartyFact;
import org.nmoregister.retention.Rectification;
import org.nmoregister.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The orders module's part in the right to rectification (DPA 2018 s.46) for what it holds about a party: the name,
 * date of birth and each address. A correction is recorded as the order records any correction, a new version with
 * the reason (the old version stays as evidence, and the lookup and markers follow from the version's events); a
 * fact whose accuracy is contested and cannot be settled is marked contested ({@code order_contested_fact}) so that
 * the order's page, its API view and a subject access export say so, until a correction settles it.
 */
@Component
class OrderRectification {

    /** A contested fact as the order's views show it. */
    record Contested(String role, String personName, FactKind fact, String heldValue, String reason, Instant since,
                     String by) {
    }

    private final OrderRegister register;
    private final Confidentiality confidentiality;
    private final CurrentUsers users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    OrderRectification(OrderRegister register, Confidentiality confidentiality, CurrentUsers users, JdbcTemplate jdbc,
                       Clock clock) {
        this.register = register;
        this.confidentiality = confidentiality;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The parties' facts as the latest version holds them, masked as for the user; not found for another force. */
    List<PartyFact> facts(UUID orderId, UUID forceId) {
        OrderSnapshot current = register.current(orderId);
        if (!current.forceId().equals(forceId)) {
            return List.of();
        }
        OrderDetails shown = confidentiality.forUser(current.details(), orderId, users.require());
        List<Contested> contested = contested(orderId);
        List<PartyFact> facts = new ArrayList<>();
        for (Party p : parties(shown)) {
            add(facts, contested, orderId, p, FactKind.NAME, p.name(), false);
            if (p.dateOfBirth() != null) {
                add(facts, contested, orderId, p, FactKind.DATE_OF_BIRTH, p.dateOfBirth().toString(), false);
            }
            for (Address a : p.addresses()) {
                add(facts, contested, orderId, p, FactKind.ADDRESS, a.oneLine(), a.confidential());
            }
        }
        return facts;
    }

    private static void add(List<PartyFact> facts, List<Contested> contested, UUID orderId, Party p, FactKind kind,
                            String value, boolean confidential) {
        if (value == null || value.isBlank()) {
            return;
        }
        boolean disputed = contested.stream().anyMatch(c -> c.role().equals(p.role())
                && c.personName().equals(p.name()) && c.fact() == kind && c.heldValue().equals(value));
        facts.add(new PartyFact(orderId, "orders", p.role(), p.name(), kind, value, confidential, disputed));
    }

    /** Records the correction as a new version with the reason; settles the fact if it was contested. */
    Optional<String> rectify(Rectification r, UUID forceId) {
        OrderSnapshot current = register.current(r.orderId());
        if (!current.forceId().equals(forceId)) {
            return Optional.empty();
        }
        if (r.correctedValue() == null || r.correctedValue().isBlank()) {
            throw new InvalidRequestException("correctedValue", "Enter what the record should say");
        }
        held(current, r);
        String corrected = r.correctedValue().strip();
        OrderDetails next = corrected(current.details(), r, corrected);
        OrderSnapshot version = register.addVersion(r.orderId(), ChangeKind.CORRECTION, clock.instant(), next,
                "Rectification (DPA 2018 s.46) of the " + r.role().toLowerCase().replace('_', ' ') + "'s "
                        + r.fact().words() + ", asked by " + r.requestedBy() + ": " + r.reason());
        jdbc.update("update order_contested_fact set settled_at = ? where order_id = ? and party_role = ?"
                        + " and person_name = ? and fact = ? and held_value = ? and settled_at is null",
                Timestamp.from(clock.instant()), r.orderId(), r.role(), r.personName(), r.fact().name(),
                r.heldValue());
        return Optional.of("order version " + version.version());
    }

    /** Marks the fact contested: every view of the order says so until a correction settles it. */
    Optional<String> restrict(Rectification r, UUID forceId) {
        OrderSnapshot current = register.current(r.orderId());
        if (!current.forceId().equals(forceId)) {
            return Optional.empty();
        }
        held(current, r);
        boolean already = contested(r.orderId()).stream().anyMatch(c -> c.role().equals(r.role())
                && c.personName().equals(r.personName()) && c.fact() == r.fact()
                && c.heldValue().equals(r.heldValue()));
        if (!already) {
            jdbc.update("""
                    insert into order_contested_fact (id, order_id, party_role, person_name, fact, held_value, reason,
                        contested_at, contested_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(),
                    r.orderId(), r.role(), r.personName(), r.fact().name(), r.heldValue(), r.reason(),
                    Timestamp.from(clock.instant()), users.require().username());
        }
        return Optional.of("marked contested on the order" + (already ? " (it was already)" : ""));
    }

    /** The order's facts whose accuracy is contested now. */
    List<Contested> contested(UUID orderId) {
        return jdbc.query("select party_role, person_name, fact, held_value, reason, contested_at, contested_by"
                        + " from order_contested_fact where order_id = ? and settled_at is null order by contested_at",
                (rs, n) -> new Contested(rs.getString(1), rs.getString(2), FactKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)), orderId);
    }

    /** The fact must still hold the value the supervisor saw; otherwise the decision was made on something else. */
    private void held(OrderSnapshot current, Rectification r) {
        OrderDetails shown = confidentiality.forUser(current.details(), r.orderId(), users.require());
        boolean holds = parties(shown).stream().anyMatch(p -> p.role().equals(r.role())
                && Objects.equals(p.name(), r.personName()) && switch (r.fact()) {
                    case NAME -> Objects.equals(p.name(), r.heldValue());
                    case DATE_OF_BIRTH -> p.dateOfBirth() != null && p.dateOfBirth().toString().equals(r.heldValue());
                    case ADDRESS -> p.addresses().stream().anyMatch(a -> a.oneLine().equals(r.heldValue()));
                });
        if (!holds) {
            throw new InvalidRequestException("fact", "The order no longer holds that value for that person: it has"
                    + " changed since, so choose the fact again");
        }
    }

    private static OrderDetails corrected(OrderDetails d, Rectification r, String value) {
        ProtectedPerson applicant = d.applicant();
        List<ProtectedPerson> others = new ArrayList<>(d.otherProtectedPersons());
        List<ProtectedPerson> children = new ArrayList<>(d.children());
        Respondent respondent = d.respondent();
        switch (r.role()) {
            case "APPLICANT" -> applicant = person(applicant, r, value);
            case "PROTECTED_PERSON" -> others.replaceAll(p -> matches(p.name(), r) ? person(p, r, value) : p);
            case "CHILD" -> children.replaceAll(p -> matches(p.name(), r) ? person(p, r, value) : p);
            case "RESPONDENT" -> {
                if (respondent != null && matches(respondent.name(), r)) {
                    respondent = new Respondent(r.fact() == FactKind.NAME ? name(value) : respondent.name(),
                            r.fact() == FactKind.DATE_OF_BIRTH ? date(value) : respondent.dateOfBirth(),
                            respondent.aliases(), r.fact() == FactKind.ADDRESS
                            ? addresses(respondent.addresses(), r.heldValue(), value) : respondent.addresses(),
                            respondent.contacts(), respondent.description(), respondent.vehicles(),
                            respondent.officerSafety());
                }
            }
            default -> throw new InvalidRequestException("role", "is not a party's part in an order");
        }
        return new OrderDetails(d.court(), d.caseNumber(), d.orderType(), d.madeAt(), d.withoutNotice(),
                d.returnHearing(), d.duration(), d.endsAt(), d.penalNotice(), applicant, others, children,
                respondent, d.relationship(), d.terms(), d.service(), d.dischargedAt(), d.notes());
    }

    private static boolean matches(String name, Rectification r) {
        return Objects.equals(name, r.personName());
    }

    private static ProtectedPerson person(ProtectedPerson p, Rectification r, String value) {
        if (p == null || !matches(p.name(), r)) {
            return p;
        }
        return new ProtectedPerson(r.fact() == FactKind.NAME ? name(value) : p.name(),
                r.fact() == FactKind.DATE_OF_BIRTH ? date(value) : p.dateOfBirth(), p.aliases(),
                r.fact() == FactKind.ADDRESS ? addresses(p.addresses(), r.heldValue(), value) : p.addresses(),
                p.contacts());
    }

    private static String name(String value) {
        if (value.length() > 200) {
            throw new InvalidRequestException("correctedValue", "A name must be at most 200 characters");
        }
        return value;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("correctedValue", "Enter the date of birth as a real date");
        }
    }

    /**
     * The address held replaced by the corrected one, written on one line ("12 New Street, Leeds, LS6 3AB"): the
     * postcode is found in it, the first part is the first line and the part before the postcode the town. Whether it
     * is confidential (C8) stays as it was.
     */
    private static List<Address> addresses(List<Address> held, String heldLine, String value) {
        String[] parts = value.split("\\s*,\\s*");
        Optional<Postcode> postcode = Postcode.findIn(value);
        List<String> words = new ArrayList<>(List.of(parts));
        if (postcode.isPresent() && !words.isEmpty()
                && Postcode.findIn(words.get(words.size() - 1)).isPresent()) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty() || words.get(0).isBlank()) {
            throw new InvalidRequestException("correctedValue", "Enter the address with its first line");
        }
        String line1 = words.get(0);
        String town = words.size() > 1 ? words.get(words.size() - 1) : null;
        String line2 = words.size() > 2 ? String.join(", ", words.subList(1, words.size() - 1)) : null;
        if (line1.length() > 200 || (line2 != null && line2.length() > 200) || (town != null && town.length() > 100)) {
            throw new InvalidRequestException("correctedValue", "An address line must be at most 200 characters");
        }
        List<Address> next = new ArrayList<>();
        for (Address a : held) {
            next.add(a.oneLine().equals(heldLine) ? new Address(line1, line2, town,
                    postcode.map(Postcode::toString).orElse(null), a.confidential()) : a);
        }
        return next;
    }

    private record Party(String role, String name, LocalDate dateOfBirth, List<Address> addresses) {
    }

    private static List<Party> parties(OrderDetails d) {
        List<Party> parties = new ArrayList<>();
        if (d.applicant() != null) {
            parties.add(new Party("APPLICANT", d.applicant().name(), d.applicant().dateOfBirth(),
                    d.applicant().addresses()));
        }
        d.otherProtectedPersons().forEach(p -> parties.add(new Party("PROTECTED_PERSON", p.name(), p.dateOfBirth(),
                p.addresses())));
        d.children().forEach(p -> parties.add(new Party("CHILD", p.name(), p.dateOfBirth(), p.addresses())));
        if (d.respondent() != null) {
            parties.add(new Party("RESPONDENT", d.respondent().name(), d.respondent().dateOfBirth(),
                    d.respondent().addresses()));
        }
        return parties;
    }
}
