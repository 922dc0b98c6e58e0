package org.nmoregister.monitoring.priority;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.nmoregister.monitoring.checks.ProactiveChecks;
import org.nmoregister.monitoring.duties.DapoRequirements;
import org.nmoregister.monitoring.duties.NotificationDuties;
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

/**
 * The priority pages: the list of subjects, the register's suggestions (accept or dismiss), a subject's page (orders,
 * flags, plan of checks, review, end), and an order's monitoring page (make its respondent a subject, IOM or MAPPA
 * flags, a DAPO's requirements and duties, the order's plan of checks).
 */
@Controller
class PriorityPageController {

    private final PrioritySubjects subjects;
    private final Suggestions suggestions;
    private final OffenderFlags flags;
    private final MonitoredOrders orders;
    private final ProactiveChecks checks;
    private final DapoRequirements requirements;
    private final NotificationDuties duties;
    private final CurrentUsers currentUsers;

    PriorityPageController(PrioritySubjects subjects, Suggestions suggestions, OffenderFlags flags,
                           MonitoredOrders orders, ProactiveChecks checks, DapoRequirements requirements,
                           NotificationDuties duties, CurrentUsers currentUsers) {
        this.subjects = subjects;
        this.suggestions = suggestions;
        this.flags = flags;
        this.orders = orders;
        this.checks = checks;
        this.requirements = requirements;
        this.duties = duties;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/monitoring/priority")
    @PreAuthorize(Authorities.MONITORING_READERS)
    String list(@RequestParam(required = false) String page, @RequestParam(required = false) String ended,
                HttpServletRequest request, Model model) {
        boolean past = "true".equals(ended);
        long total = subjects.list(past, 1, 1).total();
        int number = ListPage.number(page, total, request);
        var found = subjects.list(past, number, ListPage.SIZE);
        model.addAttribute("subjects", ListPage.of(found.items(), number, found.total(), request));
        model.addAttribute("ended", past);
        model.addAttribute("suggested", suggestions.open(1, 1).total());
        return "monitoring/priority/list";
    }

    @GetMapping("/monitoring/suggestions")
    @PreAuthorize(Authorities.MONITORING_READERS)
    String suggestions(@RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        long total = suggestions.open(1, 1).total();
        int number = ListPage.number(page, total, request);
        var found = suggestions.open(number, ListPage.SIZE);
        model.addAttribute("suggestions", ListPage.of(found.items(), number, found.total(), request));
        return "monitoring/priority/suggestions";
    }

    @GetMapping("/monitoring/suggestions/{id}")
    @PreAuthorize(Authorities.MONITORING_READERS)
    String suggestion(@PathVariable UUID id, Model model) {
        model.addAttribute("suggestion", suggestions.view(id));
        model.addAttribute("reviewOn", DateInput.of("reviewOn", "Review date", (LocalDate) null));
        return "monitoring/priority/suggestion";
    }

    @PostMapping("/monitoring/suggestions/{id}/accept")
    @PreAuthorize(Authorities.MONITORING_MANAGERS)
    String accept(@PathVariable UUID id, @RequestParam Map<String, String> input, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        DateInput date = DateInput.of("reviewOn", "Review date", request.getParameterMap());
        String made = makeSubject(date, input, model, redirect, subject -> subjects.accept(id, subject));
        if (made != null) {
            return made;
        }
        model.addAttribute("suggestion", suggestions.view(id));
        model.addAttribute("reviewOn", date);
        model.addAttribute("given", input);
        return "monitoring/priority/suggestion";
    }

    @PostMapping("/monitoring/suggestions/{id}/dismiss")
    @PreAuthorize(Authorities.MONITORING_MANAGERS)
    String dismiss(@PathVariable UUID id, @RequestParam(required = false) String dismissReason, Model model,
                   RedirectAttributes redirect) {
        try {
            var s = suggestions.dismiss(id, dismissReason);
            redirect.addFlashAttribute("success", "The suggestion of " + s.respondentName() + " was dismissed.");
            return "redirect:/monitoring/suggestions";
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors().stream().map(f -> new FieldError("dismissReason", f.reason()))
                    .toList());
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("suggestion", suggestions.view(id));
        model.addAttribute("reviewOn", DateInput.of("reviewOn", "Review date", (LocalDate) null));
        model.addAttribute("given", Map.of("dismissReason", dismissReason == null ? "" : dismissReason));
        return "monitoring/priority/suggestion";
    }

    @GetMapping("/monitoring/priority/{id}")
    @PreAuthorize(Authorities.MONITORING_READERS)
    String subject(@PathVariable UUID id, Model model) {
        return subjectPage(id, model);
    }

    private String subjectPage(UUID id, Model model) {
        var subject = subjects.view(id);
        model.addAttribute("subject", subject);
        model.addAttribute("plan", checks.ofSubject(id));
        if (!model.containsAttribute("nextReview")) {
            model.addAttribute("nextReview", DateInput.of("nextReview", "Next review date", (LocalDate) null));
        }
        return "monitoring/priority/subject";
    }

    @PostMapping("/monitoring/priority/{id}/review")
    @PreAuthorize(Authorities.MONITORING_MANAGERS)
    String review(@PathVariable UUID id, @RequestParam Map<String, String> input, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        DateInput date = DateInput.of("nextReview", "Next review date", request.getParameterMap());
        LocalDate next = date.read(errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            subjects.review(id, next, input.get("newOwner"), input.get("note"), version(input));
            redirect.addFlashAttribute("success", "The review was recorded.");
            return "redirect:/monitoring/priority/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", DateInputErrors.onBoxes(e.errors(), "nextReview").stream()
                    .map(f -> "ownerName".equals(f.field()) ? new FieldError("newOwner", f.reason()) : f).toList());
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("nextReview", date);
        model.addAttribute("given", input);
        return subjectPage(id, model);
    }

    @PostMapping("/monitoring/priority/{id}/end")
    @PreAuthorize(Authorities.MONITORING_MANAGERS)
    String end(@PathVariable UUID id, @RequestParam Map<String, String> input, Model model,
               RedirectAttributes redirect) {
        try {
            subjects.end(id, input.get("endReason"), version(input));
            redirect.addFlashAttribute("success", "The priority has ended.");
            return "redirect:/monitoring/priority/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors().stream().map(f -> new FieldError("endReason", f.reason()))
                    .toList());
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("given", input);
        return subjectPage(id, model);
    }

    @GetMapping("/monitoring/orders/{orderId}")
    @PreAuthorize(Authorities.MONITORING_READERS)
    String order(@PathVariable UUID orderId, Model model) {
        return orderPage(orderId, model);
    }

    private String orderPage(UUID orderId, Model model) {
        var order = orders.require(currentUsers.require().forceId(), orderId);
        model.addAttribute("order", order);
        model.addAttribute("subjectId", subjects.currentSubject(order.respondentKey()).orElse(null));
        model.addAttribute("flags", flags.ofOrdersRespondent(orderId));
        model.addAttribute("requirements", requirements.of(order));
        model.addAttribute("dapo", "DAPO".equals(order.orderType()));
        model.addAttribute("duties", duties.ofOrderLogged(orderId));
        model.addAttribute("plan", checks.ofOrder(orderId));
        if (!model.containsAttribute("reviewOn")) {
            model.addAttribute("reviewOn", DateInput.of("reviewOn", "Review date", (LocalDate) null));
        }
        return "monitoring/priority/order";
    }

    @PostMapping("/monitoring/orders/{orderId}/priority")
    @PreAuthorize(Authorities.MONITORING_MANAGERS)
    String makeSubject(@PathVariable UUID orderId, @RequestParam Map<String, String> input,
                       HttpServletRequest request, Model model, RedirectAttributes redirect) {
        DateInput date = DateInput.of("reviewOn", "Review date", request.getParameterMap());
        String made = makeSubject(date, input, model, redirect, subject -> subjects.create(orderId, subject));
        if (made != null) {
            return made;
        }
        model.addAttribute("reviewOn", date);
        model.addAttribute("given", input);
        return orderPage(orderId, model);
    }

    /**
     * Makes a priority subject from the form (its review date in three boxes) and returns the redirect to it; or, when
     * the form is wrong or the respondent is already a subject, puts the errors or the problem on the model for the
     * page to show again and returns null.
     */
    private String makeSubject(DateInput date, Map<String, String> input, Model model, RedirectAttributes redirect,
                               Function<PrioritySubjects.NewSubject, PrioritySubjects.SubjectView> make) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate reviewOn = date.read(errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            var subject = make.apply(new PrioritySubjects.NewSubject(input.get("reason"), input.get("ownerName"),
                    input.get("ownerRole"), reviewOn));
            redirect.addFlashAttribute("success", subject.respondentName() + " is now a priority subject.");
            return "redirect:/monitoring/priority/" + subject.id();
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", DateInputErrors.onBoxes(e.errors(), "reviewOn"));
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return null;
    }

    @PostMapping("/monitoring/orders/{orderId}/flags")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    String flag(@PathVariable UUID orderId, @RequestParam Map<String, String> input, Model model,
                RedirectAttributes redirect) {
        try {
            flags.record(orderId, input.get("kind"), input.get("detail"));
            redirect.addFlashAttribute("success", "The flag was recorded.");
            return "redirect:/monitoring/orders/" + orderId;
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("given", input);
        return orderPage(orderId, model);
    }

    @PostMapping("/monitoring/orders/{orderId}/flags/{flagId}/withdraw")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    String withdrawFlag(@PathVariable UUID orderId, @PathVariable UUID flagId, RedirectAttributes redirect) {
        try {
            flags.withdraw(flagId);
            redirect.addFlashAttribute("success", "The flag was withdrawn.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/monitoring/orders/" + orderId;
    }

    @PostMapping("/monitoring/orders/{orderId}/dapo-requirements")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    String requirements(@PathVariable UUID orderId, @RequestParam Map<String, String> input, Model model,
                        RedirectAttributes redirect) {
        try {
            requirements.record(orderId, yesNo(input.get("notification")), input.get("from"),
                    yesNo(input.get("electronicMonitoring")), input.get("requirementNote"));
            redirect.addFlashAttribute("success", "The order's requirements were recorded.");
            return "redirect:/monitoring/orders/" + orderId;
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors().stream().map(f -> "note".equals(f.field())
                    ? new FieldError("requirementNote", f.reason()) : f).toList());
        }
        model.addAttribute("given", input);
        return orderPage(orderId, model);
    }

    private static Boolean yesNo(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    private static Integer version(Map<String, String> input) {
        try {
            return input.get("version") == null ? null : Integer.valueOf(input.get("version"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Errors about a date as a whole, moved onto its day box so the summary's link lands on it. */
    static final class DateInputErrors {
        static List<FieldError> onBoxes(List<FieldError> errors, String name) {
            return errors.stream().map(f -> name.equals(f.field()) ? new FieldError(name + "-day", f.reason()) : f)
                    .toList();
        }
    }
}
