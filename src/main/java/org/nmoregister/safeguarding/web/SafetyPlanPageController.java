package org.nmoregister.safeguarding.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.web.DateInput;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.safeguarding.internal.MeasureKind;
import org.nmoregister.safeguarding.internal.SafetyPlanView;
import org.nmoregister.safeguarding.internal.SafetyPlans;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: an order's safety plan, the form to add or change a measure, and the plan's versions. */
@Controller
class SafetyPlanPageController {

    private final SafetyPlans plans;

    SafetyPlanPageController(SafetyPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/safeguarding/plans/{orderId}")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    String plan(@PathVariable UUID orderId, Model model) {
        model.addAttribute("plan", plans.current(orderId));
        return "safeguarding/plan";
    }

    @GetMapping("/safeguarding/plans/{orderId}/history")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    String history(@PathVariable UUID orderId, @RequestParam(required = false) String page,
                   HttpServletRequest request, Model model) {
        model.addAttribute("orderId", orderId);
        model.addAttribute("versions", ListPage.of(plans.history(orderId), page, request));
        return "safeguarding/plan-history";
    }

    @GetMapping("/safeguarding/plans/{orderId}/measures/new")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    String newMeasure(@PathVariable UUID orderId, Model model) {
        return form(orderId, null, new Typed(null, null, null, null, blank("reviewOn", "Review date"),
                blank("endsOn", "End date")), List.of(), model);
    }

    @PostMapping("/safeguarding/plans/{orderId}/measures")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    String add(@PathVariable UUID orderId, @RequestParam(required = false) String person,
               @RequestParam(required = false) String kind, @RequestParam(required = false) String details,
               @RequestParam(required = false) String owner, HttpServletRequest request, Model model,
               RedirectAttributes redirect) {
        Typed typed = typed(person, kind, details, owner, request);
        List<FieldError> wrong = new ArrayList<>();
        LocalDate reviewOn = typed.reviewOn().read(wrong);
        LocalDate endsOn = typed.endsOn().read(wrong);
        try {
            plans.add(orderId, new SafetyPlans.MeasureInput(person, kind, details, owner, reviewOn, endsOn), wrong);
        } catch (InvalidRequestException e) {
            return form(orderId, null, typed, e.errors(), model);
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
            return form(orderId, null, typed, List.of(), model);
        }
        redirect.addFlashAttribute("success", "The measure is added. The plan is saved as a new version.");
        return "redirect:/safeguarding/plans/" + orderId;
    }

    @GetMapping("/safeguarding/plans/{orderId}/measures/{measureId}")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    String editMeasure(@PathVariable UUID orderId, @PathVariable UUID measureId, Model model) {
        SafetyPlanView.Measure m = plans.measure(orderId, measureId);
        return form(orderId, measureId, new Typed(m.person(), m.kind().name(), m.details(), m.owner(),
                date("reviewOn", "Review date", m.reviewOn()), date("endsOn", "End date", m.endsOn())), List.of(),
                model);
    }

    @PostMapping("/safeguarding/plans/{orderId}/measures/{measureId}")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    String change(@PathVariable UUID orderId, @PathVariable UUID measureId,
                  @RequestParam(required = false) String person, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String details, @RequestParam(required = false) String owner,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Typed typed = typed(person, kind, details, owner, request);
        List<FieldError> wrong = new ArrayList<>();
        LocalDate reviewOn = typed.reviewOn().read(wrong);
        LocalDate endsOn = typed.endsOn().read(wrong);
        try {
            plans.change(orderId, measureId, new SafetyPlans.MeasureInput(person, kind, details, owner, reviewOn,
                    endsOn), wrong);
        } catch (InvalidRequestException e) {
            return form(orderId, measureId, typed, e.errors(), model);
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
            return form(orderId, measureId, typed, List.of(), model);
        }
        redirect.addFlashAttribute("success", "The measure is changed. The plan is saved as a new version.");
        return "redirect:/safeguarding/plans/" + orderId;
    }

    @PostMapping("/safeguarding/plans/{orderId}/measures/{measureId}/removal")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    String remove(@PathVariable UUID orderId, @PathVariable UUID measureId, RedirectAttributes redirect) {
        plans.remove(orderId, measureId);
        redirect.addFlashAttribute("success", "The measure is removed. The plan is saved as a new version.");
        return "redirect:/safeguarding/plans/" + orderId;
    }

    /** What the user typed, kept to show again with the errors. */
    record Typed(String person, String kind, String details, String owner, DateInput reviewOn, DateInput endsOn) {
    }

    private String form(UUID orderId, UUID measureId, Typed typed, List<FieldError> errors, Model model) {
        model.addAttribute("plan", plans.current(orderId));
        model.addAttribute("measureId", measureId);
        model.addAttribute("typed", typed);
        model.addAttribute("kinds", MeasureKind.values());
        model.addAttribute("errors", errors);
        model.addAttribute("reviewOnWrong", typed.reviewOn().wrong(errors));
        model.addAttribute("endsOnWrong", typed.endsOn().wrong(errors));
        return "safeguarding/measure";
    }

    private static Typed typed(String person, String kind, String details, String owner, HttpServletRequest request) {
        return new Typed(person, kind, details, owner, input("reviewOn", "Review date", request),
                input("endsOn", "End date", request));
    }

    private static DateInput input(String name, String label, HttpServletRequest request) {
        return new DateInput(name, label, request.getParameter(name + "-day"), request.getParameter(name + "-month"),
                request.getParameter(name + "-year"));
    }

    private static DateInput blank(String name, String label) {
        return new DateInput(name, label, null, null, null);
    }

    private static DateInput date(String name, String label, LocalDate date) {
        return date == null ? blank(name, label) : new DateInput(name, label, String.valueOf(date.getDayOfMonth()),
                String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }
}
