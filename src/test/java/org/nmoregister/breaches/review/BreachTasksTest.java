package org.nmoregister.breaches.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.breaches.investigation.ArrestDecision;
import org.nmoregister.breaches.investigation.CaseOutcome;
import org.nmoregister.breaches.investigation.ResponseKind;
import org.nmoregister.breaches.review.BreachTasks.Facts;
import org.nmoregister.breaches.review.BreachTasks.RiskState;
import org.nmoregister.breaches.review.BreachTasks.Stage;
import org.nmoregister.breaches.review.BreachTasks.Status;
import org.nmoregister.breaches.review.BreachTasks.Task;

/** Each stage's status and due time on the breach file's task list. */
class BreachTasksTest {

    private static final Instant REPORTED = Instant.parse("2026-03-02T09:00:00Z");
    private final BreachTasks tasks = new BreachTasks(new ResponseReview.Targets(Duration.ofHours(24),
            Duration.ofHours(48), Duration.ofHours(1)));

    /** A breach of an order whose breach is an offence, just reported: nothing recorded yet. */
    private static Facts fresh() {
        return new Facts(true, REPORTED, null, null, null, false, null, null, false, false, RiskState.OPEN, null,
                false, 0, 0);
    }

    private Task task(Facts f, Instant now, Stage stage) {
        List<Task> all = tasks.tasks(f, now);
        assertThat(all).extracting(Task::stage).containsExactly(Stage.values());
        return all.stream().filter(t -> t.stage() == stage).findFirst().orElseThrow();
    }

