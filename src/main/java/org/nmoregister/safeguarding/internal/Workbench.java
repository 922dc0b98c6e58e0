package org.nmoregister.safeguarding.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.nmoregister.platform.web.ListFilter;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.TaskStatus;

/** The workbench's views of the task list, shared by its page, the start page's counts and the API. */
public final class Workbench {

    public static final String OUTSTANDING = "outstanding";
    public static final String OVERDUE = "overdue";
    public static final String TO_ROUTE = "to-route";
    public static final String DONE = "done";
    public static final String ALL = "all";

    private Workbench() {
    }

    /** The views in words, the first shown when none is asked for. */
    public static LinkedHashMap<String, String> views() {
        return ListFilter.views(OUTSTANDING, "To do", OVERDUE, "Overdue", TO_ROUTE, "Waiting for a district",
                DONE, "Done or cancelled", ALL, "All");
    }

    /** The filter of a view, with the kind and district chosen (either may be null). */
    public static TaskQueries.Filter filter(String view, TaskKind kind, UUID districtId) {
        return switch (view) {
            case OVERDUE -> new TaskQueries.Filter(null, kind, List.of(), districtId, true);
            case TO_ROUTE -> new TaskQueries.Filter(null, TaskKind.DISSEMINATION,
                    List.of(TaskStatus.OPEN, TaskStatus.ESCALATED), TaskQueries.NO_DISTRICT_YET, false);
            case DONE -> new TaskQueries.Filter(null, kind, List.of(TaskStatus.DONE, TaskStatus.CANCELLED),
                    districtId, false);
            case ALL -> new TaskQueries.Filter(null, kind, List.of(), districtId, false);
            default -> new TaskQueries.Filter(null, kind, List.of(TaskStatus.OPEN, TaskStatus.ESCALATED), districtId,
                    false);
        };
    }
}
