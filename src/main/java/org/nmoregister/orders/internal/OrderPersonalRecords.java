package org.nmoregister.orders.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ConfidentialValues;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.ContactDetail;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.retention.CaseFact;
import org.nmoregister.retention.CaseParty;
import org.nmoregister.retention.HeldRecord;
import org.nmoregister.retention.HeldRecord.Field;
import org.nmoregister.retention.PersonRef;
import org.nmoregister.retention.PersonalRecords;
import org.nmoregister.retention.RecordKind;
import org.nmoregister.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The orders module's part in retention: the order's end for the schedule, the parties a person is in which cases,
 * every version field by field for a subject access request (confidential details masked for a reader not entitled
 * to them, and marked as such), and the disposal of the order, its versions (the one delete the database allows, for
 * a recorded disposal), their replaced readings, its party names and the order's undelivered events.
 */
@Component
class OrderPersonalRecords implements PersonalRecords {

    private final JdbcTemplate jdbc;
    private final DetailsJson json;
    private final Confidentiality confidentiality;
    private final CurrentUsers users;
    private final Clock clock;
    private final OrderRectification rectification;

    OrderPersonalRecords(JdbcTemplate jdbc, DetailsJson json, Confidentiality confidentiality, CurrentUsers users,
                         Clock clock, OrderRectification rectification) {
        this.rectification = rectification;
        this.jdbc = jdbc;
        this.json = json;
        this.confidentiality = confidentiality;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public String holder() {
        return "orders";
    }

    @Override
    public int disposalStage() {
        return LAST;
    }

    /**
     * The order's end is its latest version's, as the order keeps it (V66, written with each version, so no stored
     * text is parsed here and no odd date in one order stops the sweep): its discharge, else its end date; an order
     * until the next hearing or further order has none (a DAPN lasts 48 hours from when it was given).
     */
    @Override
    public List<CaseFact> facts(UUID afterOrderId, int limit) {
        Instant now = clock.instant();
        // The bound is given for the versions too: the planner does not carry o.id > ? over the join, and its
        // merge join then read order_version from the first order on, every batch, so the sweep grew with the
        // square of the register (a million orders' facts in 405 s; with the bound, 70 s: docs/benchmarks.md).
        return jdbc.query("""
                select o.id, o.force_id, o.court, o.order_type, o.made_at, o.created_at, v.recorded_at,
                       o.discharged_at,
                       case when v.details ->> 'duration' = 'UNTIL_NEXT_HEARING' then null else o.ends_at end ends_at
                from protective_order o
                join order_version v on v.order_id = o.id and v.version = o.latest_version
                where o.id > ? and v.order_id > ? order by o.id limit ?""", (rs, n) -> {
            Timestamp discharged = rs.getTimestamp("discharged_at");
            Timestamp ends = rs.getTimestamp("ends_at");
            Instant end = discharged != null ? discharged.toInstant() : ends == null ? null : ends.toInstant();
            Instant made = rs.getTimestamp("made_at").toInstant();
            String label = rs.getString("court") + ", " + rs.getString("order_type") + ", made "
                    + made.atZone(ZoneId.of("Europe/London")).getYear();
            return new CaseFact(rs.getObject("id", UUID.class), rs.getObject("force_id", UUID.class),
                    RecordKind.ORDER, min(made, rs.getTimestamp("created_at").toInstant()),
                    rs.getTimestamp("recorded_at").toInstant(), end, end == null || end.isAfter(now), label);
        }, afterOrderId, afterOrderId, limit);
    }

    @Override
    public List<CaseParty> parties(PersonRef person, UUID forceId) {
        String key = Keys.name(person.name());
        if (key.isEmpty()) {
            return List.of();
        }
        List<CaseParty> found = new ArrayList<>();
        jdbc.query("""
                select p.order_id, p.role, v.details from order_party_name p
                join protective_order o on o.id = p.order_id
                join order_version v on v.order_id = o.id and v.version = o.latest_version
                where o.force_id = ? and p.name_key = ?""", rs -> {
            UUID orderId = rs.getObject("order_id", UUID.class);
            String role = rs.getString("role");
            OrderDetails details = json.read(rs.getString("details"));
            for (Party party : parties(details)) {
                if (party.role().equals(role) && names(party).stream().anyMatch(n -> Keys.name(n).equals(key))
                        && (person.dateOfBirth() == null || party.dateOfBirth() == null
                        || party.dateOfBirth().equals(person.dateOfBirth()))) {
                    names(party).forEach(n -> found.add(new CaseParty(orderId, role, n)));
                }
            }
        }, forceId, key);
        return found.stream().distinct().toList();
    }

    @Override
    public List<HeldRecord> personalData(Set<UUID> orderIds, UUID forceId) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        var user = users.require();
        List<HeldRecord> records = new ArrayList<>();
        Map<UUID, List<OrderRectification.Contested>> contested = new java.util.HashMap<>();
        jdbc.query("""
                select v.order_id, v.version, v.change_kind, v.recorded_at, v.note, v.details from order_version v
                join protective_order o on o.id = v.order_id
                where o.force_id = ? and v.order_id = any(?) order by v.order_id, v.version""", rs -> {
            UUID orderId = rs.getObject("order_id", UUID.class);
            OrderDetails stated = json.read(rs.getString("details"));
            ConfidentialValues values = confidentiality.valuesOf(orderId);
            OrderDetails d = confidentiality.forUser(stated, orderId, user);
            List<Field> fields = new ArrayList<>();
            fields.add(Field.ofCase("Change", rs.getString("change_kind")));
            fields.add(Field.ofCase("Recorded", rs.getTimestamp("recorded_at").toInstant()));
            fields.add(Field.ofCase("Court", d.court()));
            fields.add(Field.ofCase("Case number", d.caseNumber()));
            fields.add(Field.ofCase("Order type", d.orderType()));
            fields.add(Field.ofCase("Made", d.madeAt()));
            fields.add(Field.ofCase("Ends", d.endsAt()));
            fields.add(Field.ofCase("Discharged", d.dischargedAt()));
            fields.add(Field.ofCase("Relationship", d.relationship()));
            for (Party party : parties(d)) {
                String label = switch (party.role()) {
                    case "APPLICANT" -> "Applicant";
                    case "RESPONDENT" -> "Respondent";
                    case "CHILD" -> "Child";
                    default -> "Protected person";
                };
                fields.add(Field.about(label + ": name", party.name(), party.name()));
                fields.add(Field.about(label + ": date of birth", party.dateOfBirth(), party.name()));
                party.aliases().forEach(a -> fields.add(Field.about(label + ": also known as", a, party.name())));
                for (Address a : party.addresses()) {
                    fields.add(new Field(label + ": address", a.oneLine(), HeldRecord.person(party.name()),
                            a.confidential()));
                }
                for (ContactDetail c : party.contacts()) {
                    fields.add(new Field(label + ": " + (c.kind() == null ? "contact" : c.kind().name().toLowerCase().replace('_', ' ')), c.value(),
                            HeldRecord.person(party.name()), c.confidential()));
                }
                party.more().forEach((k, v) -> fields.add(Field.about(label + ": " + k, v, party.name())));
            }
            for (Term t : d.terms()) {
                fields.add(text("Term " + t.number(), t.text(), values));
            }
            for (ServiceRecord s : d.service()) {
                fields.add(Field.ofCase("Served", s.servedAt() + " (" + s.method() + ")"));
                fields.add(text("Service notes", s.notes(), values));
            }
            fields.add(text("Notes", d.notes(), values));
            fields.add(text("Version note", rs.getString("note"), values));
            for (OrderRectification.Contested c : contested.computeIfAbsent(orderId, rectification::contested)) {
                // s.46(4): every view of a contested fact says so
                fields.add(new Field("Accuracy contested: " + c.role().toLowerCase().replace('_', ' ') + "'s "
                        + c.fact().words(), c.heldValue() + " (contested since " + c.since() + ": " + c.reason() + ")",
                        HeldRecord.person(c.personName()), false));
            }
            records.add(new HeldRecord(holder(), RecordKind.ORDER, "Order version " + rs.getInt("version"),
                    orderId + "/" + rs.getInt("version"), orderId, fields));
        }, forceId, orderIds.toArray(UUID[]::new));
        return records;
    }