    @Test
    void justReportedEveryStageWaitsWithTheTargetsAsDueTimes() {
        Instant now = REPORTED.plusSeconds(600);
        assertThat(task(fresh(), now, Stage.CRIME)).isEqualTo(new Task(Stage.CRIME, Status.NOT_STARTED,
                REPORTED.plus(Duration.ofHours(24)), null));
        assertThat(task(fresh(), now, Stage.RESPONSE).due()).isEqualTo(REPORTED.plus(Duration.ofHours(1)));
        assertThat(task(fresh(), now, Stage.RESPONSE).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(task(fresh(), now, Stage.ARREST).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(task(fresh(), now, Stage.INTERVIEW).status()).isEqualTo(Status.CANNOT_START_YET);
        assertThat(task(fresh(), now, Stage.INTERVIEW).linked()).isFalse();
        assertThat(task(fresh(), now, Stage.INVESTIGATION).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(task(fresh(), now, Stage.RISK)).isEqualTo(new Task(Stage.RISK, Status.IN_PROGRESS,
                REPORTED.plus(Duration.ofHours(48)), null));
        assertThat(task(fresh(), now, Stage.OUTCOME).status()).isEqualTo(Status.CANNOT_START_YET);
        assertThat(task(fresh(), now, Stage.DIRECTIONS).status()).isEqualTo(Status.NOT_NEEDED);
        assertThat(BreachTasks.done(tasks.tasks(fresh(), now))).isEqualTo(1);
    }

    @Test
    void pastTheTargetsTheyAreOverdueAndExactlyAtTheTargetTheyAreNot() {
        Instant due = REPORTED.plus(Duration.ofHours(24));
        assertThat(task(fresh(), due, Stage.CRIME).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(task(fresh(), due.plusSeconds(1), Stage.CRIME).status()).isEqualTo(Status.OVERDUE);
        assertThat(task(fresh(), REPORTED.plus(Duration.ofHours(1)), Stage.RESPONSE).status())
                .isEqualTo(Status.NOT_STARTED);
        assertThat(task(fresh(), REPORTED.plus(Duration.ofMinutes(61)), Stage.RESPONSE).status())
                .isEqualTo(Status.OVERDUE);
        assertThat(task(fresh(), REPORTED.plus(Duration.ofHours(48)), Stage.RISK).status())
                .isEqualTo(Status.IN_PROGRESS);
        assertThat(task(fresh(), REPORTED.plus(Duration.ofHours(49)), Stage.RISK).status())
                .isEqualTo(Status.OVERDUE);
    }

    @Test
    void recordedStagesAreCompletedAndOpenTheNext() {
        Instant now = REPORTED.plus(Duration.ofDays(3));
        Facts f = new Facts(true, REPORTED, REPORTED.plus(Duration.ofHours(30)), ResponseKind.ATTENDANCE,
                REPORTED.plusSeconds(1200), false, ArrestDecision.ARRESTED, null, true, false, RiskState.COMPLETED,
                null, false, 1, 0);
        Task crime = task(f, now, Stage.CRIME);
        assertThat(crime.status()).isEqualTo(Status.COMPLETED);
        assertThat(crime.hint()).isEqualTo("Recorded after the target");
        assertThat(task(f, now, Stage.RESPONSE).status()).isEqualTo(Status.COMPLETED);
        assertThat(task(f, now, Stage.ARREST).status()).isEqualTo(Status.COMPLETED);
        assertThat(task(f, now, Stage.INTERVIEW).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(task(f, now, Stage.INVESTIGATION).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(task(f, now, Stage.RISK).status()).isEqualTo(Status.COMPLETED);
        assertThat(task(f, now, Stage.OUTCOME).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(task(f, now, Stage.DIRECTIONS).status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void aRemoteResponseAtAnAddressWaitsForTheSupervisorsJustification() {
        Facts f = new Facts(true, REPORTED, null, ResponseKind.TELEPHONE, REPORTED.plusSeconds(60), true, null, null,
                false, false, RiskState.OPEN, null, false, 0, 0);
        Task response = task(f, REPORTED.plusSeconds(120), Stage.RESPONSE);
        assertThat(response.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(response.hint()).contains("supervisor's justification");
    }

    @Test
    void aSuspectNotLocatedKeepsTheArrestOpenAndTheInterviewWaiting() {
        Facts f = new Facts(true, REPORTED, null, null, null, false, ArrestDecision.SUSPECT_NOT_LOCATED, null, false,
                false, RiskState.OPEN, null, false, 0, 0);
        assertThat(task(f, REPORTED, Stage.ARREST).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(task(f, REPORTED, Stage.INTERVIEW).status()).isEqualTo(Status.CANNOT_START_YET);
        Facts voluntary = new Facts(true, REPORTED, null, null, null, false, ArrestDecision.VOLUNTARY_INTERVIEW, null,
                false, false, RiskState.OPEN, null, false, 0, 0);
        assertThat(task(voluntary, REPORTED, Stage.INTERVIEW).status()).isEqualTo(Status.NOT_STARTED);
    }

    @Test
    void whenBreakingTheOrderIsNoOffenceThereIsNoCrimeOrArrestAndTheOutcomeCanStart() {
        Facts f = new Facts(false, REPORTED, null, null, null, false, null, null, false, false, RiskState.OPEN, null,
                false, 0, 0);
        Instant late = REPORTED.plus(Duration.ofDays(5));
        assertThat(task(f, late, Stage.CRIME).status()).isEqualTo(Status.NOT_NEEDED);
        assertThat(task(f, late, Stage.CRIME).due()).isNull();
        assertThat(task(f, late, Stage.ARREST).status()).isEqualTo(Status.NOT_NEEDED);
        assertThat(task(f, late, Stage.INTERVIEW).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(task(f, late, Stage.OUTCOME).status()).isEqualTo(Status.NOT_STARTED);
    }

    @Test
    void aChargeWaitsForTheCourtAndAnAdjournmentIsNotTheEnd() {
        Facts charged = new Facts(true, REPORTED, REPORTED.plusSeconds(3600), null, null, false, null, null, false,
                false, RiskState.OPEN, CaseOutcome.CHARGED, false, 0, 0);
        assertThat(task(charged, REPORTED, Stage.OUTCOME).status()).isEqualTo(Status.IN_PROGRESS);
        Facts decided = new Facts(true, REPORTED, REPORTED.plusSeconds(3600), null, null, false, null, null, false,
                false, RiskState.OPEN, CaseOutcome.CHARGED, true, 0, 0);
        assertThat(task(decided, REPORTED, Stage.OUTCOME).status()).isEqualTo(Status.COMPLETED);
        Facts nfa = new Facts(true, REPORTED, REPORTED.plusSeconds(3600), null, null, false, null, null, false,
                false, RiskState.OPEN, CaseOutcome.NO_FURTHER_ACTION, false, 0, 0);
        assertThat(task(nfa, REPORTED, Stage.OUTCOME).status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void directionsToAnswerAreInProgressAndTheRiskBeingOpenedCannotStartYet() {
        Facts f = new Facts(true, REPORTED, null, null, null, false, null, null, true, true, RiskState.BEING_OPENED,
                null, false, 3, 2);
        assertThat(task(f, REPORTED, Stage.DIRECTIONS).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(task(f, REPORTED, Stage.DIRECTIONS).hint()).isEqualTo("2 directions to answer");
        assertThat(task(f, REPORTED, Stage.RISK).status()).isEqualTo(Status.CANNOT_START_YET);
        assertThat(task(f, REPORTED, Stage.INVESTIGATION).status()).isEqualTo(Status.COMPLETED);
        Facts one = new Facts(true, REPORTED, null, null, null, false, null, null, true, true, RiskState.OPEN,
                null, false, 1, 1);
        assertThat(task(one, REPORTED, Stage.DIRECTIONS).hint()).isEqualTo("1 direction to answer");
    }

    @Test
    void everyStageHasItsOwnPage() {
        for (Stage s : Stage.values()) {
            assertThat(Stage.ofPath(s.path())).isSameAs(s);
        }
        assertThat(Stage.ofPath("evidence")).isNull();
        assertThat(Status.COMPLETED.done()).isTrue();
        assertThat(Status.NOT_NEEDED.done()).isTrue();
        assertThat(Status.OVERDUE.done()).isFalse();
    }
}
