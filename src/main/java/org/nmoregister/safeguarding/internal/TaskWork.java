package org.nmoregister.safeguarding.internal;

import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.security.CurrentUser;

/**
 * The work behind one kind of task: where it is done and what a person doing it reads (a briefing, a script, a
 * plan, a decision to take). The workbench and the task API know tasks in general; each kind's work is one bean of
 * this type, so adding a kind does not touch the workbench.
 */
public interface TaskWork {

    TaskKind kind();

    /** The page where a person does this task, e.g. {@code /safeguarding/briefings/{id}}. */
    String workPage(TaskEntity task);

    /**
     * What the task's API view carries besides the task itself (a briefing, a contact script, a plan to review), as
     * the user may see it: confidential details masked by the one rule; null when there is nothing more.
     */
    Object detail(TaskEntity task, CurrentUser user);
}
