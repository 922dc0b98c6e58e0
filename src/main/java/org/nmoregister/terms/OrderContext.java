package org.nmoregister.terms;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What is known about the order around its terms. Every field is optional: {@code null} means "not known", and a
 * check that needs an unknown fact is not run. {@code type} is the name of the order type (as
 * {@code orders.OrderType.name()}, e.g. "NMO" or "UNDERTAKING"); it is a string so that this module does not depend
 * on the order record, which shows this module's readings.
 */
public record OrderContext(String type, Boolean withoutNotice, Instant madeAt, Instant endsAt,
                           Boolean untilFurtherOrder, Instant returnHearingAt, Instant servedAt, Boolean penalNotice,
                           LocalDate respondentDateOfBirth, Boolean childrenInCommon) {

    private static final OrderContext NONE = new OrderContext(null, null, null, null, null, null, null, null, null,
            null);

    /** No context: only the checks on the wording run. */
    public static OrderContext none() {
        return NONE;
    }

    /** True when nothing is known, so the context checks are skipped. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** True for an undertaking, whatever the spelling of its type. */
    public boolean isUndertaking() {
        if (type == null) {
            return false;
        }
        String t = type.trim().toUpperCase(java.util.Locale.ROOT);
        return t.equals("UNDERTAKING") || t.equals("N117") || t.contains("UNDERTAKING");
    }
}
