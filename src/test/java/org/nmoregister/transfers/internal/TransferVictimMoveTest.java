package org.nmoregister.transfers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.transfers.internal.TransferVictimMove.Because;

/** A protected person's new address and the C8 question. Plain Java. */
class TransferVictimMoveTest {

    final OrderDetails order = withOther(OrderFixtures.withoutNoticeNmo("LS26F1", Instant.parse("2026-11-01T10:00:00Z")));
    final Address refuge = new Address("Flat 2, 9 Elm Road", null, "Southby", "SV1 2AB", true);

    @Test
    void theC8QuestionStartsAnsweredYesOnlyWhenTheyMovedBecauseOfTheRespondent() {
        assertThat(TransferVictimMove.confidentialByDefault(Because.RESPONDENT)).isTrue();
        assertThat(TransferVictimMove.confidentialByDefault(Because.OTHER)).isFalse();
        assertThat(TransferVictimMove.confidentialByDefault(null)).isFalse();
    }

    @Test
    void theNewAddressReplacesTheApplicantsAndNothingElseChanges() {
        OrderDetails moved = TransferVictimMove.moved(order, "applicant", refuge);
        assertThat(moved.applicant().addresses()).containsExactly(refuge);
        assertThat(moved.applicant().name()).isEqualTo("Jane Smith");
        assertThat(moved.applicant().contacts()).isEqualTo(order.applicant().contacts());
        assertThat(moved.otherProtectedPersons()).isEqualTo(order.otherProtectedPersons());
        assertThat(moved.respondent()).isEqualTo(order.respondent());
        assertThat(moved.terms()).isEqualTo(order.terms());
        assertThat(moved.children()).isEqualTo(order.children());
    }

    @Test
    void anotherProtectedPersonMovesByTheirPlace() {
        OrderDetails moved = TransferVictimMove.moved(order, "other-0", refuge);
        assertThat(moved.otherProtectedPersons().get(0).addresses()).containsExactly(refuge);
        assertThat(moved.applicant()).isEqualTo(order.applicant());
        assertThatThrownBy(() -> TransferVictimMove.moved(order, "other-1", refuge))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TransferVictimMove.moved(order, "respondent", refuge))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyAnswerIsAskedFor() {
        assertThat(fields(TransferVictimMove.check(order, null, null, null, null))).containsExactly("person", "because");
        assertThat(fields(TransferVictimMove.check(order, "applicant", Because.OTHER,
                new Address(null, null, null, null, false), null))).containsExactly("line1", "town", "confidential");
        assertThat(TransferVictimMove.check(order, "applicant", Because.OTHER,
                new Address("1 High St", null, null, "SV1 2AB", false), false)).isEmpty();
        assertThat(TransferVictimMove.check(order, "other-0", Because.RESPONDENT, refuge, true)).isEmpty();
    }

    @Test
    void longAnswersAreRefusedAtTheirLimits() {
        Address longest = new Address("a".repeat(200), "b".repeat(200), "c".repeat(100), "d".repeat(10), false);
        assertThat(TransferVictimMove.check(order, "applicant", Because.OTHER, longest, false)).isEmpty();
        Address over = new Address("a".repeat(201), "b".repeat(201), "c".repeat(101), "d".repeat(11), false);
        assertThat(fields(TransferVictimMove.check(order, "applicant", Because.OTHER, over, false)))
                .containsExactly("line1", "line2", "town", "postcode");
    }

    @Test
    void theReasonIsReadOnlyWhenItIsOneOfTheChoices() {
        assertThat(TransferVictimMove.because("RESPONDENT")).isEqualTo(Because.RESPONDENT);
        assertThat(TransferVictimMove.because(" OTHER ")).isEqualTo(Because.OTHER);
        assertThat(TransferVictimMove.because("respondent")).isNull();
        assertThat(TransferVictimMove.because(null)).isNull();
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static OrderDetails withOther(OrderDetails o) {
        return new OrderDetails(o.court(), o.caseNumber(), o.orderType(), o.madeAt(), o.withoutNotice(),
                o.returnHearing(), o.duration(), o.endsAt(), o.penalNotice(), o.applicant(),
                List.of(ProtectedPerson.named("Anne Smith", null)), o.children(), o.respondent(), o.relationship(),
                o.terms(), o.service(), o.dischargedAt(), o.notes());
    }
}
