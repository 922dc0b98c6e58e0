package org.nmoregister.intake.bulk.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.nmoregister.intake.bulk.RowReport.RowError;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRules;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ReturnHearing;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.platform.InvalidRequestException.FieldError;

/**
 * Turns one spreadsheet row into an order, checking every column and collecting every problem with the column it is
 * in, so the person importing can fix the whole row at once. What the columns say is read here; whether the order
 * they make holds together is the register's one rule ({@link OrderRules}), reported against the columns. Plain
 * Java: the rules are tested without Spring.
 */
public class RowParser {

    private static final Pattern POSTCODE = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$");

    private static final Map<String, OrderType> ORDER_TYPE_WORDS = Map.ofEntries(
            Map.entry("NON_MOLESTATION", OrderType.NMO), Map.entry("NON_MOLESTATION_ORDER", OrderType.NMO),
            Map.entry("FL404A", OrderType.NMO), Map.entry("RESTRAINING", OrderType.RESTRAINING_ORDER),
            Map.entry("RO", OrderType.RESTRAINING_ORDER), Map.entry("OCCUPATION", OrderType.OCCUPATION_ORDER),
            Map.entry("FL404", OrderType.OCCUPATION_ORDER), Map.entry("SPO", OrderType.STALKING_PROTECTION_ORDER),
            Map.entry("N117", OrderType.UNDERTAKING));

    private static final Map<String, ServiceMethod> SERVICE_WORDS = Map.of(
            "PERSONAL_SERVICE", ServiceMethod.PERSONAL, "PERSONALLY_SERVED", ServiceMethod.PERSONAL,
            "BY_BAILIFF", ServiceMethod.BAILIFF, "SUBSTITUTED_SERVICE", ServiceMethod.SUBSTITUTED,
            "MADE_AWARE", ServiceMethod.MADE_AWARE_OTHER_MEANS, "AWARE", ServiceMethod.MADE_AWARE_OTHER_MEANS,
            "VIA_SOLICITOR", ServiceMethod.SOLICITOR, "NOT_STATED", ServiceMethod.NOT_STATED_BY_COURT,
            "METHOD_NOT_STATED", ServiceMethod.NOT_STATED_BY_COURT);

    private final Clock clock;

