package org.nmoregister.intake.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nmoregister.intake.internal.NotificationData;
import org.nmoregister.intake.internal.NotificationData.AddressData;
import org.nmoregister.intake.internal.NotificationData.Hearing;
import org.nmoregister.intake.internal.NotificationData.OfficerSafetyData;
import org.nmoregister.intake.internal.NotificationData.Person;
import org.nmoregister.intake.internal.NotificationData.RespondentData;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.web.DateInput;
import org.nmoregister.platform.web.DateTimeInput;

/**
 * The notification form on the pages. Times are entered as UK local time (what the order says); fields the form
 * does not show (contacts, further addresses, other protected persons) are kept from the notification as received.
 */
public class NotificationForm {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public String manualOrigin;
    public String externalReference;
    public String court;
    public String caseNumber;
    public String orderType;
    public String madeAt;
    public String withoutNotice;
    public String returnHearingAt;
    public String returnHearingCourt;
    public String duration;
    public String endsAt;
    public boolean penalNotice;
    public String applicantName;
    public String applicantDateOfBirth;
    public String applicantAddressLine1;
    public String applicantAddressLine2;
    public String applicantAddressTown;
    public String applicantAddressPostcode;
    public boolean applicantAddressConfidential;
    public String respondentName;
    public String respondentDateOfBirth;
    public String respondentAliases;
    public String respondentAddressLine1;
    public String respondentAddressLine2;
    public String respondentAddressTown;
    public String respondentAddressPostcode;
    public String respondentDescription;
    public String respondentVehicles;
    public List<String> respondentOfficerSafetyWarnings = new ArrayList<>();
    public String respondentOfficerSafetyNotes;
    /** The children as one line each ("Amy Smith, 2015-03-03"), as forms of before the rows sent them. */
    public String children;
    public String relationship;
    public String terms;
    public String servedAt;
    public String serviceMethod;
    public String servedBy;
    public String dischargedAt;
    public String notes;
    public String changeKind;
    public Long rowVersion;

    /**
     * The moments and dates as typed in the GOV.UK date inputs (day, month, year, and hour and minute for a moment),
     * by field name; a field with no boxes sent is read from its single text value, as API-era forms sent it.
     */
    private final Map<String, DateTimeInput> moments = new LinkedHashMap<>();
    private final Map<String, DateInput> days = new LinkedHashMap<>();

    /** The most children one notification names: the API's limit. */
    static final int MAX_CHILDREN = 50;

    /**
     * One relevant child, asked on its own: a name box and a GOV.UK date input for the date of birth, so that a date is
     * typed the way every other date in the register is, and an error belongs to that child.
     *
     * @param index the row's place on the page, from 0 (its inputs are named "child-{index}-name" and
     *              "child-{index}-dob-day" ...)
     */
    public record ChildRow(int index, String name, DateInput dateOfBirth) {
        public String nameField() {
            return "child-" + index + "-name";
        }

        /** The child's number as the page says it: "Child 1". */
        public int number() {
            return index + 1;
        }
    }

    /** The children's rows as typed, or null when the page sent none (a new form, or the form built from data). */
    private List<ChildRow> childRows;
    /** Whether "Add another child" was pressed: the new row takes the focus. */
    private boolean childAdded;
    private static final java.util.regex.Pattern CHILD_PATH =
            java.util.regex.Pattern.compile("children\\[(\\d+)](?:\\.(.*))?");
    /** For each child in the data {@link #apply} made, the row it came from (blank rows are skipped). */
    private final List<Integer> childRowOfEntry = new ArrayList<>();

    /** The date-and-time fields, with what each is called in its legend and in its errors. */
    static final Map<String, String> MOMENTS = Map.of("madeAt", "Date made", "returnHearingAt", "Return hearing",
            "endsAt", "End date", "servedAt", "Date served", "dischargedAt", "Date discharged");
    /** The date fields (dates of birth). */
    static final Map<String, String> DATES = Map.of("applicantDateOfBirth", "Applicant's date of birth",
            "respondentDateOfBirth", "Respondent's date of birth");

