package org.nmoregister.breaches.review;

import java.time.Instant;
import java.util.List;
import org.nmoregister.breaches.investigation.ArrestDecision;
import org.nmoregister.breaches.investigation.CaseOutcome;
import org.nmoregister.breaches.investigation.ResponseKind;

/**
 * The breach file as a task list (GOV.UK task list pattern): each stage of handling a breach with its status and,
 * where one of the force's targets sets it, when it is due. Plain Java: the facts come in, the tasks go out. The due
 * times are the same targets the supervisor's queue measures gaps against ({@link ResponseReview.Targets}: crime
 * recording from the force's crime classifications, first response, risk assessment), so a task shown overdue here
 * is the gap the supervisor sees.
 */
public final class BreachTasks {

    /** A stage of handling a breach, in the order the work is usually done; each has its own page. */
    public enum Stage {
        CRIME("crime", "Record the crime"),
        RESPONSE("response", "First response"),
        ARREST("arrest", "Arrest decision"),
        INTERVIEW("interview", "Interview"),
        INVESTIGATION("investigation", "Evidence, allocation and referrals"),
        RISK("risk", "Risk assessment"),
        OUTCOME("outcome", "Outcome and court results"),
        DIRECTIONS("directions", "Supervisor's directions");

        private final String path;
        private final String title;

        Stage(String path, String title) {
            this.path = path;
            this.title = title;
        }

        /** The last part of the stage page's address, {@code /breaches/{id}/crime}. */
        public String path() {
            return path;
        }

        /** The task's name on the list and the stage page's heading. */
        public String title() {
            return title;
        }

