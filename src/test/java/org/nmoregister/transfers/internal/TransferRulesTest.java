package org.nmoregister.transfers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nmoregister.transfers.internal.TransferRules.Decision;
import org.nmoregister.transfers.internal.TransferRules.Refused;

/** The transfer's state machine: who may do what to a request in which state. Plain Java. */
class TransferRulesTest {

    static final UUID NORTH = UUID.randomUUID();
    static final UUID SOUTH = UUID.randomUUID();
    static final UUID EAST = UUID.randomUUID();

    @Test
    void theReceiverAcceptsOrDeclinesAPendingRequest() {
        assertThat(TransferRules.next(TransferStatus.PENDING, Decision.ACCEPT, SOUTH, NORTH, SOUTH, null))
                .isEqualTo(TransferStatus.ACCEPTED);
        assertThat(TransferRules.next(TransferStatus.PENDING, Decision.DECLINE, SOUTH, NORTH, SOUTH, "Not ours"))
                .isEqualTo(TransferStatus.DECLINED);
    }

    @Test
    void theSenderWithdrawsAPendingRequest() {
        assertThat(TransferRules.next(TransferStatus.PENDING, Decision.WITHDRAW, NORTH, NORTH, SOUTH, null))
                .isEqualTo(TransferStatus.WITHDRAWN);
    }

    @Test
    void theSenderCannotAcceptOrDeclineItsOwnRequest() {
        for (Decision d : new Decision[] {Decision.ACCEPT, Decision.DECLINE}) {
            assertThatThrownBy(() -> TransferRules.next(TransferStatus.PENDING, d, NORTH, NORTH, SOUTH, "x"))
                    .isInstanceOfSatisfying(Refused.class, r -> {
                        assertThat(r.conflict()).isTrue();
                        assertThat(r.getMessage()).contains("receiving force");
                    });
        }
    }

    @Test
    void theReceiverCannotWithdraw() {
        assertThatThrownBy(() -> TransferRules.next(TransferStatus.PENDING, Decision.WITHDRAW, SOUTH, NORTH, SOUTH,
                null)).isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.conflict()).isTrue();
                    assertThat(r.getMessage()).contains("sending force");
                });
    }

    @ParameterizedTest
    @EnumSource(Decision.class)
    void aThirdForceDoesNotKnowTheRequestExists(Decision decision) {
        assertThatThrownBy(() -> TransferRules.next(TransferStatus.PENDING, decision, EAST, NORTH, SOUTH, "x"))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.conflict()).isFalse();
                    assertThat(r.field()).isEqualTo("id");
                });
    }

    @ParameterizedTest
    @EnumSource(value = TransferStatus.class, names = {"ACCEPTED", "DECLINED", "WITHDRAWN"})
    void aDecidedRequestIsFinal(TransferStatus done) {
        assertThatThrownBy(() -> TransferRules.next(done, Decision.ACCEPT, SOUTH, NORTH, SOUTH, null))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.conflict()).isTrue());
        assertThatThrownBy(() -> TransferRules.next(done, Decision.DECLINE, SOUTH, NORTH, SOUTH, "x"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.conflict()).isTrue());
        assertThatThrownBy(() -> TransferRules.next(done, Decision.WITHDRAW, NORTH, NORTH, SOUTH, null))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.getMessage())
                        .contains("already " + done.name().toLowerCase()));
    }

    @Test
    void aDeclineNeedsAReason() {
        for (String none : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> TransferRules.next(TransferStatus.PENDING, Decision.DECLINE, SOUTH, NORTH,
                    SOUTH, none)).isInstanceOfSatisfying(Refused.class, r -> {
                        assertThat(r.field()).isEqualTo("reason");
                        assertThat(r.conflict()).isFalse();
                    });
        }
    }

    @Test
    void aRequestIsMadeByTheOwnerToAnotherForce() {
        TransferRules.checkRequest(NORTH, NORTH, SOUTH);
        assertThatThrownBy(() -> TransferRules.checkRequest(NORTH, SOUTH, EAST))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("orderId"));
        assertThatThrownBy(() -> TransferRules.checkRequest(NORTH, null, SOUTH))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("orderId"));
        assertThatThrownBy(() -> TransferRules.checkRequest(NORTH, NORTH, NORTH))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("toForce"));
        assertThatThrownBy(() -> TransferRules.checkRequest(NORTH, NORTH, null))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("toForce"));
    }

    @Test
    void escalationIsDueAfterTheWorkingDaysAndOnlyOnce() {
        Instant monday = TransferWorkingDaysTest.at("2026-11-30T10:00").toInstant();
        Instant nextMonday = TransferWorkingDaysTest.at("2026-12-07T10:00").toInstant();
        assertThat(TransferRules.escalationDue(TransferStatus.PENDING, monday, null, nextMonday.minusSeconds(1), 5))
                .isFalse();
        assertThat(TransferRules.escalationDue(TransferStatus.PENDING, monday, null, nextMonday, 5)).isTrue();
        assertThat(TransferRules.escalationDue(TransferStatus.PENDING, monday, nextMonday, nextMonday.plusSeconds(60),
                5)).as("escalated already").isFalse();
        assertThat(TransferRules.escalationDue(TransferStatus.DECLINED, monday, null, nextMonday, 5)).isFalse();
        assertThat(TransferRules.escalationDue(TransferStatus.PENDING, monday, null, nextMonday, 6)).isFalse();
    }
}
