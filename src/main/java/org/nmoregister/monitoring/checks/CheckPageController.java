package org.nmoregister.monitoring.checks;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.monitoring.priority.MonitoredOrders;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.web.DateInput;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.security.Authorities;
import org.nmoregister.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The proactive-check pages: a district's list (overdue first), planning a check, a check with its result. */
@Controller
class CheckPageController {

    private final ProactiveChecks checks;
    private final MonitoredOrders orders;
    private final CurrentUsers currentUsers;

    CheckPageController(ProactiveChecks checks, MonitoredOrders orders, CurrentUsers currentUsers) {
        this.checks = checks;
        this.orders = orders;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/monitoring/checks")
    @PreAuthorize(Authorities.CHECK_OFFICERS)
    String list(@RequestParam(required = false) UUID district, @RequestParam(required = false) String overdue,
                @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        boolean overdueOnly = "true".equals(overdue);
        var districts = checks.districts();
        UUID chosen = district != null && districts.stream().anyMatch(d -> d.id().equals(district)) ? district : null;
        long total = checks.outstanding(chosen, overdueOnly, 1, 1).total();
        int number = ListPage.number(page, total, request);
        var found = checks.outstanding(chosen, overdueOnly, number, ListPage.SIZE);
        model.addAttribute("checks", ListPage.of(found.items(), number, found.total(), request));
        model.addAttribute("districts", districts);
        model.addAttribute("district", chosen);
        model.addAttribute("overdueOnly", overdueOnly);
        return "monitoring/checks/list";
    }

    @GetMapping("/monitoring/orders/{orderId}/checks/new")
    @PreAuthorize(Authorities.MONITORING_MANAGERS)
    String newCheck(@PathVariable UUID orderId, @RequestParam(required = false) UUID subjectId, Model model) {
        model.addAttribute("dueOn", DateInput.of("dueOn", "Due by", (LocalDate) null));
        return form(orderId, subjectId, model);
    }

    private String form(UUID orderId, UUID subjectId, Model model) {
        model.addAttribute("order", orders.require(currentUsers.require().forceId(), orderId));
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("kinds", CheckKind.values());
        model.addAttribute("districts", checks.districts());
        return "monitoring/checks/new";
    }

    @PostMapping("/monitoring/orders/{orderId}/checks")
    @PreAuthorize(Authorities.MONITORING_MANAGERS)
    String plan(@PathVariable UUID orderId, @RequestParam Map<String, String> input, HttpServletRequest request,
                Model model, RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        DateInput date = DateInput.of("dueOn", "Due by", request.getParameterMap());
        LocalDate dueOn = date.read(errors);
        UUID subjectId = uuid(input.get("subjectId"));
        try {
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            var check = checks.plan(new ProactiveChecks.NewCheck(orderId, subjectId, input.get("kind"),
                    input.get("ownerName"), uuid(input.get("districtId")), dueOn, input.get("note")));
            redirect.addFlashAttribute("success", check.kindLabel() + " planned for " + check.ownerName() + ".");
            return subjectId != null ? "redirect:/monitoring/priority/" + subjectId
                    : "redirect:/monitoring/orders/" + orderId;
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors().stream().map(f -> "dueOn".equals(f.field())
                    ? new FieldError("dueOn-day", f.reason()) : f).toList());
        }
        model.addAttribute("dueOn", date);
        model.addAttribute("given", input);
        return form(orderId, subjectId, model);
    }

    @GetMapping("/monitoring/checks/{id}")
    @PreAuthorize(Authorities.CHECK_OFFICERS)
    String check(@PathVariable UUID id, Model model) {
        var check = checks.view(id);
        model.addAttribute("check", check);
        model.addAttribute("results", CheckResult.values());
        model.addAttribute("breachLink", breachLink(check));
        return "monitoring/checks/check";
    }

    @PostMapping("/monitoring/checks/{id}/result")
    @PreAuthorize(Authorities.CHECK_OFFICERS)
    String result(@PathVariable UUID id, @RequestParam Map<String, String> input, Model model,
                  RedirectAttributes redirect) {
        Integer version = null;
        try {
            version = input.get("version") == null ? null : Integer.valueOf(input.get("version"));
        } catch (NumberFormatException e) {
            version = null;
        }
        try {
            var check = checks.record(id, input.get("result"), input.get("note"), version);
            redirect.addFlashAttribute("success", "The result was recorded."
                    + (check.result() == CheckResult.POSSIBLE_BREACH ? " Report the possible breach now." : ""));
            return "redirect:/monitoring/checks/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("given", input);
        return check(id, model);
    }

    /** The breach report form, prefilled from a check that found a possible breach. */
    static String breachLink(ProactiveChecks.CheckView check) {
        if (check.result() != CheckResult.POSSIBLE_BREACH) {
            return null;
        }
        String description = "Found on a proactive check (" + check.kindLabel().toLowerCase() + ", "
                + check.district() + "): " + (check.resultNote() == null ? "" : check.resultNote());
        return UriComponentsBuilder.fromPath("/breaches/new").queryParam("orderId", check.orderId())
                .queryParam("occurredAt", check.doneAt().toString()).queryParam("description", description)
                .encode().build().toUriString();
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