        /** The stage a page address names, or null. */
        public static Stage ofPath(String path) {
            for (Stage s : values()) {
                if (s.path.equals(path)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** A task's status, as the GOV.UK task list pattern shows it (labels in labels.properties). */
    public enum Status {
        NOT_STARTED, IN_PROGRESS, COMPLETED, CANNOT_START_YET, OVERDUE, NOT_NEEDED;

        /** Whether the task is done with (nothing for the officer to do). */
        public boolean done() {
            return this == COMPLETED || this == NOT_NEEDED;
        }
    }

    /** Where the risk assessment the report opened stands. */
    public enum RiskState { BEING_OPENED, OPEN, COMPLETED }

    /**
     * What is recorded about the breach's handling.
     *
     * @param breachIsOffence           false when breaking the order is not itself an offence (an undertaking, an
     *                                  occupation order, a DAPN): no crime to record and no arrest for the offence
     * @param remoteResponseUnjustified a telephone or video response to a breach at an address, not yet justified
     * @param evidenceSecured           what was secured is recorded
     * @param allocated                 the breach is allocated to a team
     * @param finalCourtResult          a court result other than an adjournment is recorded
     * @param directions                directions the supervisor gave
     * @param openDirections            of which not yet answered
     */
    public record Facts(boolean breachIsOffence, Instant reportedAt, Instant crimedAt, ResponseKind responseKind,
                        Instant respondedAt, boolean remoteResponseUnjustified, ArrestDecision arrestDecision,
                        Instant interviewedAt, boolean evidenceSecured, boolean allocated, RiskState risk,
                        CaseOutcome outcome, boolean finalCourtResult, int directions, int openDirections) {
    }

    /**
     * One task.
     *
     * @param due  when the force's target says it must be done, or null when no target sets one
     * @param hint why it has this status, in words for the task list ("Waiting for a supervisor's justification")
     */
    public record Task(Stage stage, Status status, Instant due, String hint) {

        /** A task that cannot start yet, or is not needed, is not a link (GOV.UK task list). */
        public boolean linked() {
            return status != Status.CANNOT_START_YET && status != Status.NOT_NEEDED;
        }
    }

    private final ResponseReview.Targets targets;

    public BreachTasks(ResponseReview.Targets targets) {
        this.targets = targets;
    }

    /** Every stage's task, in {@link Stage} order, judged at {@code now}. */
    public List<Task> tasks(Facts f, Instant now) {
        return List.of(crime(f, now), response(f, now), arrest(f), interview(f), investigation(f), risk(f, now),
                outcome(f), directions(f));
    }

    /** How many tasks are done with, for "You have completed 3 of 8 tasks". */
    public static long done(List<Task> tasks) {
        return tasks.stream().filter(t -> t.status().done()).count();
    }

    private Task crime(Facts f, Instant now) {
        if (!f.breachIsOffence()) {
            return new Task(Stage.CRIME, Status.NOT_NEEDED, null,
                    "Breaking this order is not itself an offence: record any other offence committed");
        }
        Instant due = f.reportedAt().plus(targets.crimeRecording());
        if (f.crimedAt() != null) {
            return new Task(Stage.CRIME, Status.COMPLETED, due, f.crimedAt().isAfter(due) ? "Recorded after the target"
                    : null);
        }
        return new Task(Stage.CRIME, now.isAfter(due) ? Status.OVERDUE : Status.NOT_STARTED, due, null);
    }

    private Task response(Facts f, Instant now) {
        Instant due = f.reportedAt().plus(targets.firstResponse());
        if (f.respondedAt() != null) {
            return f.remoteResponseUnjustified()
                    ? new Task(Stage.RESPONSE, Status.IN_PROGRESS, due,
                    "A telephone or video response at an address needs a supervisor's justification")
                    : new Task(Stage.RESPONSE, Status.COMPLETED, due, null);
        }
        return new Task(Stage.RESPONSE, now.isAfter(due) ? Status.OVERDUE : Status.NOT_STARTED, due, null);
    }

    private Task arrest(Facts f) {
        if (!f.breachIsOffence()) {
            return new Task(Stage.ARREST, Status.NOT_NEEDED, null,
                    "No power of arrest for the breach itself: consider other offences");
        }
        if (f.arrestDecision() == null) {
            return new Task(Stage.ARREST, Status.NOT_STARTED, null, null);
        }
        return f.arrestDecision() == ArrestDecision.SUSPECT_NOT_LOCATED
                ? new Task(Stage.ARREST, Status.IN_PROGRESS, null, "The suspect has not been located")
                : new Task(Stage.ARREST, Status.COMPLETED, null, null);
    }

    private Task interview(Facts f) {
        if (f.interviewedAt() != null) {
            return new Task(Stage.INTERVIEW, Status.COMPLETED, null, null);
        }
        if (f.breachIsOffence() && (f.arrestDecision() == null
                || f.arrestDecision() == ArrestDecision.SUSPECT_NOT_LOCATED)) {
            return new Task(Stage.INTERVIEW, Status.CANNOT_START_YET, null,
                    "Once the suspect is arrested or agrees to a voluntary interview");
        }
        return new Task(Stage.INTERVIEW, Status.NOT_STARTED, null, null);
    }

    private Task investigation(Facts f) {
        if (f.evidenceSecured() && f.allocated()) {
            return new Task(Stage.INVESTIGATION, Status.COMPLETED, null, null);
        }
        return new Task(Stage.INVESTIGATION, f.evidenceSecured() || f.allocated() ? Status.IN_PROGRESS
                : Status.NOT_STARTED, null, null);
    }

    private Task risk(Facts f, Instant now) {
        Instant due = f.reportedAt().plus(targets.riskAssessment());
        return switch (f.risk()) {
            case COMPLETED -> new Task(Stage.RISK, Status.COMPLETED, due, null);
            case BEING_OPENED -> new Task(Stage.RISK, Status.CANNOT_START_YET, due,
                    "The assessment is being opened: reload the page in a moment");
            case OPEN -> new Task(Stage.RISK, now.isAfter(due) ? Status.OVERDUE : Status.IN_PROGRESS, due, null);
        };
    }

    private Task outcome(Facts f) {
        if (f.outcome() != null) {
            boolean toCourt = f.outcome() == CaseOutcome.CHARGED || f.outcome() == CaseOutcome.CONTEMPT_APPLICATION;
            return toCourt && !f.finalCourtResult()
                    ? new Task(Stage.OUTCOME, Status.IN_PROGRESS, null, "Waiting for the court's decision")
                    : new Task(Stage.OUTCOME, Status.COMPLETED, null, null);
        }
        if (f.breachIsOffence() && f.crimedAt() == null) {
            return new Task(Stage.OUTCOME, Status.CANNOT_START_YET, null, "Once the crime is recorded");
        }
        return new Task(Stage.OUTCOME, Status.NOT_STARTED, null, null);
    }

    private static Task directions(Facts f) {
        if (f.directions() == 0) {
            return new Task(Stage.DIRECTIONS, Status.NOT_NEEDED, null, "No direction has been given");
        }
        if (f.openDirections() > 0) {
            return new Task(Stage.DIRECTIONS, Status.IN_PROGRESS, null, f.openDirections() == 1
                    ? "1 direction to answer" : f.openDirections() + " directions to answer");
        }
        return new Task(Stage.DIRECTIONS, Status.COMPLETED, null, null);
    }
}