    public RowParser(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param dateShiftDays days added to every event date (made, hearing, end, service, discharge); 0 for a real
     *                      import. Dates of birth are never moved.
     */
    public ParsedRow parse(ImportFile.RawRow row, long dateShiftDays) {
        Reader in = new Reader(row, dateShiftDays);
        Instant now = clock.instant();

        String court = in.required("court");
        String caseNumber = in.required("case_number");
        OrderType orderType = in.choice("order_type", true, OrderType.class, ORDER_TYPE_WORDS);
        Instant madeAt = in.instant("made_at", true, false);
        boolean withoutNotice = in.yesNo("without_notice");
        Instant hearingAt = in.instant("return_hearing_at", false, false);
        String hearingCourt = in.optional("return_hearing_court");
        ReturnHearing returnHearing = null;
        if (hearingAt != null) {
            returnHearing = new ReturnHearing(hearingAt, hearingCourt != null ? hearingCourt : court);
        } else if (hearingCourt != null) {
            in.error("return_hearing_at", "is needed when a return hearing court is given");
        } else if (withoutNotice) {
            in.error("return_hearing_at", "is needed: an order made without notice states its return hearing");
        }

        boolean untilFurtherOrder = in.yesNo("until_further_order");
        String endsText = in.optional("ends_at");
        DurationKind duration = null;
        Instant endsAt = null;
        if (endsText != null && endsText.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").matches(
                "(until)?(the)?(next|return)hearing")) {
            duration = DurationKind.UNTIL_NEXT_HEARING;
            if (hearingAt == null && !withoutNotice) {
                in.error("return_hearing_at", "is needed: the order lasts until the next hearing");
            }
            if (untilFurtherOrder) {
                in.error("until_further_order", "cannot be yes when the order lasts until the next hearing");
            }
        } else if (endsText != null) {
            endsAt = in.instant("ends_at", false, true);
            duration = DurationKind.UNTIL_DATE;
            if (untilFurtherOrder) {
                in.error("until_further_order", "cannot be yes when ends_at gives an end date");
            }
        } else if (untilFurtherOrder || orderType == OrderType.DAPN) {
            duration = DurationKind.UNTIL_FURTHER_ORDER;
        } else {
            in.error("ends_at", "is needed: give the end date and time, or until_further_order = yes");
        }
        boolean penalNotice = in.yesNo("penal_notice");

        String applicantName = in.required("applicant_name");
        LocalDate applicantDob = in.dateOfBirth("applicant_dob", madeAt);
        Address applicantAddress = in.address("applicant", in.yesNo("applicant_address_confidential"));
        ProtectedPerson applicant = new ProtectedPerson(applicantName, applicantDob, List.of(),
                applicantAddress == null ? List.of() : List.of(applicantAddress), List.of());

        String respondentName = in.required("respondent_name");
        LocalDate respondentDob = in.dateOfBirth("respondent_dob", madeAt);
        Address respondentAddress = in.address("respondent", false);
        Set<Respondent.OfficerSafety.Warning> warnings = EnumSet.noneOf(Respondent.OfficerSafety.Warning.class);
        for (String warning : in.list("officer_safety_warnings")) {
            Respondent.OfficerSafety.Warning parsed = in.choiceOf("officer_safety_warnings", warning,
                    Respondent.OfficerSafety.Warning.class, Map.of());
            if (parsed != null) {
                warnings.add(parsed);
            }
        }
        String safetyNotes = in.optional("officer_safety_notes");
        Respondent respondent = new Respondent(respondentName, respondentDob, in.list("respondent_aliases"),
                respondentAddress == null ? List.of() : List.of(respondentAddress), List.of(),
                in.optional("respondent_description"), in.list("respondent_vehicles"),
                warnings.isEmpty() && safetyNotes == null ? null
                        : new Respondent.OfficerSafety(warnings, safetyNotes));

        List<ProtectedPerson> children = new ArrayList<>();
        for (String child : in.list("children")) {
            String[] parts = child.split("\\|", -1);
            String name = parts[0].strip();
            if (name.isEmpty() || parts.length > 2) {
                in.error("children", "'" + child + "' is not name|date of birth");
                continue;
            }
            LocalDate dob = null;
            if (parts.length == 2 && !parts[1].isBlank()) {
                dob = in.parse("children", parts[1], ImportDates::date);
            }
            children.add(ProtectedPerson.named(name, dob));
        }

        Relationship relationship = in.choice("relationship", false, Relationship.class, Map.of());
        List<Term> terms = TermSplitter.split(in.optional("terms"));
        if (terms.isEmpty() && !in.hasError("terms")) {
            in.error("terms", "is required: the terms of the order, verbatim");
        }

        ServiceRecord service = null;
        Instant servedAt = in.instant("served_at", false, false);
        ServiceMethod method = in.choice("service_method", false, ServiceMethod.class, SERVICE_WORDS);
        String servedBy = in.optional("served_by");
        if (servedAt != null) {
            if (method == null && !in.hasError("service_method")) {
                in.error("service_method", "is needed when served_at is given");
            }
            if (servedBy != null && servedBy.equalsIgnoreCase(applicantName)) {
                in.error("served_by", "the applicant may not serve the order personally");
            }
            service = new ServiceRecord(servedAt, method, servedBy, null, "Imported from a spreadsheet");
        } else if (method != null || servedBy != null) {
            in.error("served_at", "is needed when service_method or served_by is given");
        }

        Instant dischargedAt = in.instant("discharged_at", false, false);
        if (dischargedAt != null && dischargedAt.isAfter(now)) {
            // An import brings in what a register already held: a discharge not yet happened is a wrong date.
            in.error("discharged_at", "is in the future");
        }

        OrderDetails order = new OrderDetails(court, caseNumber, orderType, madeAt, withoutNotice, returnHearing,
                duration, endsAt, penalNotice, applicant, List.of(), children, respondent,
                relationship == null ? Relationship.NOT_KNOWN : relationship, terms, List.of(), null,
                in.optional("notes"));
        // The register's one rule for an order's fields, reported against the spreadsheet's columns. The order is
        // judged with its service and discharge, which the import records as its next versions.
        in.byTheRule(OrderRules.validate(order.withService(service == null ? List.of() : List.of(service))
                .withDischargedAt(dischargedAt), now));
        if (!in.errors.isEmpty()) {
            return new ParsedRow(row.rowNumber(), row.get("case_number"), null, null, null, in.errors);
        }
        return new ParsedRow(row.rowNumber(), caseNumber, order, service, dischargedAt, List.of());
    }

