package org.nmoregister.intake.reading;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.nmoregister.intake.internal.NotificationData;
import org.nmoregister.intake.internal.NotificationData.AddressData;
import org.nmoregister.intake.internal.NotificationData.Hearing;
import org.nmoregister.intake.internal.NotificationData.Person;
import org.nmoregister.intake.internal.NotificationData.RespondentData;
import org.nmoregister.places.WrittenAddress;

/**
 * Turns what was read from an order's document into the notification the point of contact confirms: the form is
 * filled, nothing is accepted. Times are the order's own (UK local time); a date with no time is taken at the start
 * of the day it was made and the end of the day it ends.
 */
public final class NotificationPrefill {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private NotificationPrefill() {
    }

    /** The reading of the text among several (an e-mail's body and attachments) that reads most of an order. */
    public static Optional<OrderReading> best(List<String> texts) {
        return texts.stream().filter(t -> t != null && !t.isBlank()).map(OrderDocumentReader::read)
                .max(Comparator.comparingInt(NotificationPrefill::weight));
    }

    private static int weight(OrderReading r) {
        return (int) r.fields().values().stream().filter(f -> f.end() > f.start()).count() + r.terms().size();
    }

    /** The change the document states, when it is one (VARIATION, EXTENSION, DISCHARGE), else null. */
    public static String statedChange(OrderReading reading) {
        String change = reading.value("change");
        return change == null || change.equals("NEW_ORDER") ? null : change;
    }

    public static NotificationData data(OrderReading r) {
        Instant made = instant(r.value("madeAt"), false);
        String duration = r.value("duration");
        Instant ends = "UNTIL_DATE".equals(duration) ? instant(r.value("endsAt"), true) : null;
        Instant returnAt = instant(r.value("returnHearingAt"), false);
        Hearing hearing = returnAt == null ? null : new Hearing(returnAt, r.value("court"));
        Person applicant = r.value("applicantName") == null && r.value("applicantAddressConfidential") == null ? null
                : new Person(r.value("applicantName"), date(r.value("applicantDateOfBirth")), null,
                address(r, "applicant"), null, null);
        RespondentData respondent = r.value("respondentName") == null ? null
                : new RespondentData(r.value("respondentName"), date(r.value("respondentDateOfBirth")), null,
                address(r, "respondent"), null, null, null, null, null);
        List<Person> children = new ArrayList<>();
        String childText = r.value("children");
        if (childText != null) {
            for (String child : childText.split(";\\s*")) {
                int open = child.lastIndexOf(" (");
                children.add(open < 0 ? new Person(child.strip(), null, null, null, null, null)
                        : new Person(child.substring(0, open).strip(),
                        date(child.substring(open + 2, child.length() - 1)), null, null, null, null));
            }
        }
        return new NotificationData(r.value("court"), r.value("caseNumber"), r.value("orderType"), made,
                bool(r.value("withoutNotice")), hearing, ends,
                duration == null ? null : "UNTIL_FURTHER_ORDER".equals(duration),
                duration == null ? null : "UNTIL_NEXT_HEARING".equals(duration),
                bool(r.value("penalNotice")), applicant, null, respondent, children.isEmpty() ? null : children,
                null, r.termTexts().isEmpty() ? null : r.termTexts(), null, null, null,
                "DISCHARGE".equals(r.value("change")) ? made : null, basisNote(r));
    }

    /** The register has no field for a restraining order's power: it is noted, for the point of contact to keep. */
    static String basisNote(OrderReading r) {
        String basis = r.value("basis");
        return basis == null ? null : "Restraining order made " + basis + " (as the order document states).";
    }

    private static AddressData address(OrderReading r, String who) {
        if ("true".equals(r.value(who + "AddressConfidential"))) {
            return new AddressData(null, null, null, null, true);
        }
        String written = r.value(who + "Address");
        if (written == null) {
            return null;
        }
        var found = WrittenAddress.firstIn(written);
        String postcode = found.filter(WrittenAddress::hasPostcode).map(a -> a.postcode().toString()).orElse(null);
        String withoutPostcode = postcode == null ? written : written.replace(postcode, "").strip();
        String[] parts = withoutPostcode.split("\\s*,\\s*");
        String town = parts.length > 1 ? parts[parts.length - 1] : null;
        String line1 = parts.length > 2 ? parts[0] + ", " + parts[1] : parts[0];
        String line2 = parts.length > 3 ? String.join(", ", java.util.Arrays.copyOfRange(parts, 2, parts.length - 1)) : null;
        return new AddressData(line1, line2, town, postcode, false);
    }

    private static Boolean bool(String v) {
        return v == null ? null : Boolean.valueOf(v);
    }

    private static LocalDate date(String v) {
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(String v, boolean endOfDay) {
        if (v == null) {
            return null;
        }
        LocalDateTime at = v.contains("T") ? LocalDateTime.parse(v)
                : LocalDate.parse(v).atTime(endOfDay ? LocalTime.of(23, 59) : LocalTime.MIDNIGHT);
        return at.atZone(UK).toInstant();
    }
}
