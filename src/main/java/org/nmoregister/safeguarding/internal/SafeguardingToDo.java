package org.nmoregister.safeguarding.internal;

import java.util.List;
import org.nmoregister.platform.web.ToDoSource;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The start page's safeguarding counts: a neighbourhood officer's briefings to acknowledge; the safeguarding unit's
 * and supervisors' tasks to do and those overdue; the point of contact's briefings waiting for a district. Each count
 * is what the workbench view it links to lists.
 */
@Component
@Order(45)
class SafeguardingToDo implements ToDoSource {

    static final String HEADING = "Safeguarding";

    private final TaskQueries queries;
    private final CurrentUsers currentUsers;

    SafeguardingToDo(TaskQueries queries, CurrentUsers currentUsers) {
        this.queries = queries;
        this.currentUsers = currentUsers;
    }

    @Override
    public List<ToDo> toDo() {
        CurrentUser user = currentUsers.require();
        if (user.hasAny(Role.SAFEGUARDING, Role.SUPERVISOR)) {
            return List.of(
                    new ToDo(HEADING, queries.count(user, Workbench.filter(Workbench.OUTSTANDING, null, null)),
                            "safeguarding task to do", "safeguarding tasks to do", "/safeguarding", false),
                    new ToDo(HEADING, queries.count(user, Workbench.filter(Workbench.OVERDUE, null, null)),
                            "safeguarding task overdue", "safeguarding tasks overdue",
                            "/safeguarding?show=" + Workbench.OVERDUE, true));
        }
        if (user.has(Role.NEIGHBOURHOOD)) {
            return List.of(new ToDo(HEADING, queries.count(user, Workbench.filter(Workbench.OUTSTANDING,
                    TaskKind.DISSEMINATION, null)), "briefing to acknowledge", "briefings to acknowledge",
                    "/safeguarding?kind=" + TaskKind.DISSEMINATION.name(), true));
        }
        if (user.has(Role.POINT_OF_CONTACT)) {
            return List.of(new ToDo(HEADING, queries.count(user, Workbench.filter(Workbench.TO_ROUTE, null, null)),
                    "briefing waiting for a district", "briefings waiting for a district",
                    "/safeguarding?show=" + Workbench.TO_ROUTE, true));
        }
        return List.of();
    }
}
