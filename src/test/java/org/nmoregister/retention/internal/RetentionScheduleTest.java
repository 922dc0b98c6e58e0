package org.nmoregister.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.retention.CaseFact;
import org.nmoregister.retention.RecordKind;

class RetentionScheduleTest {

    static final UUID ORDER = UUID.randomUUID();
    static final UUID FORCE = UUID.randomUUID();
    static final Instant MADE = Instant.parse("2015-03-01T10:00:00Z");
    static final Instant ENDED = Instant.parse("2016-03-01T10:00:00Z");

    static RetentionSchedule schedule() {
        return RetentionSchedule.of(List.of(
                new RetentionSchedule.Rule(RecordKind.ORDER, ReviewTrigger.ORDER_END, 72, false, "x"),
                new RetentionSchedule.Rule(RecordKind.NOTIFICATION, ReviewTrigger.CREATED, 12, false, "x"),
                new RetentionSchedule.Rule(RecordKind.BREACH, ReviewTrigger.LAST_BREACH_OUTCOME, 72, false, "x"),
                new RetentionSchedule.Rule(RecordKind.RISK_ASSESSMENT, ReviewTrigger.LAST_RECORD, 24, false, "x"),
                new RetentionSchedule.Rule(RecordKind.MONITORING_POINT, ReviewTrigger.CREATED, 3, true, "x"),
                new RetentionSchedule.Rule(RecordKind.ACCESS_LOG, ReviewTrigger.LAST_RECORD, 12, false, "x")));
    }

    static CaseFact order(Instant end, boolean open) {
        return new CaseFact(ORDER, FORCE, RecordKind.ORDER, MADE, MADE, end, open, "Leeds, NMO, made 2015");
    }

    @Test
    void anOrderAloneIsDueItsPeriodAfterItEnded() {
        assertThat(schedule().dueAt(List.of(order(ENDED, false))))
                .contains(Instant.parse("2022-03-01T10:00:00Z"));
    }

    @Test
    void nothingIsDueWhileTheOrderHasNoEnd() {
        assertThat(schedule().dueAt(List.of(order(null, true),
                CaseFact.of(ORDER, FORCE, RecordKind.NOTIFICATION, MADE, MADE)))).isEmpty();
        assertThat(schedule().dueAt(List.of(order(Instant.parse("2099-01-01T00:00:00Z"), true)))).isEmpty();
    }

    @Test
    void aCaseWithoutItsOrderIsNotScheduled() {
        assertThat(schedule().dueAt(List.of(CaseFact.of(ORDER, FORCE, RecordKind.BREACH, MADE, MADE)))).isEmpty();
    }

    @Test
    void theCaseIsDueWhenItsLatestKindIsDue() {
        Instant outcome = Instant.parse("2019-06-01T00:00:00Z");
        var due = schedule().dueAt(List.of(order(ENDED, false),
                CaseFact.of(ORDER, FORCE, RecordKind.BREACH, MADE.plusSeconds(86400), outcome)));
        // the breach's outcome in 2019 + 6 years is later than the order's end + 6 years
        assertThat(due).contains(Instant.parse("2025-06-01T00:00:00Z"));
    }

    @Test
    void theAccessLogRunsFromTheLatestClockOfTheCasesRecords() {
        Instant lastAssessment = Instant.parse("2021-08-01T00:00:00Z");
        var due = RetentionSchedule.of(List.of(
                new RetentionSchedule.Rule(RecordKind.ORDER, ReviewTrigger.ORDER_END, 12, false, "x"),
                new RetentionSchedule.Rule(RecordKind.RISK_ASSESSMENT, ReviewTrigger.LAST_RECORD, 1, false, "x"),
                new RetentionSchedule.Rule(RecordKind.ACCESS_LOG, ReviewTrigger.LAST_RECORD, 24, false, "x")))
                .dueAt(List.of(order(ENDED, false),
                        CaseFact.of(ORDER, FORCE, RecordKind.RISK_ASSESSMENT, MADE, lastAssessment)));
        assertThat(due).contains(Instant.parse("2023-08-01T00:00:00Z"));
    }

