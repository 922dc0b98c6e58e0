package org.nmoregister.terms.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.terms.OrderContext;

/**
 * Turns the optional order context of the API and the page into an {@link OrderContext}. Dates may be an ISO
 * instant, a local date-time (UK time) or a date (the end of that day for an end date, its start otherwise).
 */
final class ContextParser {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final List<String> TYPES = List.of("NMO", "DAPN", "DAPO", "RESTRAINING_ORDER", "OCCUPATION_ORDER",
            "STALKING_PROTECTION_ORDER", "UNDERTAKING");

    private ContextParser() {
    }

    record Raw(String type, Boolean withoutNotice, String madeAt, String endsAt, Boolean untilFurtherOrder,
               String returnHearingAt, String servedAt, Boolean penalNotice, String respondentDateOfBirth,
               Boolean childrenInCommon) {
    }

    static OrderContext parse(Raw raw, String prefix, List<FieldError> errors) {
        if (raw == null) {
            return OrderContext.none();
        }
        String type = blankToNull(raw.type());
        if (type != null) {
            type = type.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (!TYPES.contains(type)) {
                errors.add(new FieldError(prefix + "type", "must be one of " + String.join(", ", TYPES)));
            }
        }
        LocalDate dob = null;
        if (blankToNull(raw.respondentDateOfBirth()) != null) {
            try {
                dob = LocalDate.parse(raw.respondentDateOfBirth().strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(prefix + "respondentDateOfBirth", "must be a date like 1985-04-30"));
            }
        }
        return new OrderContext(type, raw.withoutNotice(), instant(raw.madeAt(), prefix + "madeAt", false, errors),
                instant(raw.endsAt(), prefix + "endsAt", true, errors), raw.untilFurtherOrder(),
                instant(raw.returnHearingAt(), prefix + "returnHearingAt", false, errors),
                instant(raw.servedAt(), prefix + "servedAt", false, errors), raw.penalNotice(), dob,
                raw.childrenInCommon());
    }

    private static Instant instant(String value, String field, boolean endOfDay, List<FieldError> errors) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        v = v.strip();
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return LocalDateTime.parse(v).atZone(UK).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            LocalDate date = LocalDate.parse(v);
            return endOfDay ? date.plusDays(1).atStartOfDay(UK).toInstant().minusSeconds(1)
                    : date.atStartOfDay(UK).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date (2026-03-12) or a date and time (2026-03-12T16:00)"));
            return null;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
