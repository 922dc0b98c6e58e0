package org.nmoregister.platform.web;

import java.util.List;

/**
 * Work a module keeps for people on duty, counted for the signed-in user's start page ("3 notifications to triage").
 * Implemented by each module that owns such work, so the start page knows no module's tables and no module knows the
 * start page. Sources are shown in their {@link org.springframework.core.annotation.Order}.
 */
public interface ToDoSource {

    /**
     * The signed-in user's to-dos from this module, counted in their force only; none when their roles do none of this
     * work. Each count is the number of items the linked list shows, so the two never disagree.
     */
    List<ToDo> toDo();

    /**
     * One count.
     *
     * @param heading  the kind of work it belongs to ("Notifications"); counts under one heading are shown together
     * @param count    how many items are waiting
     * @param singular what one item is ("notification to triage")
     * @param plural   what several are ("notifications to triage")
     * @param link     the list that shows exactly these items
     * @param pressing whether waiting items are late (past a target or a due date): shown in red when any are
     * @param notKnownWhy null when the count is known; otherwise why it cannot be given yet (a source still loading
     *                    after a restart), shown instead of a number: a low number read from a half-loaded source
     *                    would tell the shift there is less to do than there is
     */
    record ToDo(String heading, long count, String singular, String plural, String link, boolean pressing,
                String notKnownWhy) {

        public ToDo {
            if (count < 0) {
                throw new IllegalArgumentException("a count is never negative");
            }
            if (notKnownWhy != null && (count != 0 || notKnownWhy.isBlank())) {
                throw new IllegalArgumentException("a count not known has no number and says why");
            }
        }

        /** A count that is known. */
        public ToDo(String heading, long count, String singular, String plural, String link, boolean pressing) {
            this(heading, count, singular, plural, link, pressing, null);
        }

        /** A count that cannot be given yet, and why ("the lookup is still loading ..."): shown without a number. */
        public static ToDo notKnownYet(String heading, String singular, String plural, String link, String why) {
            return new ToDo(heading, 0, singular, plural, link, false, why);
        }

        /** Whether the count is known (otherwise {@link #notKnownWhy} says why not, and {@link #count} means nothing). */
        public boolean known() {
            return notKnownWhy == null;
        }

        /** What the count is, in words after the number: "1 notification to triage", "0 notifications to triage". */
        public String words() {
            return count == 1 ? singular : plural;
        }

        /** Whether to show it as late: something is waiting and it is late. */
        public boolean late() {
            return known() && pressing && count > 0;
        }
    }
}