    @Override
    public List<org.nmoregister.retention.PartyFact> rectifiableFacts(UUID orderId, UUID forceId) {
        return rectification.facts(orderId, forceId);
    }

    @Override
    public java.util.Optional<String> rectify(org.nmoregister.retention.Rectification r, UUID forceId) {
        return rectification.rectify(r, forceId);
    }

    @Override
    public java.util.Optional<String> restrict(org.nmoregister.retention.Rectification r, UUID forceId) {
        return rectification.restrict(r, forceId);
    }

    /** Free text about the case: marked when it quotes any confidential value of the order. */
    private static Field text(String label, String value, ConfidentialValues values) {
        return new Field(label, value, null, value != null && values.appearsIn(value));
    }

    @Override
    public Removed dispose(UUID orderId) {
        int events = jdbc.update("delete from event_publication where completion_date is null and serialized_event "
                + "like ?", "%" + orderId + "%");
        int readings = jdbc.update("delete from order_version_reading where order_id = ?", orderId);
        int versions = jdbc.update("delete from order_version where order_id = ?", orderId);
        int names = jdbc.update("delete from order_party_name where order_id = ?", orderId);
        int orders = jdbc.update("delete from protective_order where id = ?", orderId);
        return new Removed(Map.of("order", orders, "order_version", versions, "order_version_reading", readings,
                "order_party_name", names, "event_publication", events), Set.of(orderId.toString()));
    }

    private record Party(String role, String name, LocalDate dateOfBirth, List<String> aliases,
                         List<Address> addresses, List<ContactDetail> contacts, Map<String, String> more) {
    }

    private static List<String> names(Party party) {
        List<String> names = new ArrayList<>();
        if (party.name() != null) {
            names.add(party.name());
        }
        names.addAll(party.aliases());
        return names;
    }

    private static List<Party> parties(OrderDetails d) {
        List<Party> parties = new ArrayList<>();
        person(parties, "APPLICANT", d.applicant());
        d.otherProtectedPersons().forEach(p -> person(parties, "PROTECTED_PERSON", p));
        d.children().forEach(p -> person(parties, "CHILD", p));
        var r = d.respondent();
        if (r != null) {
            Map<String, String> more = new java.util.LinkedHashMap<>();
            if (r.description() != null) {
                more.put("description", r.description());
            }
            if (!r.vehicles().isEmpty()) {
                more.put("vehicles", String.join(", ", r.vehicles()));
            }
            if (!r.officerSafety().warnings().isEmpty()) {
                more.put("officer safety warnings", r.officerSafety().warnings().toString());
            }
            if (r.officerSafety().notes() != null) {
                more.put("officer safety notes", r.officerSafety().notes());
            }
            parties.add(new Party("RESPONDENT", r.name(), r.dateOfBirth(), r.aliases(), r.addresses(), r.contacts(),
                    more));
        }
        return parties;
    }

    private static void person(List<Party> parties, String role, ProtectedPerson p) {
        if (p != null) {
            parties.add(new Party(role, p.name(), p.dateOfBirth(), p.aliases(), p.addresses(), p.contacts(),
                    Map.of()));
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
