package org.nmoregister.breaches.check;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ReturnHearing;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.PlaceLocation;
import org.nmoregister.terms.ReadClauses;
import org.nmoregister.terms.TermsReader;

/**
 * Orders for the breach check's scenarios, built as the register holds them: versions with the instant each took
 * effect, and the status at any instant derived by {@link OrderStatusRule} from every service record known now.
 */
final class Orders {

    private static final TermsReader READER = new TermsReader();

    static final Instant MADE = Instant.parse("2025-03-03T10:00:00Z");
    static final Instant SERVED = Instant.parse("2025-03-04T09:00:00Z");
    static final Instant ENDS = Instant.parse("2025-09-03T16:00:00Z");
    /** A time when the standard order is in force: 14:30 on 20 May 2025 (BST). */
    static final Instant DURING = Instant.parse("2025-05-20T13:30:00Z");

    static final String HOME = "14 Acacia Avenue, Leeds LS6 2AB";
    static final Coordinates HOME_POINT = new Coordinates(53.8200, -1.5800);
    static final Coordinates SCHOOL_POINT = new Coordinates(53.8240, -1.5760);
    static final Coordinates WORK_POINT = new Coordinates(53.8100, -1.6000);

    /** Finds places at their property by the postcode in their address, or the applicant's home for "her home". */
    static final PlaceLocator LOCATOR = (place, order) -> exactly(place).map(point -> new PlaceLocation(point,
            PlaceLocation.Precision.PROPERTY, 0, 1L, place.address(), 1.0));

    /** The same places, but each known only by its postcode's centre, up to {@code error} metres from the door. */
    static PlaceLocator byPostcodeOnly(int error) {
        return (place, order) -> exactly(place).map(point -> new PlaceLocation(point, PlaceLocation.Precision.POSTCODE_CENTRE,
                error, null, null, 0));
    }

