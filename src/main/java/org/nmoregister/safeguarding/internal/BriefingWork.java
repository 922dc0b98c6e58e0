package org.nmoregister.safeguarding.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ConfidentialValues;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.web.Labels;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.terms.Clause;
import org.springframework.stereotype.Component;

/** The work of a briefing: the district reads it on its page and acknowledges it. */
@Component
public class BriefingWork implements TaskWork {

    /** What every district is told to do on a breach (Family Law Act 1996 s.42A: a breach is an arrestable offence). */
    static final List<String> ON_A_BREACH = List.of(
            "A breach of a non-molestation order is a criminal offence (Family Law Act 1996, section 42A): the "
                    + "respondent can be arrested without a warrant.",
            "Treat a call from the protected person as urgent. Check the order is in force and was served, or that "
                    + "the respondent knew of it, on the register.",
            "Record the breach on the register so the protected person's safety plan and risk assessment are "
                    + "reviewed.",
            "Never give the respondent, or anyone for him, the protected person's address or telephone number.");

    private final OrderRegister orders;
    private final Confidentiality confidentiality;
    private final Districts districts;
    private final Labels labels;

    BriefingWork(OrderRegister orders, Confidentiality confidentiality, Districts districts, Labels labels) {
        this.orders = orders;
        this.confidentiality = confidentiality;
        this.districts = districts;
        this.labels = labels;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.DISSEMINATION;
    }

    @Override
    public String workPage(TaskEntity task) {
        return "/safeguarding/briefings/" + task.id;
    }

    @Override
    public Object detail(TaskEntity task, CurrentUser user) {
        return briefing(task, user);
    }

    /** The briefing on the task's order version, as the district reads it: masked for every reader alike. */
    public Briefing briefing(TaskEntity task, CurrentUser user) {
        OrderSnapshot version = orders.version(task.orderId, task.orderVersion)
                .orElseThrow(() -> new NotFoundException("order"));
        ConfidentialValues values = confidentiality.valuesOf(task.orderId);
        OrderDetails raw = version.details();
        OrderDetails masked = Confidentiality.mask(raw, values);
        String district = task.districtId == null ? null : districts.get(user.forceId(), task.districtId).name();
        boolean respondentsDistrict = task.dedupeKey.contains(":" + Dissemination.RESPONDENT + ":");
        String why = district == null ? "The district is still to be chosen by the point of contact"
                : respondentsDistrict ? "The respondent lives in this district"
                : "The protected people live in this district";

        List<Briefing.Person> people = new ArrayList<>();
        if (raw.applicant() != null) {
            people.add(person(raw.applicant(), masked.applicant(), "Applicant (protected)", values));
        }
        for (int i = 0; i < raw.otherProtectedPersons().size(); i++) {
            people.add(person(raw.otherProtectedPersons().get(i), masked.otherProtectedPersons().get(i),
                    "Protected person", values));
        }
        for (int i = 0; i < raw.children().size(); i++) {
            people.add(person(raw.children().get(i), masked.children().get(i), "Child", values));
        }
        var r = masked.respondent();
        Briefing.Bound bound = r == null ? null : new Briefing.Bound(r.name(), r.dateOfBirth(), r.aliases(),
                r.description(), r.vehicles(), r.addresses().stream().map(a -> where(a, values)).toList(),
                masked.relationship() == null ? null : labels.of(masked.relationship()));
        List<String> warnings = r == null ? List.of() : r.officerSafety().warnings().stream()
                .map(labels::of).sorted().toList();
        Briefing.Order order = new Briefing.Order(masked.orderType() == null ? null : masked.orderType().label(),
                masked.court(), masked.caseNumber(), masked.madeAt(), version.effectiveFrom(),
                masked.duration() == null ? null : labels.of(masked.duration()), masked.endsAt(),
                version.status() == null ? null : labels.of(version.status()), masked.withoutNotice(),
                masked.penalNotice(), masked.returnHearing() == null || masked.returnHearing().at() == null ? null
                : Mail.time(masked.returnHearing().at()) + (masked.returnHearing().court() == null ? ""
                : " at " + masked.returnHearing().court()));
        List<Briefing.Term> terms = new ArrayList<>();
        List<Briefing.Place> places = new ArrayList<>();
        List<Clause> clauses = version.clauses() == null ? List.of() : version.clauses().clauses();
        for (var term : masked.terms()) {
            String explained = clauses.stream().filter(c -> clauseBelongsTo(version, c, term.number()))
                    .map(this::explain).collect(Collectors.joining(" "));
            terms.add(new Briefing.Term(term.number(), term.text(), explained.isBlank() ? null : explained));
        }
        String area = confidentialArea(raw);
        for (Clause clause : clauses) {
            for (Clause.Place place : clause.places()) {
                String where = place.address() == null ? null : values.redact(place.address());
                if (where != null && !where.equals(place.address())) {
                    where = area == null ? Confidentiality.WITHHELD : "In " + area + " (address withheld: C8 confidential)";
                }
                places.add(new Briefing.Place(labels.of(place.kind()), where, clause.distanceMetres()));
            }
        }
        Briefing briefing = new Briefing(district, why, labels.of(version.changeKind()), version.version(), order,
                people, bound, terms, places.stream().distinct().toList(), service(masked.service()), warnings,
                r == null ? null : r.officerSafety().notes(), "No photograph is held on the register",
                ON_A_BREACH);
        // Belt and braces: whatever free text carried (a note, a description) is withheld as well.
        return Confidentiality.withhold(briefing, values);
    }

