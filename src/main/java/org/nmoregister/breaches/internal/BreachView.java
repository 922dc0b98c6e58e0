package org.nmoregister.breaches.internal;

import org.nmoregister.breaches.check.Outcome;
import org.nmoregister.breaches.investigation.ArrestDecision;

/**
 * The parts of the force's breaches that people on duty work from, each a view of the breach list and a count on the
 * start page: crime recording past its target, suspects not yet arrested, and the breaches an officer reported that
 * are still open, with those a supervisor has sent back with a direction.
 */
public enum BreachView {
    /** Not crimed, an offence, and the recording target has passed (whatever the outcome since). */
    CRIME_OVERDUE("crime recording overdue"),
    /**
     * Open, and the suspect was not located, or no arrest decision is recorded for conduct the order covers: as the
     * daily risk meeting lists outstanding arrests.
     */
    NOT_ARRESTED("suspect not yet arrested"),
    /** Open breaches the signed-in user recorded. */
    YOURS("reported by you, still open"),
    /** Open breaches the signed-in user recorded with a supervisor's direction not yet answered. */
    YOUR_DIRECTIONS("direction to answer");

    private final String words;

    BreachView(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    static boolean suspectOutstanding(BreachSummary breach) {
        return breach.arrestDecision() == ArrestDecision.SUSPECT_NOT_LOCATED
                || (breach.arrestDecision() == null && breach.check() != null && breach.check() != Outcome.NOT_COVERED);
    }
}
