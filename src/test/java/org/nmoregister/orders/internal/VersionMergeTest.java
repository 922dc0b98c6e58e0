package org.nmoregister.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;

class VersionMergeTest {

    private static final Instant MADE = Instant.parse("2026-10-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-03T09:00:00Z");
    private static final ServiceRecord FIRST = new ServiceRecord(MADE.plusSeconds(3600), ServiceMethod.PERSONAL,
            "PC 1", null, null);
    private static final ServiceRecord SECOND = new ServiceRecord(MADE.plusSeconds(7200), ServiceMethod.BAILIFF,
            "Bailiff 2", null, null);

    private final OrderDetails held = OrderFixtures.withoutNoticeNmo("LS26F00777", MADE).withService(List.of(FIRST));

    private static OrderDetails varied(Instant madeAt, List<ServiceRecord> service, Instant dischargedAt) {
        OrderDetails d = OrderFixtures.withoutNoticeNmo("LS26F00777", MADE);
        return new OrderDetails(d.court(), d.caseNumber(), d.orderType(), madeAt, false, null,
                DurationKind.UNTIL_FURTHER_ORDER, null, d.penalNotice(), d.applicant(), d.otherProtectedPersons(),
                d.children(), d.respondent(), d.relationship(), List.of(new Term(1, "A varied term")), service,
                dischargedAt, "varied at the return hearing");
    }

    @Test
    void theCourtsStatementWinsButTheOrderKeepsWhenItWasFirstMadeAndEveryServiceKnown() {
        OrderDetails notice = varied(MADE.plusSeconds(14 * 86_400), List.of(FIRST, SECOND), null);
        OrderDetails next = VersionMerge.asNewVersionOf(notice, held);
        assertThat(next.madeAt()).isEqualTo(MADE);
        assertThat(next.terms()).extracting(Term::text).containsExactly("A varied term");
        assertThat(next.duration()).isEqualTo(DurationKind.UNTIL_FURTHER_ORDER);
        assertThat(next.endsAt()).isNull();
        assertThat(next.withoutNotice()).isFalse();
        assertThat(next.notes()).isEqualTo("varied at the return hearing");
        assertThat(next.service()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aNoticeThatSaysNothingOfServiceDoesNotUndoIt() {
        assertThat(VersionMerge.asNewVersionOf(varied(MADE, List.of(), null), held).service()).containsExactly(FIRST);
    }

    @Test
    void anOrderHeldWithoutADateTakesTheNotices() {
        OrderDetails undated = new OrderDetails(held.court(), held.caseNumber(), held.orderType(), null, true,
                held.returnHearing(), held.duration(), held.endsAt(), true, held.applicant(), List.of(), List.of(),
                held.respondent(), held.relationship(), held.terms(), List.of(), null, null);
        assertThat(VersionMerge.asNewVersionOf(varied(MADE.plusSeconds(60), List.of(), null), undated).madeAt())
                .isEqualTo(MADE.plusSeconds(60));
    }

    @Test
    void aVariationTakesEffectWhenTheCourtMadeItOnlyIfThatIsAfterTheOriginal() {
        Instant later = MADE.plusSeconds(1);
        assertThat(VersionMerge.effectiveFrom(varied(later, List.of(), null), held, NOW)).isEqualTo(later);
        assertThat(VersionMerge.effectiveFrom(varied(MADE, List.of(), null), held, NOW)).isEqualTo(NOW);
        assertThat(VersionMerge.effectiveFrom(varied(MADE.minusSeconds(1), List.of(), null), held, NOW))
                .isEqualTo(NOW);
        assertThat(VersionMerge.effectiveFrom(varied(null, List.of(), null), held, NOW)).isEqualTo(NOW);
    }

    @Test
    void aDischargeTakesEffectWhenTheNoticeSaysElseWhenTheCourtMadeTheDischarge() {
        Instant discharged = MADE.plusSeconds(86_400);
        assertThat(VersionMerge.dischargedAt(varied(MADE.plusSeconds(60), List.of(), discharged)))
                .isEqualTo(discharged);
        assertThat(VersionMerge.dischargedAt(varied(MADE.plusSeconds(60), List.of(), null)))
                .isEqualTo(MADE.plusSeconds(60));
    }
}