    /** Reads the date inputs' boxes from the request (Spring binds only the single-valued fields). */
    void typed(Map<String, String[]> parameters) {
        MOMENTS.forEach((name, label) -> {
            if (DateTimeInput.sent(name, parameters)) {
                moments.put(name, DateTimeInput.of(name, label, parameters));
            }
        });
        DATES.forEach((name, label) -> {
            if (DateInput.sent(name, parameters)) {
                days.put(name, DateInput.of(name, label, parameters));
            }
        });
        if (parameters.containsKey(childName(0)) || DateInput.sent(childDateOfBirth(0), parameters)) {
            childRows = new ArrayList<>();
            for (int i = 0; i < MAX_CHILDREN; i++) {
                if (!parameters.containsKey(childName(i)) && !DateInput.sent(childDateOfBirth(i), parameters)) {
                    break;
                }
                String[] name = parameters.get(childName(i));
                childRows.add(new ChildRow(i, name == null || name.length == 0 ? null : name[0],
                        DateInput.of(childDateOfBirth(i), childDateOfBirthLabel(i), parameters)));
            }
        }
    }

    private static String childName(int index) {
        return "child-" + index + "-name";
    }

    private static String childDateOfBirth(int index) {
        return "child-" + index + "-dob";
    }

    private static String childDateOfBirthLabel(int index) {
        return "Child " + (index + 1) + "’s date of birth";
    }

    /**
     * The children's rows to show: as typed; else the children held (from {@link #from}) or those of the single box,
     * then one empty row for another child.
     */
    public List<ChildRow> childRows() {
        if (childRows == null) {
            childRows = new ArrayList<>();
            List<String> lines = lines(children);
            for (String line : lines.subList(0, Math.min(lines.size(), MAX_CHILDREN - 1))) {
                ChildLine child = ChildLine.of(line);
                childRows.add(new ChildRow(childRows.size(), child.name(),
                        DateInput.of(childDateOfBirth(childRows.size()), childDateOfBirthLabel(childRows.size()),
                                child.born())));
            }
            addBlankChildRow();
        }
        return childRows;
    }

    /** "Add another child": one more empty row (none past the limit), which takes the focus. */
    void addChildRow() {
        childRows();
        childAdded = addBlankChildRow();
    }

    private boolean addBlankChildRow() {
        if (childRows.size() >= MAX_CHILDREN) {
            return false;
        }
        int index = childRows.size();
        childRows.add(new ChildRow(index, null, DateInput.of(childDateOfBirth(index), childDateOfBirthLabel(index),
                (LocalDate) null)));
        return true;
    }

    /** The name box to put the cursor in after "Add another child", or null. */
    public String focusChild() {
        return childAdded && childRows != null && !childRows.isEmpty()
                ? childRows.get(childRows.size() - 1).nameField() : null;
    }

    /** Whether another child can be added on the page. */
    public boolean canAddChild() {
        return childRows().size() < MAX_CHILDREN;
    }

    /**
     * The register's errors about children ("children[1].dateOfBirth") moved onto the row the child was typed in, so
     * the summary links to that row's box; other errors unchanged.
     */
    List<FieldError> onRows(List<FieldError> errors) {
        List<FieldError> moved = new ArrayList<>();
        for (FieldError error : errors) {
            java.util.regex.Matcher m = error.field() == null ? null : CHILD_PATH.matcher(error.field());
            if (m != null && m.matches() && Integer.parseInt(m.group(1)) < childRowOfEntry.size()) {
                int row = childRowOfEntry.get(Integer.parseInt(m.group(1)));
                moved.add(new FieldError(m.group(2) != null && m.group(2).startsWith("dateOfBirth")
                        ? childDateOfBirth(row) + "-day" : childName(row), error.reason()));
            } else {
                moved.add(error);
            }
        }
        return moved;
    }

