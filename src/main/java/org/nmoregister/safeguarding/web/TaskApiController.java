package org.nmoregister.safeguarding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.safeguarding.internal.Dissemination;
import org.nmoregister.safeguarding.internal.TaskQueries;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Safeguarding tasks: the list (filterable, a page at a time), one task with its detail, and a briefing's steps. */
@RestController
@Tag(name = "Safeguarding tasks")
class TaskApiController {

    private final TaskQueries queries;
    private final TaskViews views;
    private final Dissemination dissemination;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;

    TaskApiController(TaskQueries queries, TaskViews views, Dissemination dissemination, CurrentUsers currentUsers,
                      AccessLog accessLog) {
        this.queries = queries;
        this.views = views;
        this.dissemination = dissemination;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
    }

    /** A page of tasks: {@code items}, this {@code page} (from 1), {@code pageSize} and the list's {@code total}. */
    record TaskList(List<TaskViews.TaskSummary> items, int page, int pageSize, long total) {
    }

    @GetMapping("/api/v1/safeguarding/tasks")
    @PreAuthorize(SafeguardingAccess.TASK_READERS)
    @Operation(summary = "Safeguarding tasks of the user's force, oldest due first, 25 a page",
            description = "Filter by orderId, kind (DISSEMINATION, VICTIM_CONTACT, SAFETY_PLAN_REVIEW, "
                    + "EXPIRY_PLANNING), status (OPEN, DONE, ESCALATED, CANCELLED) and district (a district's code). "
                    + "A neighbourhood officer sees only the briefings to their own district.")
    TaskList list(@RequestParam(required = false) String orderId, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String status, @RequestParam(required = false) String district,
                  @RequestParam(required = false) String page) {
        CurrentUser user = currentUsers.require();
        TaskQueries.Filter filter = views.filter(user, orderId, kind, status, district);
        int number = TaskViews.page(page);
        TaskQueries.Page found = queries.list(user, filter, number, ListPage.SIZE);
        Instant now = queries.now();
        accessLog.record(AccessAction.SEARCH, "safeguarding task", filter.orderId() == null ? "list"
                : filter.orderId().toString(), null, "Safeguarding tasks listed: " + found.items().size() + " of "
                + found.total());
        return new TaskList(found.items().stream().map(t -> views.summary(t, now)).toList(), number, ListPage.SIZE,
                found.total());
    }

    /** One task with what its kind's work carries (a briefing, a script) and its history. */
    record TaskDetail(TaskViews.TaskSummary task, Object detail, List<TaskQueries.Step> history) {
    }

    @GetMapping("/api/v1/safeguarding/tasks/{id}")
    @PreAuthorize(SafeguardingAccess.TASK_READERS)
    @Operation(summary = "One safeguarding task with its detail (a briefing's content, masked for every reader) and "
            + "its history; a briefing read is written to the access log as a disclosure")
    TaskDetail one(@PathVariable UUID id) {
        CurrentUser user = currentUsers.require();
        var row = queries.one(user, id);
        Object detail = views.detail(user, id);
        return new TaskDetail(views.summary(row, queries.now()), detail, queries.history(id));
    }

    /** What the district did with the briefing ({@code note} optional: send {@code {}} for none). */
    record Acknowledgement(@Size(max = 2000) String note) {
    }

    @PostMapping("/api/v1/safeguarding/tasks/{id}/acknowledgement")
    @PreAuthorize(SafeguardingAccess.ACKNOWLEDGERS)
    @Operation(summary = "Acknowledge a briefing for its district: the task is done",
            description = "409 when it is already done or cancelled, or has no district yet.")
    TaskViews.TaskSummary acknowledge(@PathVariable UUID id, @RequestBody Acknowledgement body) {
        CurrentUser user = currentUsers.require();
        dissemination.acknowledge(id, user, body.note());
        return views.summary(queries.one(user, id), queries.now());
    }

    /** The district a briefing no postcode placed goes to. */
    record DistrictChoice(@NotNull UUID districtId) {
    }

    @PostMapping("/api/v1/safeguarding/tasks/{id}/district")
    @PreAuthorize(SafeguardingAccess.DISTRICT_CHOOSERS)
    @Operation(summary = "Choose the district of a briefing whose order has no postcode in any district",
            description = "The choice is kept for the order's later versions; the district's team is e-mailed.")
    TaskViews.TaskSummary chooseDistrict(@PathVariable UUID id, @RequestBody DistrictChoice choice) {
        CurrentUser user = currentUsers.require();
        if (choice.districtId() == null) {
            throw new org.nmoregister.platform.InvalidRequestException("districtId", "Choose a district");
        }
        dissemination.chooseDistrict(id, user, choice.districtId());
        return views.summary(queries.one(user, id), queries.now());
    }
}
