package org.nmoregister.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;

/** What a court's notice about an order already held is read as (moved here from intake with the rule). */
class ChangeClassifierTest {

    private static final Instant MADE = Instant.parse("2026-10-01T10:00:00Z");
    private final OrderDetails held = OrderFixtures.withoutNoticeNmo("LS26F00123", MADE);
    private final Instant heldEnd = held.endsAt();

    private static OrderDetails notice(OrderDetails d, DurationKind duration, Instant endsAt, List<Term> terms,
                                       List<ServiceRecord> service, Instant dischargedAt) {
        return new OrderDetails(d.court(), d.caseNumber(), d.orderType(), d.madeAt(), d.withoutNotice(),
                d.returnHearing(), duration, endsAt, d.penalNotice(), d.applicant(), d.otherProtectedPersons(),
                d.children(), d.respondent(), d.relationship(), terms, service, dischargedAt, d.notes());
    }

    private OrderDetails ending(Instant endsAt) {
        return notice(held, DurationKind.UNTIL_DATE, endsAt, held.terms(), List.of(), null);
    }

    private static ServiceRecord servedAt(Instant at) {
        return new ServiceRecord(at, ServiceMethod.PERSONAL, "PC 123", null, null);
    }

    @Test
    void offersTheChangeTheNoticeDescribes() {
        assertThat(ChangeClassifier.classify(ending(heldEnd.plusSeconds(86_400 * 180L)), held))
                .isEqualTo(ChangeKind.EXTENSION);
        assertThat(ChangeClassifier.classify(notice(held, DurationKind.UNTIL_DATE, heldEnd,
                List.of(new Term(1, "A new term")), List.of(), null), held)).isEqualTo(ChangeKind.VARIATION);
        assertThat(ChangeClassifier.classify(notice(held, DurationKind.UNTIL_DATE, heldEnd, held.terms(),
                List.of(servedAt(MADE.plusSeconds(3600))), null), held)).isEqualTo(ChangeKind.SERVICE);
        assertThat(ChangeClassifier.classify(notice(held, DurationKind.UNTIL_DATE, heldEnd, held.terms(), List.of(),
                MADE.plusSeconds(86_400)), held)).isEqualTo(ChangeKind.DISCHARGE);
    }

    @Test
    void theSameOrderAgainIsAVariationNeverAnExtension() {
        assertThat(ChangeClassifier.classify(held, held)).isEqualTo(ChangeKind.VARIATION);
    }

    @Test
    void anExtensionEndsLaterEvenByASecondAndAnEarlierOrEqualEndIsAVariation() {
        assertThat(ChangeClassifier.classify(ending(heldEnd.plusSeconds(1)), held)).isEqualTo(ChangeKind.EXTENSION);
        assertThat(ChangeClassifier.classify(ending(heldEnd), held)).isEqualTo(ChangeKind.VARIATION);
        assertThat(ChangeClassifier.classify(ending(heldEnd.minusSeconds(1)), held)).isEqualTo(ChangeKind.VARIATION);
    }

    @Test
    void becomingOpenEndedIsAnExtensionButStayingOpenEndedIsNot() {
        OrderDetails openEnded = notice(held, DurationKind.UNTIL_FURTHER_ORDER, null, held.terms(), List.of(), null);
        assertThat(ChangeClassifier.classify(openEnded, held)).isEqualTo(ChangeKind.EXTENSION);
        assertThat(ChangeClassifier.classify(openEnded, openEnded)).isEqualTo(ChangeKind.VARIATION);
        // An order with no end cannot be ended later: a date is a shortening, read as a variation.
        assertThat(ChangeClassifier.classify(ending(heldEnd.plusSeconds(86_400)), openEnded))
                .isEqualTo(ChangeKind.VARIATION);
    }

    @Test
    void aLongerOrderWithOtherTermsIsAVariation() {
        OrderDetails longerAndOther = notice(held, DurationKind.UNTIL_DATE, heldEnd.plusSeconds(86_400),
                List.of(new Term(1, "The respondent must not contact the applicant by any means.")), List.of(), null);
        assertThat(ChangeClassifier.classify(longerAndOther, held)).isEqualTo(ChangeKind.VARIATION);
    }

    @Test
    void termsRestatedWithOtherSpacingOrNotRestatedAreTheSameTerms() {
        List<Term> respaced = held.terms().stream().map(t -> new Term(t.number(), "  " + t.text() + "\n")).toList();
        assertThat(ChangeClassifier.classify(notice(held, DurationKind.UNTIL_DATE, heldEnd.plusSeconds(60),
                respaced, List.of(), null), held)).isEqualTo(ChangeKind.EXTENSION);
        assertThat(ChangeClassifier.classify(notice(held, DurationKind.UNTIL_DATE, heldEnd.plusSeconds(60),
                List.of(), List.of(), null), held)).isEqualTo(ChangeKind.EXTENSION);
        assertThat(ChangeClassifier.classify(notice(held, DurationKind.UNTIL_DATE, heldEnd.plusSeconds(60),
                held.terms().subList(0, 1), List.of(), null), held)).isEqualTo(ChangeKind.VARIATION);
    }

    @Test
    void aDischargeIsADischargeWhateverElseTheNoticeSays() {
        OrderDetails everything = notice(held, DurationKind.UNTIL_DATE, heldEnd.plusSeconds(86_400),
                List.of(new Term(1, "Other")), List.of(servedAt(MADE.plusSeconds(60))), MADE.plusSeconds(120));
        assertThat(ChangeClassifier.classify(everything, held)).isEqualTo(ChangeKind.DISCHARGE);
    }

    @Test
    void serviceIsOnlyServiceTheRegisterDoesNotYetKnow() {
        Instant at = MADE.plusSeconds(3600);
        OrderDetails served = held.withService(List.of(servedAt(at)));
        OrderDetails sameServiceLaterEnd = notice(held, DurationKind.UNTIL_DATE, heldEnd.plusSeconds(60),
                held.terms(), List.of(servedAt(at)), null);
        assertThat(ChangeClassifier.classify(sameServiceLaterEnd, served)).isEqualTo(ChangeKind.EXTENSION);
        OrderDetails newServiceLaterEnd = notice(held, DurationKind.UNTIL_DATE, heldEnd.plusSeconds(60),
                held.terms(), List.of(servedAt(at.plusSeconds(1))), null);
        assertThat(ChangeClassifier.classify(newServiceLaterEnd, served)).isEqualTo(ChangeKind.SERVICE);
        OrderDetails newServiceOtherTerms = notice(held, DurationKind.UNTIL_DATE, heldEnd, List.of(new Term(1, "X")),
                List.of(servedAt(at.plusSeconds(1))), null);
        assertThat(ChangeClassifier.classify(newServiceOtherTerms, served)).isEqualTo(ChangeKind.VARIATION);
    }
}
