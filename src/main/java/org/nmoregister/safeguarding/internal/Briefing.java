package org.nmoregister.safeguarding.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a district is told about an order version: who is protected and who is bound, the order in plain words, its
 * terms, dates and service, officer-safety warnings, the places protected, and what to do on a breach. Made for the
 * district, so a confidential (C8) address, telephone number or e-mail is never in it, whoever reads it: a
 * confidential address is given as its area only (the town and postcode district, which are not secret).
 *
 * @param district     the district briefed, or null while the point of contact is to choose it
 * @param why          why this district: where the protected people live, or where the respondent lives
 * @param change       what this version is ("Order made", "Order varied", ...)
 * @param photograph   whether a photograph is held, in words
 */
public record Briefing(String district, String why, String change, int version, Order order,
                       List<Person> protectedPeople, Bound respondent, List<Term> terms, List<Place> places,
                       String service, List<String> officerSafety, String officerSafetyNotes, String photograph,
                       List<String> onABreach) {

    public record Order(String type, String court, String caseNumber, Instant madeAt, Instant effectiveFrom,
                        String duration, Instant endsAt, String status, boolean withoutNotice, boolean penalNotice,
                        String returnHearing) {
    }

    /**
     * @param role  applicant, protected person or child
     * @param where the address, or its area only when it is confidential; null when none is recorded
     */
    public record Person(String name, LocalDate dateOfBirth, String role, String where) {
    }

    public record Bound(String name, LocalDate dateOfBirth, List<String> aliases, String description,
                        List<String> vehicles, List<String> addresses, String relationship) {
    }

    /** A term of the order, as written, with what it forbids in plain words. */
    public record Term(int number, String text, String explained) {
    }

    /**
     * A place the order protects.
     *
     * @param radiusMetres the exclusion zone around it, when the order sets one
     */
    public record Place(String what, String where, Integer radiusMetres) {
    }
}
