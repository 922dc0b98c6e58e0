package org.nmoregister.lookup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;

/** The card another force sees is built from the listed fields only: nothing of an address, a party or the terms. */
class OtherForceCardTest {

    final Instant made = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void theCardCarriesTheListedFieldsAndNothingElse() {
        OrderDetails details = OrderFixtures.withoutNoticeNmo("LS26F12345678", made)
                .withService(List.of(new ServiceRecord(made.plusSeconds(3600), ServiceMethod.PERSONAL, "PC 4417",
                        null, null)));
        UUID id = UUID.randomUUID();
        var card = CrossForceSearch.build(id, "northshire", "Northshire Police", "0300 555 0101", details,
                OrderStatus.IN_FORCE, made.plusSeconds(14 * 86400), List.of("No violence or threats against the"
                        + " applicant"), true);

        assertThat(card.id()).isEqualTo(id);
        assertThat(card.force()).isEqualTo("northshire");
        assertThat(card.forceName()).isEqualTo("Northshire Police");
        assertThat(card.heldByAnotherForce()).isTrue();
        assertThat(card.contactTelephone()).isEqualTo("0300 555 0101");
        assertThat(card.reference()).isEqualTo("LS26F12345678");
        assertThat(card.banner()).isEqualTo("IN FORCE");
        assertThat(card.madeAt()).isEqualTo(made);
        assertThat(card.service()).startsWith(ServiceMethod.PERSONAL.label()).doesNotContain("PC 4417");
        assertThat(card.officerSafety()).containsExactly("DOGS", "VIOLENCE");
        assertThat(card.checkLabel()).isNull();
        assertThat(card.toString()).doesNotContain("Acacia", "LS6 2AB", "07700", "Jane", "Amy", "Mill Lane",
                "Keeps two dogs", "shaved head", "Ford Focus", "must not", "Leeds Family Court", "John Smith");
    }

    @Test
    void anUnservedUncheckedOrderSaysSo() {
        OrderDetails details = OrderFixtures.withoutNoticeNmo("LS26F12345679", made);
        var card = CrossForceSearch.build(UUID.randomUUID(), "northshire", "Northshire Police", null, details,
                OrderStatus.PENDING_SERVICE, null, List.of(), false);
        assertThat(card.banner()).isEqualTo("NOT SERVED");
        assertThat(card.service()).startsWith("Not served");
        assertThat(card.checkLabel()).isEqualTo(org.nmoregister.lookup.OrderCard.NOT_YET_CHECKED_UNSERVED);
        assertThat(card.contactTelephone()).isNull();
    }
}