    /** Reads columns of one row, recording each problem against its column. */
    private static final class Reader {
        private final ImportFile.RawRow row;
        private final long shiftDays;
        private final List<RowError> errors = new ArrayList<>();

        Reader(ImportFile.RawRow row, long shiftDays) {
            this.row = row;
            this.shiftDays = shiftDays;
        }

        void error(String field, String reason) {
            errors.add(new RowError(field, reason));
        }

        boolean hasError(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        /** The register's findings, each against its column unless that column is already reported. */
        void byTheRule(List<FieldError> findings) {
            List<String> reported = errors.stream().map(RowError::field).toList();
            for (FieldError finding : findings) {
                String column = RowImporter.column(finding.field());
                if (!reported.contains(column)) {
                    error(column, finding.reason());
                }
            }
        }

        String optional(String column) {
            return row.get(column);
        }

        String required(String column) {
            String value = row.get(column);
            if (value == null) {
                error(column, "is required");
            }
            return value;
        }

        List<String> list(String column) {
            String value = row.get(column);
            if (value == null) {
                return List.of();
            }
            return java.util.Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        boolean yesNo(String column) {
            String value = row.get(column);
            if (value == null) {
                return false;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "t", "1", "x" -> true;
                case "no", "n", "false", "f", "0" -> false;
                default -> {
                    error(column, "'" + value + "' is not yes or no");
                    yield false;
                }
            };
        }

        <T> T parse(String column, String text, Function<String, T> parser) {
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                error(column, e.getMessage());
                return null;
            }
        }

        Instant instant(String column, boolean required, boolean endOfDay) {
            String value = required ? required(column) : optional(column);
            if (value == null) {
                return null;
            }
            Instant parsed = parse(column, value, text -> ImportDates.instant(text, endOfDay));
            if (parsed == null || shiftDays == 0) {
                return parsed;
            }
            // Shifted in UK local time, so an order made at 10:00 is still made at 10:00 across a clock change.
            return parsed.atZone(ImportDates.UK).plus(Period.ofDays((int) shiftDays)).toInstant();
        }

        LocalDate dateOfBirth(String column, Instant madeAt) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            LocalDate dob = parse(column, value, ImportDates::date);
            if (dob != null && madeAt != null && dob.atStartOfDay(ImportDates.UK).toInstant().isAfter(madeAt)) {
                error(column, "is after the order was made");
            }
            return dob;
        }

        Address address(String party, boolean confidential) {
            String line1 = optional(party + "_address_line1");
            String line2 = optional(party + "_address_line2");
            String town = optional(party + "_town");
            String postcode = optional(party + "_postcode");
            if (line1 == null && line2 == null && town == null && postcode == null) {
                if (confidential) {
                    error(party + "_address_confidential", "is yes but no address is given");
                }
                return null;
            }
            if (line1 == null) {
                error(party + "_address_line1", "is needed when any part of the address is given");
            }
            if (postcode != null) {
                var match = POSTCODE.matcher(postcode.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
                if (match.matches()) {
                    postcode = match.group(1) + " " + match.group(2);
                } else {
                    error(party + "_postcode", "'" + postcode + "' is not a UK postcode");
                }
            }
            return new Address(line1, line2, town, postcode, confidential);
        }

        <E extends Enum<E>> E choice(String column, boolean required, Class<E> type, Map<String, E> words) {
            String value = required ? required(column) : optional(column);
            return value == null ? null : choiceOf(column, value, type, words);
        }

        <E extends Enum<E>> E choiceOf(String column, String value, Class<E> type, Map<String, E> words) {
            String key = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(key)) {
                    return constant;
                }
                if (constant instanceof OrderType orderType && orderType.label().toUpperCase(Locale.ROOT)
                        .replaceAll("[^A-Z0-9]+", "_").equals(key)) {
                    return constant;
                }
            }
            E word = words.get(key);
            if (word != null) {
                return word;
            }
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            error(column, "'" + value + "' is not one of " + String.join(", ", allowed));
            return null;
        }
    }
}