    private static boolean clauseBelongsTo(OrderSnapshot version, Clause clause, int termNumber) {
        try {
            return version.clauses().paragraphOf(clause) == termNumber;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A clause in a few plain words: what kind of term it is, whom it protects, how far. */
    private String explain(Clause clause) {
        StringBuilder text = new StringBuilder(labels.of(clause.type()));
        if (!clause.channels().isEmpty()) {
            text.append(": ").append(clause.channels().stream().map(labels::of)
                    .map(s -> s.toLowerCase(Locale.UK)).sorted().collect(Collectors.joining(", ")));
        }
        if (clause.distanceMetres() != null) {
            text.append(", within ").append(clause.distanceMetres()).append(" metres");
        }
        if (clause.indirect()) {
            text.append(", directly or through anyone else");
        }
        return text.append('.').toString();
    }

    private Briefing.Person person(ProtectedPerson raw, ProtectedPerson masked, String role, ConfidentialValues values) {
        Set<String> wheres = new LinkedHashSet<>();
        raw.addresses().forEach(a -> wheres.add(where(a, values)));
        return new Briefing.Person(masked.name(), masked.dateOfBirth(), role,
                wheres.isEmpty() ? null : String.join("; ", wheres));
    }

    /** An address as a district may read it: whole when it is not confidential, else its area only. */
    private static String where(Address address, ConfidentialValues values) {
        if (address.confidential()) {
            String area = area(address);
            return area == null ? Confidentiality.WITHHELD : area + " area (address withheld: C8 confidential)";
        }
        return values.redact(address.oneLine());
    }

    private static String confidentialArea(OrderDetails raw) {
        return Stream.concat(Stream.ofNullable(raw.applicant()), Stream.concat(raw.otherProtectedPersons().stream(),
                        raw.children().stream()))
                .flatMap(p -> p.addresses().stream()).filter(Address::confidential).map(BriefingWork::area)
                .filter(a -> a != null).findFirst().orElse(null);
    }

    /** The town and the postcode district ("Leeds, LS6"): not secret on their own, by the masking rule's design. */
    static String area(Address address) {
        String outward = org.nmoregister.places.Postcode.parse(address.postcode()).map(p -> p.outward()).orElse(null);
        String town = address.town() == null || address.town().isBlank() ? null : address.town().strip();
        if (town == null && outward == null) {
            return null;
        }
        return town == null ? outward : outward == null ? town : town + ", " + outward;
    }

    private String service(List<ServiceRecord> service) {
        if (service.isEmpty()) {
            return "Not yet served, and the respondent is not known to be aware of it: if you meet him, tell him of "
                    + "the order and record when and how on the register.";
        }
        ServiceRecord last = service.get(service.size() - 1);
        return (last.method() == null ? "Served" : labels.of(last.method())) + ", "
                + (last.servedAt() == null ? "date not recorded" : Mail.time(last.servedAt()));
    }
}
