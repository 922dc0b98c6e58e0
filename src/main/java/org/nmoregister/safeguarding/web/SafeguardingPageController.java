package org.nmoregister.safeguarding.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.web.ListFilter;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.platform.web.ListRequestException;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.internal.BriefingWork;
import org.nmoregister.safeguarding.internal.District;
import org.nmoregister.safeguarding.internal.Dissemination;
import org.nmoregister.safeguarding.internal.Districts;
import org.nmoregister.safeguarding.internal.TaskQueries;
import org.nmoregister.safeguarding.internal.TaskRow;
import org.nmoregister.safeguarding.internal.TaskScope;
import org.nmoregister.safeguarding.internal.Workbench;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The safeguarding workbench (tasks due and overdue, by kind and district), a task's page (what it is, its history as
 * a timeline, where it is done) and a briefing's page (read, acknowledge, or route to a district).
 */
@Controller
class SafeguardingPageController {

    private final TaskQueries queries;
    private final TaskViews views;
    private final Districts districts;
    private final Dissemination dissemination;
    private final BriefingWork briefings;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;

    SafeguardingPageController(TaskQueries queries, TaskViews views, Districts districts, Dissemination dissemination,
                               BriefingWork briefings, CurrentUsers currentUsers, AccessLog accessLog) {
        this.queries = queries;
        this.views = views;
        this.districts = districts;
        this.dissemination = dissemination;
        this.briefings = briefings;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
    }

    /** A count on the workbench's summary: one kind's tasks to do and overdue. */
    record KindCount(TaskKind kind, String label, long outstanding, long overdue) {
    }

    /** A row of the workbench's list, with where it is done. */
    record Row(TaskRow task, String workPage, boolean overdue) {
    }

    @GetMapping("/safeguarding")
    @PreAuthorize(SafeguardingAccess.TASK_READERS)
    String workbench(@RequestParam(required = false) String kind, @RequestParam(required = false) String district,
                     @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        CurrentUser user = currentUsers.require();
        ListFilter show = ListFilter.of("show", Workbench.views(), request);
        TaskKind taskKind;
        try {
            taskKind = TaskViews.parse(TaskKind.class, "kind", kind);
        } catch (InvalidRequestException e) {
            throw new ListRequestException("There is no kind of task called \u201c" + shorten(kind) + "\u201d. "
                    + "Choose one from the list.", "/safeguarding");
        }
        List<District> forceDistricts = districts.of(user.forceId());
        UUID districtId = null;
        if (district != null && !district.isBlank()) {
            districtId = forceDistricts.stream().filter(d -> d.code().equalsIgnoreCase(district.strip()))
                    .map(District::id).findFirst().orElseThrow(() -> new ListRequestException("There is no "
                            + "district \u201c" + shorten(district) + "\u201d in your force. Choose one from the "
                            + "list.", "/safeguarding"));
        }
        TaskQueries.Filter filter = Workbench.filter(show.value(), taskKind, districtId);
        long total = queries.count(user, filter);
        int number = ListPage.number(page, total, request);
        TaskQueries.Page found = queries.list(user, filter, number, ListPage.SIZE);
        Instant now = queries.now();
        List<Row> rows = found.items().stream().map(t -> new Row(t, views.workPage(t), t.overdueAt(now))).toList();
        List<KindCount> counts = new ArrayList<>();
        for (TaskKind k : TaskKind.values()) {
            long outstanding = queries.count(user, Workbench.filter(Workbench.OUTSTANDING, k, districtId));
            long overdue = queries.count(user, Workbench.filter(Workbench.OVERDUE, k, districtId));
            if (outstanding > 0 || overdue > 0 || k == TaskKind.DISSEMINATION) {
                counts.add(new KindCount(k, k.label(), outstanding, overdue));
            }
        }
        accessLog.record(AccessAction.SEARCH, "safeguarding task", "workbench", null,
                "Safeguarding workbench: " + show.name() + ", " + rows.size() + " of " + total);
        Map<String, String> kinds = new LinkedHashMap<>();
        for (TaskKind k : TaskKind.values()) {
            kinds.put(k.name(), k.label());
        }
        model.addAttribute("show", show);
        model.addAttribute("rows", ListPage.of(rows, number, total, request));
        model.addAttribute("counts", counts);
        model.addAttribute("kinds", kinds);
        model.addAttribute("kind", taskKind == null ? "" : taskKind.name());
        model.addAttribute("districts", TaskScope.districtOf(user, districts).isPresent() ? List.of() : forceDistricts);
        model.addAttribute("district", district == null ? "" : district.strip());
        model.addAttribute("ownDistrict", TaskScope.districtOf(user, districts).flatMap(id -> forceDistricts.stream()
                .filter(d -> d.id().equals(id)).findFirst()).orElse(null));
        model.addAttribute("readsOrders", readsOrders(user));
        return "safeguarding/workbench";
    }

