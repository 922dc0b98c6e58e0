package org.nmoregister.transfers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.security.Force;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.ClauseType;
import org.nmoregister.terms.ReadClauses;

/** What a receiving force sees of a case before it owns it: a few words, never an address or a name. Plain Java. */
class TransferSummariesTest {

    static Clause clause(ClauseType type, boolean indirect, Integer metres, Clause.PlaceKind... kinds) {
        List<Clause.Place> places = java.util.Arrays.stream(kinds)
                .map(k -> new Clause.Place(k, "14 Acacia Avenue, Leeds LS6 2AB")).toList();
        return new Clause(1, "The respondent Tobias Quenby must not ... 14 Acacia Avenue", type,
                List.of(new Clause.Protected(Clause.Party.APPLICANT, List.of("Jane Smith"))), Set.of(), true, indirect,
                false, places, metres, List.of(), List.of(), List.of());
    }

    @Test
    void eachKindOfRestrictionInAFewWordsAndPlacesByTheirKindOnly() {
        List<String> words = TransferSummaries.restrictions(List.of(
                clause(ClauseType.VIOLENCE, false, null),
                clause(ClauseType.CONTACT, true, null),
                clause(ClauseType.CONTACT, false, null),
                clause(ClauseType.PROXIMITY, false, 100, Clause.PlaceKind.HOME),
                clause(ClauseType.ENTRY, false, null, Clause.PlaceKind.SCHOOL, Clause.PlaceKind.HOME),
                clause(ClauseType.EXCEPTION, false, null),
                clause(ClauseType.OTHER, false, null)));
        assertThat(words).containsExactly("No violence or threats of violence", "No contact, direct or indirect",
                "No contact", "Not to come within 100 m of a home", "Not to go to or enter a school and other places");
        assertThat(String.join(" ", words)).doesNotContain("Acacia").doesNotContain("Jane").doesNotContain("LS6");
    }

    @Test
    void repeatsAreSaidOnceAndTheListIsShort() {
        List<Clause> many = new java.util.ArrayList<>();
        for (ClauseType t : new ClauseType[] {ClauseType.VIOLENCE, ClauseType.VIOLENCE, ClauseType.INTIMIDATION,
                ClauseType.CONTACT, ClauseType.PROPERTY_DAMAGE, ClauseType.PUBLICATION, ClauseType.ENTRY,
                ClauseType.PROXIMITY}) {
            many.add(clause(t, false, null));
        }
        List<String> words = TransferSummaries.restrictions(many);
        assertThat(words).hasSize(TransferSummaries.MOST).doesNotHaveDuplicates()
                .startsWith("No violence or threats of violence", "No intimidation, harassment or pestering");
        assertThat(TransferSummaries.restrictions(List.of(clause(ClauseType.PROXIMITY, false, null))))
                .containsExactly("Not to approach the protected people");
    }

    @Test
    void theSummaryCarriesNoAddressNameOrContactDetail() {
        OrderDetails order = OrderFixtures.withoutNoticeNmo("LS26F2", Instant.parse("2026-11-01T10:00:00Z"));
        OrderSnapshot snapshot = new OrderSnapshot(UUID.randomUUID(), UUID.randomUUID(), 1, ChangeKind.MADE,
                order.madeAt(), order.madeAt(), "poc", order, OrderStatus.PENDING_SERVICE, Instant.now(),
                new ReadClauses(1, List.of(clause(ClauseType.ENTRY, false, null, Clause.PlaceKind.HOME)), List.of(1)));
        TransferSummary summary = TransferSummaries.of(snapshot, new Force(UUID.randomUUID(), "northshire",
                "Northshire Police", List.of()));
        assertThat(summary.status()).isEqualTo("PENDING_SERVICE");
        assertThat(summary.statusWords()).isEqualTo("NOT SERVED");
        assertThat(summary.served()).isFalse();
        assertThat(summary.owningForce()).isEqualTo("northshire");
        assertThat(summary.reference()).isEqualTo("Leeds Family Court, case LS26F2");
        assertThat(summary.restrictions()).containsExactly("Not to go to or enter a home");
        assertThat(summary.toString()).doesNotContain("Acacia").doesNotContain("LS6").doesNotContain("Jane")
                .doesNotContain("John").doesNotContain("07700").doesNotContain("Mill Lane");
    }
}
