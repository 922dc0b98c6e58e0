package org.nmoregister.breaches.crime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.nmoregister.breaches.check.OtherOffence;
import org.nmoregister.orders.OrderType;

/**
 * One offence a breach report may be recorded as.
 *
 * @param code            the register's stable key for the offence (unique), for example BREACH_NON_MOLESTATION_ORDER
 * @param title           the offence in words
 * @param legislation     the statute and section
 * @param homeOfficeClass the Home Office Counting Rules class (for example 8L); null when the force has still to give it
 * @param homeOfficeTitle the class's title in the Counting Rules; null with no class
 * @param confirmed       true only when the class was checked against a published edition of the Counting Rules
 * @param basis           for a confirmed class, the edition it was checked against
 * @param breachOf        the order types whose breach this offence is; empty for the other offences
 * @param considers       the breach check's prompt to consider another offence that this classification answers
 * @param note            guidance for the recording officer; may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CrimeClassification(String code, String title, String legislation, String homeOfficeClass,
                                  String homeOfficeTitle, boolean confirmed, String basis, List<OrderType> breachOf,
                                  OtherOffence considers, String note) {

    public CrimeClassification {
        breachOf = breachOf == null ? List.of() : List.copyOf(breachOf);
    }

    /** Whether this is the offence of breaching an order, rather than another offence the breach discloses. */
    @JsonIgnore
    public boolean isBreachOffence() {
        return !breachOf.isEmpty();
    }
}