    @GetMapping("/safeguarding/tasks/{id}")
    @PreAuthorize(SafeguardingAccess.TASK_READERS)
    String task(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        TaskRow task = queries.one(user, id);
        views.logLook(task);
        model.addAttribute("task", task);
        model.addAttribute("overdue", task.overdueAt(queries.now()));
        model.addAttribute("workPage", views.workPage(task));
        List<TaskQueries.Step> history = new ArrayList<>(queries.history(id));
        java.util.Collections.reverse(history); // newest first, as a timeline reads
        model.addAttribute("history", history);
        model.addAttribute("readsOrders", readsOrders(user));
        return "safeguarding/task";
    }

    @GetMapping("/safeguarding/briefings/{id}")
    @PreAuthorize(SafeguardingAccess.TASK_READERS)
    String briefing(@PathVariable UUID id, Model model) {
        return briefingPage(id, null, List.of(), model);
    }

    @PostMapping("/safeguarding/briefings/{id}/acknowledge")
    @PreAuthorize(SafeguardingAccess.ACKNOWLEDGERS)
    String acknowledge(@PathVariable UUID id, @RequestParam(required = false) String note, Model model,
                       RedirectAttributes redirect) {
        try {
            dissemination.acknowledge(id, currentUsers.require(), note);
        } catch (InvalidRequestException e) {
            return briefingPage(id, note, e.errors(), model);
        } catch (ConflictException e) {
            return briefingPage(id, note, List.of(new InvalidRequestException.FieldError("note", e.getMessage())),
                    model);
        }
        redirect.addFlashAttribute("success", "The briefing is acknowledged.");
        return "redirect:/safeguarding/briefings/" + id;
    }

    @PostMapping("/safeguarding/briefings/{id}/district")
    @PreAuthorize(SafeguardingAccess.DISTRICT_CHOOSERS)
    String chooseDistrict(@PathVariable UUID id, @RequestParam(required = false) String districtId, Model model,
                          RedirectAttributes redirect) {
        UUID chosen = null;
        try {
            chosen = districtId == null || districtId.isBlank() ? null : UUID.fromString(districtId.strip());
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        if (chosen == null) {
            return briefingPage(id, null, List.of(new InvalidRequestException.FieldError("districtId",
                    "Choose the district the briefing goes to")), model);
        }
        try {
            dissemination.chooseDistrict(id, currentUsers.require(), chosen);
        } catch (ConflictException | org.nmoregister.platform.NotFoundException e) {
            return briefingPage(id, null, List.of(new InvalidRequestException.FieldError("districtId",
                    "Choose one of your force's districts")), model);
        }
        redirect.addFlashAttribute("success", "The briefing goes to the district chosen, and its team is told.");
        return "redirect:/safeguarding/briefings/" + id;
    }

    private String briefingPage(UUID id, String note, List<InvalidRequestException.FieldError> errors, Model model) {
        CurrentUser user = currentUsers.require();
        TaskRow task = queries.one(user, id);
        if (task.kind() != TaskKind.DISSEMINATION) {
            throw new org.nmoregister.platform.NotFoundException("briefing");
        }
        var briefing = briefings.briefing(queries.entity(user, id), user);
        views.logLook(task);
        model.addAttribute("task", task);
        model.addAttribute("b", briefing);
        model.addAttribute("overdue", task.overdueAt(queries.now()));
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute("canAcknowledge", task.status().outstanding() && task.districtId() != null
                && user.hasAny(Role.NEIGHBOURHOOD, Role.SAFEGUARDING, Role.SUPERVISOR));
        model.addAttribute("canChoose", task.status().outstanding() && task.districtId() == null
                && user.hasAny(Role.POINT_OF_CONTACT, Role.SAFEGUARDING, Role.SUPERVISOR));
        model.addAttribute("districts", districts.of(user.forceId()));
        model.addAttribute("readsOrders", readsOrders(user));
        return "safeguarding/briefing";
    }

    /** Whether the user may open the order itself (a neighbourhood officer reads the briefing, not the record). */
    static boolean readsOrders(CurrentUser user) {
        return user.hasAny(Role.POINT_OF_CONTACT, Role.OFFICER, Role.CONTROL_ROOM, Role.SAFEGUARDING,
                Role.SUPERVISOR);
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > 30 ? t.substring(0, 30) + "\u2026" : t;
    }
}
