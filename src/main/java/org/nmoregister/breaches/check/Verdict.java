package org.nmoregister.breaches.check;

import java.util.List;

/**
 * The one rule that gives the check's headline and each term's verdict, so the two never disagree. An incident has a
 * bound on how far any of it can go: a blocker that stops the conduct being a breach (no order, not yet made, ended,
 * not served or aware, an exception) bounds it at {@link Outcome#NOT_COVERED}; an uncertainty the officer must settle
 * (the window straddles service, making or ending; awareness claimed but not recorded) at
 * {@link Outcome#POSSIBLE_BREACH}; otherwise nothing bounds it. A term's verdict is the less serious of what the term
 * alone says and that bound; the headline is the most serious term verdict (not covered when there are none).
 *
 * <p>Before this rule the headline was bounded but the terms were not, so an unserved order said "Not covered" at the
 * top while a term said "Possible breach" below it. What a term says on its own is kept
 * ({@link BreachAssessment.TermResult#result()}) so the officer still sees what the conduct would breach once the
 * blocker is gone (service recorded, for one).
 */
public final class Verdict {

    private Verdict() {
    }

    /** How far any verdict on the incident can go: blocked, uncertain, or neither. */
    public static Outcome bound(boolean blocked, boolean uncertain) {
        if (blocked) {
            return Outcome.NOT_COVERED;
        }
        return uncertain ? Outcome.POSSIBLE_BREACH : Outcome.LIKELY_BREACH;
    }

    /** A term's verdict: what the term alone says, no more serious than the bound. */
    public static Outcome term(Outcome bound, Outcome termAlone) {
        return lessSerious(bound, termAlone);
    }

    /** The headline: the most serious of the terms' verdicts under the bound; not covered when no term applies. */
    public static Outcome headline(Outcome bound, List<Outcome> termsAlone) {
        Outcome best = Outcome.NOT_COVERED;
        for (Outcome alone : termsAlone) {
            Outcome verdict = term(bound, alone);
            if (moreSerious(verdict, best)) {
                best = verdict;
            }
        }
        return best;
    }

    /**
     * An incident's verdict when it holds several kinds of conduct, each checked on its own: the most serious of the
     * conducts' headlines (each already bounded), not covered when there are none. One conduct that is a likely
     * breach makes the incident a likely breach, whatever the others are.
     */
    public static Outcome overall(List<Outcome> conductHeadlines) {
        Outcome best = Outcome.NOT_COVERED;
        for (Outcome headline : conductHeadlines) {
            if (moreSerious(headline, best)) {
                best = headline;
            }
        }
        return best;
    }

    /** Whether {@code a} is a more serious finding than {@code b} (a likely breach is the most serious). */
    public static boolean moreSerious(Outcome a, Outcome b) {
        return a.ordinal() < b.ordinal();
    }

    private static Outcome lessSerious(Outcome a, Outcome b) {
        return moreSerious(a, b) ? b : a;
    }
}