    /** A child as one line gives it: the name, and the date of birth after the last comma when it reads as one. */
    private record ChildLine(String name, LocalDate born, String unreadDate) {
        static ChildLine of(String line) {
            int comma = line.lastIndexOf(',');
            if (comma > 0) {
                String tail = line.substring(comma + 1).strip();
                try {
                    return new ChildLine(line.substring(0, comma).strip(), LocalDate.parse(tail), null);
                } catch (DateTimeParseException e) {
                    if (tail.matches("[0-9/.-]+")) {
                        return new ChildLine(line, null, tail);
                    }
                }
            }
            return new ChildLine(line, null, null);
        }
    }

    /** The date input for a moment, as typed or as held. */
    public DateTimeInput dateTime(String name) {
        DateTimeInput typed = moments.get(name);
        if (typed != null) {
            return typed;
        }
        String value = single(name);
        Instant held = null;
        try {
            held = value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip()).atZone(UK).toInstant();
        } catch (DateTimeParseException e) {
            // a value that cannot be read shows empty boxes; its error is reported by apply
        }
        return DateTimeInput.of(name, MOMENTS.get(name), held);
    }

    /** The date input for a date, as typed or as held. */
    public DateInput date(String name) {
        DateInput typed = days.get(name);
        if (typed != null) {
            return typed;
        }
        String value = "applicantDateOfBirth".equals(name) ? applicantDateOfBirth : respondentDateOfBirth;
        LocalDate held = null;
        try {
            held = value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            // shown empty; reported by apply
        }
        return DateInput.of(name, DATES.get(name), held);
    }

    private String single(String name) {
        return switch (name) {
            case "madeAt" -> madeAt;
            case "returnHearingAt" -> returnHearingAt;
            case "endsAt" -> endsAt;
            case "servedAt" -> servedAt;
            case "dischargedAt" -> dischargedAt;
            default -> null;
        };
    }

    // Spring binds by setters; public fields keep this form short and the template readable.
    public void setManualOrigin(String v) { manualOrigin = v; }
    public void setExternalReference(String v) { externalReference = v; }
    public void setCourt(String v) { court = v; }
    public void setCaseNumber(String v) { caseNumber = v; }
    public void setOrderType(String v) { orderType = v; }
    public void setMadeAt(String v) { madeAt = v; }
    public void setWithoutNotice(String v) { withoutNotice = v; }
    public void setReturnHearingAt(String v) { returnHearingAt = v; }
    public void setReturnHearingCourt(String v) { returnHearingCourt = v; }
    public void setDuration(String v) { duration = v; }
    public void setEndsAt(String v) { endsAt = v; }
    public void setPenalNotice(boolean v) { penalNotice = v; }
    public void setApplicantName(String v) { applicantName = v; }
    public void setApplicantDateOfBirth(String v) { applicantDateOfBirth = v; }
    public void setApplicantAddressLine1(String v) { applicantAddressLine1 = v; }
    public void setApplicantAddressLine2(String v) { applicantAddressLine2 = v; }
    public void setApplicantAddressTown(String v) { applicantAddressTown = v; }
    public void setApplicantAddressPostcode(String v) { applicantAddressPostcode = v; }
    public void setApplicantAddressConfidential(boolean v) { applicantAddressConfidential = v; }
    public void setRespondentName(String v) { respondentName = v; }
    public void setRespondentDateOfBirth(String v) { respondentDateOfBirth = v; }
    public void setRespondentAliases(String v) { respondentAliases = v; }
    public void setRespondentAddressLine1(String v) { respondentAddressLine1 = v; }
    public void setRespondentAddressLine2(String v) { respondentAddressLine2 = v; }
    public void setRespondentAddressTown(String v) { respondentAddressTown = v; }
    public void setRespondentAddressPostcode(String v) { respondentAddressPostcode = v; }
    public void setRespondentDescription(String v) { respondentDescription = v; }
    public void setRespondentVehicles(String v) { respondentVehicles = v; }
    public void setRespondentOfficerSafetyWarnings(List<String> v) { respondentOfficerSafetyWarnings = v == null ? new ArrayList<>() : v; }
    public void setRespondentOfficerSafetyNotes(String v) { respondentOfficerSafetyNotes = v; }
    public void setChildren(String v) { children = v; }
    public void setRelationship(String v) { relationship = v; }
    public void setTerms(String v) { terms = v; }
    public void setServedAt(String v) { servedAt = v; }
    public void setServiceMethod(String v) { serviceMethod = v; }
    public void setServedBy(String v) { servedBy = v; }
    public void setDischargedAt(String v) { dischargedAt = v; }
    public void setNotes(String v) { notes = v; }
    public void setChangeKind(String v) { changeKind = v; }
    public void setRowVersion(Long v) { rowVersion = v; }

    public String getManualOrigin() { return manualOrigin; }
    public String getExternalReference() { return externalReference; }
    public String getCourt() { return court; }
    public String getCaseNumber() { return caseNumber; }
    public String getOrderType() { return orderType; }
    public String getMadeAt() { return madeAt; }
    public String getWithoutNotice() { return withoutNotice; }
    public String getReturnHearingAt() { return returnHearingAt; }
    public String getReturnHearingCourt() { return returnHearingCourt; }
    public String getDuration() { return duration; }
    public String getEndsAt() { return endsAt; }
    public boolean isPenalNotice() { return penalNotice; }
    public String getApplicantName() { return applicantName; }
    public String getApplicantDateOfBirth() { return applicantDateOfBirth; }
    public String getApplicantAddressLine1() { return applicantAddressLine1; }
    public String getApplicantAddressLine2() { return applicantAddressLine2; }
    public String getApplicantAddressTown() { return applicantAddressTown; }
    public String getApplicantAddressPostcode() { return applicantAddressPostcode; }
    public boolean isApplicantAddressConfidential() { return applicantAddressConfidential; }
    public String getRespondentName() { return respondentName; }
    public String getRespondentDateOfBirth() { return respondentDateOfBirth; }
    public String getRespondentAliases() { return respondentAliases; }
    public String getRespondentAddressLine1() { return respondentAddressLine1; }
    public String getRespondentAddressLine2() { return respondentAddressLine2; }
    public String getRespondentAddressTown() { return respondentAddressTown; }
    public String getRespondentAddressPostcode() { return respondentAddressPostcode; }
    public String getRespondentDescription() { return respondentDescription; }
    public String getRespondentVehicles() { return respondentVehicles; }
    public List<String> getRespondentOfficerSafetyWarnings() { return respondentOfficerSafetyWarnings; }
    public String getRespondentOfficerSafetyNotes() { return respondentOfficerSafetyNotes; }
    public String getChildren() { return children; }
    public String getRelationship() { return relationship; }
    public String getTerms() { return terms; }
    public String getServedAt() { return servedAt; }
    public String getServiceMethod() { return serviceMethod; }
    public String getServedBy() { return servedBy; }
    public String getDischargedAt() { return dischargedAt; }
    public String getNotes() { return notes; }
    public String getChangeKind() { return changeKind; }
    public Long getRowVersion() { return rowVersion; }

    static NotificationForm from(NotificationData d) {
        NotificationForm f = new NotificationForm();
        f.court = d.court();
        f.caseNumber = d.caseNumber();
        f.orderType = d.orderType();
        f.madeAt = local(d.madeAt());
        f.withoutNotice = d.withoutNotice() == null ? null : d.withoutNotice().toString();
        if (d.returnHearing() != null) {
            f.returnHearingAt = local(d.returnHearing().at());
            f.returnHearingCourt = d.returnHearing().court();
        }
        f.duration = Boolean.TRUE.equals(d.untilFurtherOrder()) ? "UNTIL_FURTHER_ORDER"
                : Boolean.TRUE.equals(d.untilNextHearing()) ? "UNTIL_NEXT_HEARING"
                : d.endsAt() != null ? "UNTIL_DATE" : null;
        f.endsAt = local(d.endsAt());
        f.penalNotice = Boolean.TRUE.equals(d.penalNotice());
        Person a = d.applicant();
        if (a != null) {
            f.applicantName = a.name();
            f.applicantDateOfBirth = a.dateOfBirth() == null ? null : a.dateOfBirth().toString();
            if (a.address() != null) {
                f.applicantAddressLine1 = a.address().line1();
                f.applicantAddressLine2 = a.address().line2();
                f.applicantAddressTown = a.address().town();
                f.applicantAddressPostcode = a.address().postcode();
                f.applicantAddressConfidential = Boolean.TRUE.equals(a.address().confidential());
            }
        }
        RespondentData r = d.respondent();
        if (r != null) {
            f.respondentName = r.name();
            f.respondentDateOfBirth = r.dateOfBirth() == null ? null : r.dateOfBirth().toString();
            f.respondentAliases = r.aliases() == null ? null : String.join("\n", r.aliases());
            if (r.address() != null) {
                f.respondentAddressLine1 = r.address().line1();
                f.respondentAddressLine2 = r.address().line2();
                f.respondentAddressTown = r.address().town();
                f.respondentAddressPostcode = r.address().postcode();
            }
            f.respondentDescription = r.description();
            f.respondentVehicles = r.vehicles() == null ? null : String.join("\n", r.vehicles());
            if (r.officerSafety() != null) {
                f.respondentOfficerSafetyWarnings = r.officerSafety().warnings() == null ? new ArrayList<>()
                        : new ArrayList<>(r.officerSafety().warnings());
                f.respondentOfficerSafetyNotes = r.officerSafety().notes();
            }
        }
        if (d.children() != null) {
            List<String> lines = new ArrayList<>();
            for (Person child : d.children()) {
                lines.add(child.name() + (child.dateOfBirth() == null ? "" : ", " + child.dateOfBirth()));
            }
            f.children = String.join("\n", lines);
        }
        f.relationship = d.relationship();
        f.terms = d.terms() == null ? null : String.join("\n", d.terms());
        f.servedAt = local(d.servedAt());
        f.serviceMethod = d.serviceMethod();
        f.servedBy = d.servedBy();
        f.dischargedAt = local(d.dischargedAt());
        f.notes = d.notes();
        MOMENTS.forEach((name, label) -> f.moments.put(name, f.dateTime(name)));
        DATES.forEach((name, label) -> f.days.put(name, f.date(name)));
        return f;
    }

    /** The data this form states, on top of {@code base}; values that cannot be read are reported, not guessed. */
    NotificationData apply(NotificationData base, List<FieldError> errors) {
        Instant made = moment("madeAt", madeAt, errors);
        Instant hearingAt = moment("returnHearingAt", returnHearingAt, errors);
        Instant ends = moment("endsAt", endsAt, errors);
        Person oldApplicant = base.applicant();
        AddressData applicantAddress = address(applicantAddressLine1, applicantAddressLine2, applicantAddressTown,
                applicantAddressPostcode, applicantAddressConfidential);
        Person applicant = new Person(text(applicantName), day("applicantDateOfBirth", applicantDateOfBirth, errors),
                oldApplicant == null ? null : oldApplicant.aliases(), applicantAddress,
                oldApplicant == null ? null : oldApplicant.addresses(),
                oldApplicant == null ? null : oldApplicant.contacts());
        RespondentData oldRespondent = base.respondent();
        AddressData respondentAddress = address(respondentAddressLine1, respondentAddressLine2, respondentAddressTown,
                respondentAddressPostcode, oldRespondent != null && oldRespondent.address() != null
                        && Boolean.TRUE.equals(oldRespondent.address().confidential()));
        RespondentData respondent = new RespondentData(text(respondentName),
                day("respondentDateOfBirth", respondentDateOfBirth, errors), lines(respondentAliases),
                respondentAddress, oldRespondent == null ? null : oldRespondent.addresses(),
                oldRespondent == null ? null : oldRespondent.contacts(), text(respondentDescription),
                lines(respondentVehicles), new OfficerSafetyData(respondentOfficerSafetyWarnings == null ? List.of()
                : List.copyOf(respondentOfficerSafetyWarnings), text(respondentOfficerSafetyNotes)));
        List<Person> childList = new ArrayList<>();
        childRowOfEntry.clear();
        if (childRows != null) {
            for (ChildRow row : childRows) {
                String name = text(row.name());
                LocalDate born = row.dateOfBirth().read(errors);
                if (name == null) {
                    if (!row.dateOfBirth().empty()) {
                        errors.add(new FieldError(row.nameField(), "Enter the name of child " + row.number()
                                + ", or clear their date of birth"));
                    }
                    continue;
                }
                childRowOfEntry.add(row.index());
                childList.add(child(base, name, born));
            }
        } else {
            for (String line : lines(children)) {
                ChildLine child = ChildLine.of(line);
                if (child.unreadDate() != null) {
                    errors.add(new FieldError("children", "'" + child.unreadDate() + "' is not a date like 2015-03-03"));
                }
                childList.add(child(base, child.name(), child.born()));
            }
        }
        return new NotificationData(text(court), text(caseNumber), text(orderType), made,
                withoutNotice == null || withoutNotice.isBlank() ? null : Boolean.valueOf(withoutNotice),
                hearingAt == null && text(returnHearingCourt) == null ? null : new Hearing(hearingAt, text(returnHearingCourt)),
                "UNTIL_DATE".equals(duration) || duration == null || duration.isBlank() ? ends : null,
                "UNTIL_FURTHER_ORDER".equals(duration) ? Boolean.TRUE : Boolean.FALSE,
                "UNTIL_NEXT_HEARING".equals(duration) ? Boolean.TRUE : Boolean.FALSE, penalNotice, applicant,
                base.otherProtectedPersons(), respondent, childList, text(relationship), lines(terms),
                moment("servedAt", servedAt, errors), text(serviceMethod), text(servedBy),
                moment("dischargedAt", dischargedAt, errors), text(notes));
    }

    /** A child as the form states it, keeping what the notification held of them that the form does not show. */
    private static Person child(NotificationData base, String name, LocalDate born) {
        Person old = base.children() == null ? null : base.children().stream()
                .filter(c -> name.equals(c.name())).findFirst().orElse(null);
        return new Person(name, born, old == null ? null : old.aliases(), old == null ? null : old.address(),
                old == null ? null : old.addresses(), old == null ? null : old.contacts());
    }

    /** The form field an error about a data path belongs to: {@code respondent.name} is {@code respondentName}. */
    static String fieldFor(String path) {
        String head = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
        String[] parts = head.split("\\.");
        StringBuilder field = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            field.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        String result = field.toString();
        return "untilFurtherOrder".equals(result) || "untilNextHearing".equals(result) ? "duration" : result;
    }

    /** A moment from its date input when its boxes were sent, else from its single text value. */
    private Instant moment(String field, String value, List<FieldError> errors) {
        DateTimeInput typed = moments.get(field);
        return typed != null ? typed.read(errors) : instant(field, value, errors);
    }

    private LocalDate day(String field, String value, List<FieldError> errors) {
        DateInput typed = days.get(field);
        return typed != null ? typed.read(errors) : date(field, value, errors);
    }

    private static AddressData address(String line1, String line2, String town, String postcode, boolean confidential) {
        if (text(line1) == null && text(line2) == null && text(town) == null && text(postcode) == null) {
            return null;
        }
        return new AddressData(text(line1), text(line2), text(town), text(postcode), confidential);
    }

    private static String local(Instant instant) {
        return instant == null ? null : LOCAL.format(LocalDateTime.ofInstant(instant, UK));
    }

    private static Instant instant(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(UK).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a date and time"));
            return null;
        }
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a date like 1990-05-01"));
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> lines(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
