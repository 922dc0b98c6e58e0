package org.nmoregister.sentencing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nmoregister.orders.OrderType;

/**
 * A sentencing guideline as the reference file holds it, checked: every culpability and harm defined and every cell
 * of the table present.
 *
 * @param id            a stable key, for example breach-of-protective-order
 * @param name          the offence guideline's title
 * @param guideline     the definitive guideline it is part of
 * @param issuer        who issued it
 * @param version       the edition
 * @param effectiveFrom the day it applies from
 * @param appliesTo     the offences it is used for, in words
 * @param orderTypes    the register's order types whose breach it is used for
 */
public record Guideline(String id, String name, String guideline, String issuer, String version,
                        LocalDate effectiveFrom, GuidelineSource source, List<String> appliesTo,
                        Set<OrderType> orderTypes, Map<Culpability, List<String>> culpability,
                        Map<Harm, List<String>> harm, List<Cell> table, List<Factor> aggravatingFactors,
                        List<Factor> mitigatingFactors, StatutoryMaximum maximum) {

    /** The table's cell for a culpability and a harm. */
    public Cell cell(Culpability culpability, Harm harm) {
        return table.stream().filter(c -> c.culpability() == culpability && c.harm() == harm).findFirst()
                .orElseThrow(() -> new IllegalStateException("The guideline has no cell " + culpability
                        + harm.category()));
    }
}
