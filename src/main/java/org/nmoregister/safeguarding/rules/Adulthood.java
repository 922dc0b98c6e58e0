package org.nmoregister.safeguarding.rules;

import java.time.LocalDate;
import java.time.Period;
import org.nmoregister.orders.Relationship;

/**
 * Whether a protected person is an adult the safeguarding unit contacts directly. A relevant child is never called:
 * the adult protecting them, or children's social care, is. Adulthood is judged at the date the order was made, from
 * the date of birth; with no date of birth, an applicant in a relationship only adults have with each other (married,
 * cohabiting, engaged, intimate, parents of the same child) is taken to be an adult; anyone else with no date of birth
 * is {@link #NOT_KNOWN}: the task is still made, and the page asks the caller to check before calling (a victim left
 * uncontacted for want of a date is the worse failure).
 */
public enum Adulthood {
    ADULT, CHILD, NOT_KNOWN;

    public static final int AGE_OF_ADULTHOOD = 18;

    /**
     * @param dateOfBirth  the person's date of birth, or null
     * @param orderDate    the date the order was made (UK date), or null when not known (then today is used by the caller)
     * @param relationship the applicant's relationship to the respondent, or null for anyone but the applicant
     */
    public static Adulthood of(LocalDate dateOfBirth, LocalDate orderDate, Relationship relationship) {
        if (dateOfBirth != null && orderDate != null) {
            return Period.between(dateOfBirth, orderDate).getYears() >= AGE_OF_ADULTHOOD ? ADULT : CHILD;
        }
        if (relationship != null && adultRelationship(relationship)) {
            return ADULT;
        }
        return NOT_KNOWN;
    }

    /** Whether the person is contacted: adults, and those whose age is not known (checked by the caller). */
    public boolean contacted() {
        return this != CHILD;
    }

    private static boolean adultRelationship(Relationship r) {
        return switch (r) {
            case SPOUSE, FORMER_SPOUSE, CIVIL_PARTNER, FORMER_CIVIL_PARTNER, COHABITANT, FORMER_COHABITANT, ENGAGED,
                 FORMERLY_ENGAGED, INTIMATE_RELATIONSHIP, PARENTS_OF_SAME_CHILD -> true;
            default -> false;
        };
    }
}
