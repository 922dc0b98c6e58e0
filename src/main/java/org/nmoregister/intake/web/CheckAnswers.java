package org.nmoregister.intake.web;

import java.util.ArrayList;
import java.util.List;
import org.nmoregister.intake.internal.NotificationData;
import org.nmoregister.intake.internal.NotificationData.AddressData;
import org.nmoregister.intake.internal.NotificationData.Person;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.ContactDetail;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.platform.web.Labels;
import org.nmoregister.platform.web.UkTime;

/**
 * The "check your answers" summary of a notification: what accepting it will record, section by section, every value
 * in words (labels, never codes; dates as GOV.UK writes them), each row naming the form field its "Change" link goes
 * back to. A value the register cannot read (a code that names nothing) is shown as typed, for the problems list
 * beside it to explain.
 */
final class CheckAnswers {

    /** One row: {@code field} is the id of the input on the notification's form that changes it. */
    record Row(String key, List<String> lines, String field) {
        static Row of(String key, String value, String field) {
            return new Row(key, value == null || value.isBlank() ? List.of() : List.of(value), field);
        }
    }

    record Section(String heading, List<Row> rows) {
    }

    private CheckAnswers() {
    }

    static List<Section> of(NotificationData d, ChangeKind kind, Labels labels) {
        List<Section> sections = new ArrayList<>();
        List<Row> order = new ArrayList<>();
        order.add(Row.of("Record it as", kind == null ? null
                : labels.of(org.nmoregister.intake.internal.ChangeKindNames.wireName(kind)), "changeKind"));
        order.add(Row.of("Court", d.court(), "court"));
        order.add(Row.of("Case number", d.caseNumber(), "caseNumber"));
        order.add(Row.of("Type of order", label(OrderType.class, d.orderType(), labels), "orderType"));
        order.add(Row.of("Date made", UkTime.written(d.madeAt()), "madeAt-day"));
        order.add(Row.of("Made without notice", d.withoutNotice() == null ? null : d.withoutNotice() ? "Yes" : "No",
                "withoutNotice-yes"));
        if (d.returnHearing() != null) {
            order.add(Row.of("Return hearing", join(UkTime.written(d.returnHearing().at()), d.returnHearing().court()),
                    "returnHearingAt-day"));
        }
        order.add(Row.of("How long it lasts", Boolean.TRUE.equals(d.untilFurtherOrder()) ? "Until further order"
                : Boolean.TRUE.equals(d.untilNextHearing()) ? "Until the next hearing"
                : d.endsAt() != null ? "Until " + UkTime.written(d.endsAt()) : null, "duration-date"));
        order.add(Row.of("Penal notice", Boolean.TRUE.equals(d.penalNotice()) ? "Attached" : "Not attached",
                "penalNotice"));
        sections.add(new Section("The order", order));

        List<Row> applicant = new ArrayList<>();
        Person a = d.applicant();
        applicant.add(Row.of("Name", a == null ? null : a.name(), "applicantName"));
        applicant.add(Row.of("Date of birth", a == null || a.dateOfBirth() == null ? null
                : new UkTime().date(a.dateOfBirth()), "applicantDateOfBirth-day"));
        applicant.add(new Row("Address", address(a == null ? null : a.address()), "applicantAddressLine1"));
        List<String> children = new ArrayList<>();
        if (d.children() != null) {
            for (Person child : d.children()) {
                children.add(child.name() + (child.dateOfBirth() == null ? ""
                        : ", born " + new UkTime().date(child.dateOfBirth())));
            }
        }
        applicant.add(new Row("Relevant children", children, "child-0-name"));
        sections.add(new Section("Applicant", applicant));

        List<Row> respondent = new ArrayList<>();
        var r = d.respondent();
        respondent.add(Row.of("Name", r == null ? null : r.name(), "respondentName"));
        respondent.add(Row.of("Date of birth", r == null || r.dateOfBirth() == null ? null
                : new UkTime().date(r.dateOfBirth()), "respondentDateOfBirth-day"));
        respondent.add(new Row("Other names", r == null || r.aliases() == null ? List.of() : r.aliases(),
                "respondentAliases"));
        respondent.add(new Row("Address", address(r == null ? null : r.address()), "respondentAddressLine1"));
        respondent.add(Row.of("Description", r == null ? null : r.description(), "respondentDescription"));
        respondent.add(new Row("Vehicles", r == null || r.vehicles() == null ? List.of() : r.vehicles(),
                "respondentVehicles"));
        List<String> safety = new ArrayList<>();
        if (r != null && r.officerSafety() != null) {
            if (r.officerSafety().warnings() != null) {
                r.officerSafety().warnings().forEach(w -> safety.add(label(Respondent.OfficerSafety.Warning.class, w,
                        labels)));
            }
            if (r.officerSafety().notes() != null && !r.officerSafety().notes().isBlank()) {
                safety.add(r.officerSafety().notes());
            }
        }
        respondent.add(new Row("Officer safety (D89)", safety, "respondentOfficerSafetyWarnings"));
        List<String> contacts = new ArrayList<>();
        if (r != null && r.contacts() != null) {
            r.contacts().forEach(c -> contacts.add(label(ContactDetail.Kind.class, c.kind(), labels) + ": " + c.value()));
        }
        if (!contacts.isEmpty()) {
            respondent.add(new Row("Contact details (as received)", contacts, null));
        }
        respondent.add(Row.of("Relationship to the applicant", label(Relationship.class, d.relationship(), labels),
                "relationship"));
        sections.add(new Section("Respondent", respondent));

        List<String> terms = new ArrayList<>();
        if (d.terms() != null) {
            for (int i = 0; i < d.terms().size(); i++) {
                terms.add((i + 1) + ". " + d.terms().get(i));
            }
        }
        sections.add(new Section("Terms", List.of(new Row("The terms, verbatim", terms, "terms"))));

        List<Row> service = new ArrayList<>();
        service.add(Row.of("Date served", UkTime.written(d.servedAt()), "servedAt-day"));
        service.add(Row.of("How", label(ServiceMethod.class, d.serviceMethod(), labels), "serviceMethod"));
        service.add(Row.of("By whom", d.servedBy(), "servedBy"));
        if (d.dischargedAt() != null || kind == ChangeKind.DISCHARGE) {
            service.add(Row.of("Date discharged", UkTime.written(d.dischargedAt()), "dischargedAt-day"));
        }
        service.add(Row.of("Notes", d.notes(), "notes"));
        sections.add(new Section("Service and notes", service));
        return sections;
    }

    /** The label of a code held as text, or the text as typed when it names nothing (the problems list says so). */
    static <E extends Enum<E>> String label(Class<E> type, String code, Labels labels) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return labels.of(Enum.valueOf(type, code.strip()));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static List<String> address(AddressData address) {
        if (address == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String line : new String[] {address.line1(), address.line2(), address.town(), address.postcode()}) {
            if (line != null && !line.isBlank()) {
                lines.add(line);
            }
        }
        if (Boolean.TRUE.equals(address.confidential())) {
            lines.add("Confidential (C8): withheld from officers and the control room");
        }
        return lines;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + ", " + b;
    }
}
