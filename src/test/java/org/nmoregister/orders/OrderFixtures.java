package org.nmoregister.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Realistic orders for tests, each with a case number no other test uses. */
public final class OrderFixtures {

    private OrderFixtures() {
    }

    public static String uniqueCaseNumber() {
        return "LS26F" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    public static OrderDetails withoutNoticeNmo(String caseNumber, Instant madeAt) {
        return new OrderDetails("Leeds Family Court", caseNumber, OrderType.NMO, madeAt, true,
                new ReturnHearing(madeAt.plusSeconds(14 * 86400), "Leeds Family Court"), DurationKind.UNTIL_DATE,
                madeAt.plusSeconds(14 * 86400 + 6 * 3600), true,
                new ProtectedPerson("Jane Smith", LocalDate.of(1990, 5, 1), List.of(),
                        List.of(new Address("14 Acacia Avenue", null, "Leeds", "LS6 2AB", true)),
                        List.of(new ContactDetail(ContactDetail.Kind.PHONE, "07700 900123", true))),
                List.of(), List.of(ProtectedPerson.named("Amy Smith", LocalDate.of(2015, 3, 3))),
                new Respondent("John Smith", LocalDate.of(1988, 4, 12), List.of("Johnny Smith"),
                        List.of(new Address("3 Mill Lane", null, "Leeds", "LS12 1AA", false)), List.of(),
                        "White male, 6ft, shaved head", List.of("Blue Ford Focus YX19 ABC"),
                        new Respondent.OfficerSafety(java.util.Set.of(Respondent.OfficerSafety.Warning.VIOLENCE,
                                Respondent.OfficerSafety.Warning.DOGS), "Keeps two dogs at the address")),
                Relationship.FORMER_SPOUSE,
                List.of(new Term(1, "The respondent John Smith must not use or threaten violence against the "
                                + "applicant Jane Smith, and must not instruct, encourage or in any way suggest that "
                                + "any other person should do so."),
                        new Term(2, "The respondent must not go to, enter or attempt to enter 14 Acacia Avenue, "
                                + "Leeds LS6 2AB.")),
                List.of(), null, null);
    }

    /**
     * A plain NMO made with notice, six months long, one term, no confidential detail: for tests about pages and
     * forms rather than the order. {@code servedAt} may be null (not yet served).
     */
    public static OrderDetails withNoticeNmo(String caseNumber, Instant madeAt, String protectedName,
                                             String respondentName, Instant servedAt) {
        return new OrderDetails("Leeds Family Court", caseNumber, OrderType.NMO, madeAt, false, null,
                DurationKind.UNTIL_DATE, madeAt.plusSeconds(180L * 86400), true,
                new ProtectedPerson(protectedName, LocalDate.of(1990, 1, 2), List.of(),
                        List.of(new Address("7 Rook Street", null, "Leeds", "LS6 1AA", false)), List.of()),
                List.of(), List.of(),
                new Respondent(respondentName, LocalDate.of(1985, 3, 4), List.of(), List.of(), List.of(), null,
                        List.of(), null),
                Relationship.FORMER_SPOUSE,
                List.of(new Term(1, "The respondent must not use or threaten violence against the applicant.")),
                servedAt == null ? List.of()
                        : List.of(new ServiceRecord(servedAt, ServiceMethod.PERSONAL, "PC 1", null, null)),
                null, null);
    }
}
