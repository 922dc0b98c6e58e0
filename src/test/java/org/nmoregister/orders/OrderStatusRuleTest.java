package org.nmoregister.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderStatusRuleTest {

    static final Instant MADE = Instant.parse("2026-11-02T10:30:00Z");
    final OrderDetails order = OrderFixtures.withoutNoticeNmo("LS26F00123", MADE);
    final List<ServiceRecord> servedNextDay = List.of(
            new ServiceRecord(MADE.plusSeconds(86400), ServiceMethod.PERSONAL, "PC 123", null, null));

    @Test
    void noOrderBeforeItWasMade() {
        assertThat(OrderStatusRule.statusAt(order, List.of(), MADE.minusSeconds(1))).isEmpty();
    }

    @Test
    void notBindingUntilServed() {
        assertThat(OrderStatusRule.statusAt(order, servedNextDay, MADE.plusSeconds(3600)))
                .contains(OrderStatus.PENDING_SERVICE);
        assertThat(OrderStatusRule.statusAt(order, servedNextDay, MADE.plusSeconds(86400)))
                .contains(OrderStatus.IN_FORCE);
    }

    @Test
    void expiresAtTheEndInstantItself() {
        Instant end = order.endsAt();
        assertThat(OrderStatusRule.statusAt(order, servedNextDay, end.minusSeconds(1))).contains(OrderStatus.IN_FORCE);
        assertThat(OrderStatusRule.statusAt(order, servedNextDay, end)).contains(OrderStatus.EXPIRED);
    }

    @Test
    void dischargeEndsItBeforeItsEndDate() {
        Instant discharged = MADE.plusSeconds(3 * 86400);
        var discharge = order.withDischargedAt(discharged);
        assertThat(OrderStatusRule.statusAt(discharge, servedNextDay, discharged)).contains(OrderStatus.DISCHARGED);
        assertThat(OrderStatusRule.statusAt(discharge, servedNextDay, discharged.minusSeconds(1)))
                .contains(OrderStatus.IN_FORCE);
    }

    @Test
    void untilFurtherOrderNeverExpiresByItself() {
        var open = order.withEnd(DurationKind.UNTIL_FURTHER_ORDER, null);
        assertThat(OrderStatusRule.statusAt(open, servedNextDay, MADE.plusSeconds(5L * 365 * 86400)))
                .contains(OrderStatus.IN_FORCE);
    }

    @Test
    void untilNextHearingEndsAtTheReturnHearing() {
        var interim = order.withEnd(DurationKind.UNTIL_NEXT_HEARING, null);
        Instant hearing = order.returnHearing().at();
        assertThat(OrderStatusRule.statusAt(interim, servedNextDay, hearing)).contains(OrderStatus.EXPIRED);
        assertThat(OrderStatusRule.statusAt(interim, servedNextDay, hearing.minusSeconds(60)))
                .contains(OrderStatus.IN_FORCE);
    }

    @Test
    void awarenessCountsLikeService() {
        var aware = List.of(new ServiceRecord(MADE.plusSeconds(600), ServiceMethod.MADE_AWARE_OTHER_MEANS,
                "PC 456 by telephone", null, "Read the terms to him"));
        assertThat(OrderStatusRule.statusAt(order, aware, MADE.plusSeconds(601))).contains(OrderStatus.IN_FORCE);
    }

    @Test
    void aDapnLastsFortyEightHours() {
        var dapn = new OrderDetails("Northshire Police", "DAPN-1", OrderType.DAPN, MADE, true, null,
                DurationKind.UNTIL_FURTHER_ORDER, null, true, order.applicant(), List.of(), List.of(),
                order.respondent(), Relationship.FORMER_SPOUSE, order.terms(),
                List.of(new ServiceRecord(MADE, ServiceMethod.PERSONAL, "PC 1", null, null)), null, null);
        assertThat(OrderStatusRule.statusAt(dapn, dapn.service(), MADE.plusSeconds(47 * 3600)))
                .contains(OrderStatus.IN_FORCE);
        assertThat(OrderStatusRule.statusAt(dapn, dapn.service(), MADE.plusSeconds(48 * 3600)))
                .contains(OrderStatus.EXPIRED);
    }

    @Test
    void anOrderEndsAtWhicheverComesFirstOfItsDischargeAndItsEnd() {
        assertThat(OrderStatusRule.ending(order)).contains(new OrderStatusRule.Ending(order.endsAt(),
                OrderStatus.EXPIRED));
        Instant early = MADE.plusSeconds(3 * 86400);
        assertThat(OrderStatusRule.ending(order.withDischargedAt(early)))
                .contains(new OrderStatusRule.Ending(early, OrderStatus.DISCHARGED));
        // discharged after it had already expired: it ended when it expired, as the status rule says
        assertThat(OrderStatusRule.ending(order.withDischargedAt(order.endsAt().plusSeconds(60))))
                .contains(new OrderStatusRule.Ending(order.endsAt(), OrderStatus.EXPIRED));
        assertThat(OrderStatusRule.ending(order.withDischargedAt(order.endsAt())))
                .contains(new OrderStatusRule.Ending(order.endsAt(), OrderStatus.DISCHARGED));
        assertThat(OrderStatusRule.statusAt(order.withDischargedAt(order.endsAt()), servedNextDay, order.endsAt()))
                .contains(OrderStatus.DISCHARGED);
    }

    @Test
    void anOrderUntilTheReturnHearingIsNotClosedWhenTheHearingsTimePassesButIsWhenDischarged() {
        var interim = order.withEnd(DurationKind.UNTIL_NEXT_HEARING, null);
        Instant hearing = interim.returnHearing().at();
        // expired by the status rule after the listed time, yet the court may continue or extend it at the hearing
        assertThat(OrderStatusRule.statusAt(interim, servedNextDay, hearing.plusSeconds(3600)))
                .contains(OrderStatus.EXPIRED);
        assertThat(OrderStatusRule.ending(interim)).isEmpty();
        Instant discharged = hearing.plusSeconds(2 * 3600);
        assertThat(OrderStatusRule.ending(interim.withDischargedAt(discharged)))
                .contains(new OrderStatusRule.Ending(discharged, OrderStatus.DISCHARGED));
    }

    @Test
    void anOrderUntilFurtherOrderHasNoEndingUntilDischarged() {
        var open = order.withEnd(DurationKind.UNTIL_FURTHER_ORDER, null);
        assertThat(OrderStatusRule.ending(open)).isEmpty();
        assertThat(OrderStatus.IN_FORCE.ended()).isFalse();
        assertThat(OrderStatus.PENDING_SERVICE.ended()).isFalse();
        assertThat(OrderStatus.EXPIRED.ended()).isTrue();
        assertThat(OrderStatus.DISCHARGED.ended()).isTrue();
    }
}