    private static Optional<Coordinates> exactly(org.nmoregister.terms.Clause.Place place) {
        String where = place.address() == null ? "" : place.address();
        Map<String, Coordinates> byPostcode = Map.of("LS6 2AB", HOME_POINT, "LS6 3AA", SCHOOL_POINT,
                "LS4 2QB", WORK_POINT);
        for (var e : byPostcode.entrySet()) {
            if (where.contains(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        if (place.kind() == org.nmoregister.terms.Clause.PlaceKind.HOME && place.address() == null) {
            return Optional.of(HOME_POINT);
        }
        return Optional.empty();
    }

    static final String T1_VIOLENCE = "The respondent John Smith must not use or threaten violence against the"
            + " applicant Jane Smith, and must not instruct, encourage or in any way suggest that any other person"
            + " should do so.";
    static final String T2_INTIMIDATE = "The respondent John Smith must not intimidate, harass or pester the"
            + " applicant Jane Smith, and must not instruct, encourage or in any way suggest that any other person"
            + " should do so.";
    static final String T3_CONTACT = "The respondent John Smith must not telephone, text, email or otherwise contact"
            + " or attempt to contact the applicant Jane Smith, and must not instruct, encourage or in any way"
            + " suggest that any other person should do so.";
    static final String T4_DAMAGE_OWNED = "The respondent John Smith must not damage, attempt to damage or threaten"
            + " to damage any property owned by or in the possession or control of the applicant Jane Smith, and"
            + " must not instruct, encourage or in any way suggest that any other person should do so.";
    static final String T5_DAMAGE_AT = "The respondent John Smith must not damage, attempt to damage or threaten to"
            + " damage the property or contents of the property at " + HOME + ", and must not instruct, encourage"
            + " or in any way suggest that any other person should do so.";
    static final String T6_ENTER_HOME = "The respondent John Smith must not go to, enter or attempt to enter the"
            + " property at " + HOME + ".";
    static final String T7_CHILD_VIOLENCE = "The respondent John Smith must not use or threaten violence against the"
            + " relevant children Amy Smith and Lily Smith, and must not instruct, encourage or in any way suggest"
            + " that any other person should do so.";
    static final String T8_CHILD_INTIMIDATE = "The respondent John Smith must not intimidate, harass or pester the"
            + " relevant children Amy Smith and Lily Smith, and must not instruct, encourage or in any way suggest"
            + " that any other person should do so.";
    static final String T9_CHILD_CONTACT = "The respondent John Smith must not telephone, text, email or otherwise"
            + " contact or attempt to contact the relevant children Amy Smith and Lily Smith, and must not instruct,"
            + " encourage or in any way suggest that any other person should do so.";
    static final String T10_SCHOOL = "The respondent John Smith must not go to, enter or attempt to enter the school"
            + " known as Headingley Primary School, Leeds LS6 3AA.";
    static final String T11_ZONE = "The respondent must not come within 100 metres of the applicant's home at "
            + HOME + ".";

    /** The FL404A standard terms 1-10 and a 100 m zone around the home (term 11). */
    static List<String> standardTerms() {
        return List.of(T1_VIOLENCE, T2_INTIMIDATE, T3_CONTACT, T4_DAMAGE_OWNED, T5_DAMAGE_AT, T6_ENTER_HOME,
                T7_CHILD_VIOLENCE, T8_CHILD_INTIMIDATE, T9_CHILD_CONTACT, T10_SCHOOL, T11_ZONE);
    }

    private OrderType type = OrderType.NMO;
    private boolean withoutNotice;
    private Instant madeAt = MADE;
    private DurationKind duration = DurationKind.UNTIL_DATE;
    private Instant endsAt = ENDS;
    private Instant dischargedAt;
    private Relationship relationship = Relationship.FORMER_COHABITANT;
    private List<ProtectedPerson> others = List.of();
    private List<ServiceRecord> service = new ArrayList<>(List.of(
            new ServiceRecord(SERVED, ServiceMethod.PERSONAL, "Swift Process Servers Ltd", "FL415 statement", null)));
    private final List<Version> versions = new ArrayList<>();
    private List<String> terms = standardTerms();

    private record Version(Instant from, List<String> terms) {
    }

    static Orders standard() {
        return new Orders();
    }

    static Orders withTerms(String... terms) {
        Orders o = new Orders();
        o.terms = List.of(terms);
        return o;
    }

    Orders type(OrderType t) {
        this.type = t;
        return this;
    }

    Orders withoutNotice() {
        this.withoutNotice = true;
        return this;
    }

    Orders notServed() {
        this.service = new ArrayList<>();
        return this;
    }

    Orders served(Instant at, ServiceMethod method) {
        this.service = new ArrayList<>(List.of(new ServiceRecord(at, method,
                method == ServiceMethod.MADE_AWARE_OTHER_MEANS ? "PC 4521 Patel" : "Swift Process Servers Ltd",
                method == ServiceMethod.MADE_AWARE_OTHER_MEANS ? "PC 4521 pocket notebook" : "FL415 statement",
                null)));
        return this;
    }

    Orders alsoServed(Instant at, ServiceMethod method) {
        service.add(new ServiceRecord(at, method, "Swift Process Servers Ltd", "FL415 statement", null));
        return this;
    }

    Orders endsAt(Instant at) {
        this.endsAt = at;
        return this;
    }

    Orders untilFurtherOrder() {
        this.duration = DurationKind.UNTIL_FURTHER_ORDER;
        this.endsAt = null;
        return this;
    }

    Orders dischargedAt(Instant at) {
        this.dischargedAt = at;
        return this;
    }

    Orders madeAt(Instant at) {
        this.madeAt = at;
        return this;
    }

    Orders relationship(Relationship r) {
        this.relationship = r;
        return this;
    }

    Orders otherProtected(ProtectedPerson... people) {
        this.others = List.of(people);
        return this;
    }

    /** A variation (FL404B) taking effect at {@code from} with these terms. */
    Orders variedAt(Instant from, String... newTerms) {
        versions.add(new Version(from, List.of(newTerms)));
        return this;
    }

    OrderDetails details(List<String> termTexts) {
        List<Term> numbered = new ArrayList<>();
        for (int i = 0; i < termTexts.size(); i++) {
            numbered.add(new Term(i + 1, termTexts.get(i)));
        }
        return new OrderDetails("Leeds Family Court", "LS25F00123", type, madeAt, withoutNotice,
                withoutNotice ? new ReturnHearing(madeAt.plus(Duration.ofDays(14)), "Leeds Family Court") : null,
                duration, endsAt, true,
                new ProtectedPerson("Jane Smith", LocalDate.of(1990, 5, 1), List.of("Jane Ward"),
                        List.of(new Address("14 Acacia Avenue", null, "Leeds", "LS6 2AB", true)), List.of()),
                others,
                List.of(ProtectedPerson.named("Amy Smith", LocalDate.of(2015, 3, 3)),
                        ProtectedPerson.named("Lily Smith", LocalDate.of(2018, 7, 9))),
                new Respondent("John Smith", LocalDate.of(1988, 4, 12), List.of("Johnny Smith"), List.of(),
                        List.of(), null, List.of(), null),
                relationship, numbered, service, dischargedAt, null);
    }

    OrderHistory history() {
        UUID id = UUID.nameUUIDFromBytes("order".getBytes());
        List<Version> all = new ArrayList<>();
        all.add(new Version(madeAt, terms));
        all.addAll(versions);
        all.sort(Comparator.comparing(Version::from));
        List<OrderDetails> details = all.stream().map(v -> details(v.terms())).toList();
        // read once per version, as the register reads a version's terms when it records it
        List<ReadClauses> clauses = details.stream().map(Orders::read).toList();
        List<ServiceRecord> known = List.copyOf(service);
        return new OrderHistory() {
            @Override
            public Optional<OrderSnapshot> at(Instant at) {
                int chosen = -1;
                for (int i = 0; i < all.size(); i++) {
                    if (!all.get(i).from().isAfter(at)) {
                        chosen = i;
                    }
                }
                if (chosen < 0) {
                    return Optional.empty();
                }
                return snapshot(chosen, at);
            }

            @Override
            public Optional<OrderSnapshot> latest() {
                return snapshot(all.size() - 1, all.get(all.size() - 1).from());
            }

            private Optional<OrderSnapshot> snapshot(int i, Instant at) {
                OrderDetails d = details.get(i);
                return OrderStatusRule.statusAt(d, known, at).map(status -> new OrderSnapshot(id,
                        UUID.nameUUIDFromBytes("force".getBytes()), i + 1,
                        i == 0 ? ChangeKind.MADE : ChangeKind.VARIATION, all.get(i).from(), all.get(i).from(),
                        "poc.northshire", d, status, at, clauses.get(i)));
            }
        };
    }

    static ReadClauses read(OrderDetails d) {
        Map<Integer, String> paragraphs = new java.util.LinkedHashMap<>();
        d.terms().forEach(t -> paragraphs.put(t.number(), t.text()));
        return READER.read(paragraphs);
    }

    /** A point {@code metres} due north of {@code from}. */
    static Coordinates north(Coordinates from, double metres) {
        double degrees = Math.toDegrees(metres / Coordinates.EARTH_RADIUS_METRES);
        return new Coordinates(from.latitude() + degrees, from.longitude());
    }
}
