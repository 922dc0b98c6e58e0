package org.nmoregister.lookup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.lookup.OrderCard;
import org.nmoregister.lookup.PersonResult;
import org.nmoregister.lookup.PlaceResult;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.OrderType;

/** The verdict counts orders, not matches, and says first whether one binds now and whether it has been checked. */
class VerdictTest {

    @Test
    void nothingFoundNamesTheForce() {
        assertThat(Verdict.of(List.of(), "Northshire Police"))
                .isEqualTo(new Verdict("none", "No order found in Northshire Police", null));
    }

    @Test
    void anOrderFoundThroughThreePeopleAndAPlaceIsOneOrder() {
        OrderCard order = card(OrderStatus.IN_FORCE, true);
        var result = Map.<String, Object>of(
                "people", List.of(person(order), person(order), person(order)),
                "places", List.of(new PlaceResult(0, true, 0, 100, "HOME", "1 High St", "LS6 2AB", List.of(order),
                        true, false, "located at the property")));
        assertThat(Verdict.of(result, "Northshire Police").headline()).isEqualTo("Yes: 1 order in force");
    }

    @Test
    void anOrderNotYetCheckedIsInForceAllTheSame() {
        Verdict held = Verdict.of(List.of(card(OrderStatus.IN_FORCE, false)), "Northshire Police");
        assertThat(held.outcome()).isEqualTo("held");
        assertThat(held.headline()).isEqualTo("Held, not yet checked: 1 order in force");
        assertThat(held.detail()).startsWith("Treat as in force");

        Verdict mixed = Verdict.of(List.of(card(OrderStatus.IN_FORCE, false), card(OrderStatus.IN_FORCE, true),
                card(OrderStatus.PENDING_SERVICE, true)), "Northshire Police");
        assertThat(mixed.outcome()).isEqualTo("yes");
        assertThat(mixed.headline()).isEqualTo("Yes: 2 orders in force");
        assertThat(mixed.detail()).isEqualTo("1 of them held, not yet checked: treat as in force; 1 order not yet "
                + "served.");
    }

    @Test
    void unservedAndEndedOrdersAreNotAYes() {
        assertThat(Verdict.of(List.of(card(OrderStatus.PENDING_SERVICE, false)), "Northshire Police").headline())
                .isEqualTo("Held, not yet checked: 1 order not yet served");
        assertThat(Verdict.of(List.of(card(OrderStatus.PENDING_SERVICE, true), card(OrderStatus.EXPIRED, true)),
                "Northshire Police").headline()).isEqualTo("Held: 1 order not yet served");
        Verdict ended = Verdict.of(List.of(card(OrderStatus.EXPIRED, true), card(OrderStatus.DISCHARGED, true)),
                "Northshire Police");
        assertThat(ended.outcome()).isEqualTo("none");
        assertThat(ended.headline()).isEqualTo("No order in force in Northshire Police");
        assertThat(ended.detail()).isEqualTo("2 orders found have ended.");
    }

    private static PersonResult person(OrderCard order) {
        return new PersonResult(0.9, java.util.Set.of(), "RESPONDENT", "A Person", null, List.of(), null,
                List.of(order));
    }

    private static OrderCard card(OrderStatus status, boolean checked) {
        return new OrderCard(UUID.randomUUID(), "LS26F0001", "Leeds Family Court", OrderType.NMO, status,
                status.banner(), Instant.parse("2026-12-01T10:00:00Z"), null, "A Person", List.of(), "Not served",
                List.of(), null, checked, checked ? null : OrderCard.NOT_YET_CHECKED);
    }
}
