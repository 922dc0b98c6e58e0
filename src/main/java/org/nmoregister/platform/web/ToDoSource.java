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
     */
    record ToDo(String heading, long count, String singular, String plural, String link, boolean pressing) {

        public ToDo {
            if (count < 0) {
                throw new IllegalArgumentException("a count is never negative");
            }
        }

        /** What the count is, in words after the number: "1 notification to triage", "0 notifications to triage". */
        public String words() {
            return count == 1 ? singular : plural;
        }

        /** Whether to show it as late: something is waiting and it is late. */
        public boolean late() {
            return pressing && count > 0;
        }
    }
}