    @Test
    void aVersionRecordedLongAfterTheOrderEndedDoesNotRestartTheCaseThroughItsLog() {
        // an old order entered (or corrected) in the register in 2024: its kind runs from its end in 2016
        CaseFact enteredLate = new CaseFact(ORDER, FORCE, RecordKind.ORDER, MADE,
                Instant.parse("2024-01-10T00:00:00Z"), ENDED, false, "Leeds, NMO, made 2015");
        var due = RetentionSchedule.of(List.of(
                new RetentionSchedule.Rule(RecordKind.ORDER, ReviewTrigger.ORDER_END, 72, false, "x"),
                new RetentionSchedule.Rule(RecordKind.ACCESS_LOG, ReviewTrigger.LAST_RECORD, 72, false, "x")))
                .dueAt(List.of(enteredLate));
        assertThat(due).contains(Instant.parse("2022-03-01T10:00:00Z"));
        // a log kept longer than the records holds the case for its own period from the same point
        var longer = RetentionSchedule.of(List.of(
                new RetentionSchedule.Rule(RecordKind.ORDER, ReviewTrigger.ORDER_END, 72, false, "x"),
                new RetentionSchedule.Rule(RecordKind.ACCESS_LOG, ReviewTrigger.LAST_RECORD, 120, false, "x")))
                .dueAt(List.of(enteredLate));
        assertThat(longer).contains(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void kindsDisposedOfWithoutReviewDoNotHoldTheCaseBack() {
        var due = schedule().dueAt(List.of(order(ENDED, false), CaseFact.of(ORDER, FORCE,
                RecordKind.MONITORING_POINT, Instant.parse("2030-01-01T00:00:00Z"),
                Instant.parse("2030-01-01T00:00:00Z"))));
        assertThat(due).contains(Instant.parse("2022-03-01T10:00:00Z"));
    }

    @Test
    void aKindTheScheduleDoesNotNameDoesNotMoveTheDate() {
        var onlyOrder = RetentionSchedule.of(List.of(
                new RetentionSchedule.Rule(RecordKind.ORDER, ReviewTrigger.CREATED, 24, false, "x")));
        assertThat(onlyOrder.dueAt(List.of(order(ENDED, false),
                CaseFact.of(ORDER, FORCE, RecordKind.BREACH, MADE, Instant.parse("2024-01-01T00:00:00Z")))))
                .contains(Instant.parse("2017-03-01T10:00:00Z"));
    }

    @Test
    void aCaseIsInTheQueueFromItsDueDateOrItsNextReviewWhicheverIsLater() {
        Instant due = Instant.parse("2022-03-01T00:00:00Z");
        assertThat(RetentionSchedule.inQueue(due, null, due.minusSeconds(1))).isFalse();
        assertThat(RetentionSchedule.inQueue(due, null, due)).isTrue();
        Instant next = Instant.parse("2024-01-01T00:00:00Z");
        assertThat(RetentionSchedule.inQueue(due, next, next.minusSeconds(1))).isFalse();
        assertThat(RetentionSchedule.inQueue(due, next, next)).isTrue();
        assertThat(RetentionSchedule.inQueue(due, Instant.parse("2020-01-01T00:00:00Z"), due)).isTrue();
        assertThat(RetentionSchedule.inQueue(null, null, next)).isFalse();
    }

    @Test
    void aLegalHoldBlocksDisposalOfADueCase() {
        Instant due = Instant.parse("2022-03-01T00:00:00Z");
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(RetentionSchedule.mayDispose(due, null, 0, now)).isTrue();
        assertThat(RetentionSchedule.mayDispose(due, null, 1, now)).isFalse();
        assertThat(RetentionSchedule.mayDispose(due, Instant.parse("2027-01-01T00:00:00Z"), 0, now)).isFalse();
        assertThat(RetentionSchedule.mayDispose(null, null, 0, now)).isFalse();
    }
}
