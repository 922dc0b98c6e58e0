package org.nmoregister.monitoring.duties;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.web.DateTimeInput;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DAPO notification-duty pages: the force's duties (open or raised) and a duty with its notifications. */
@Controller
class DutyPageController {

    private final NotificationDuties duties;

    DutyPageController(NotificationDuties duties) {
        this.duties = duties;
    }

    @GetMapping("/monitoring/duties")
    @PreAuthorize(Authorities.MONITORING_READERS)
    String list(@RequestParam(required = false) String view, @RequestParam(required = false) String page,
                HttpServletRequest request, Model model) {
        String which = "raised".equals(view) ? "raised" : "open";
        long total = duties.list(which, 1, 1).total();
        int number = ListPage.number(page, total, request);
        var found = duties.list(which, number, ListPage.SIZE);
        model.addAttribute("duties", ListPage.of(found.items(), number, found.total(), request));
        model.addAttribute("view", which);
        return "monitoring/duties/list";
    }

    @GetMapping("/monitoring/duties/{id}")
    @PreAuthorize(Authorities.MONITORING_READERS)
    String duty(@PathVariable UUID id, Model model) {
        model.addAttribute("duty", duties.view(id));
        if (!model.containsAttribute("receivedAt")) {
            model.addAttribute("receivedAt", DateTimeInput.of("receivedAt", "When the respondent notified",
                    (Instant) null));
        }
        return "monitoring/duties/duty";
    }

    @PostMapping("/monitoring/duties/{id}/notifications")
    @PreAuthorize(Authorities.NOTIFICATION_RECORDERS)
    String notify(@PathVariable UUID id, @RequestParam Map<String, String> input, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        var duty = duties.view(id);
        List<FieldError> errors = new ArrayList<>();
        DateTimeInput when = DateTimeInput.of("receivedAt", "When the respondent notified", request.getParameterMap());
        Instant receivedAt = when.read(errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            boolean nfa = "true".equals(input.get("noFixedAbode"));
            var address = new NotificationDuties.NotifiedAddress(input.get("line1"), input.get("line2"),
                    input.get("town"), input.get("postcode"), "true".equals(input.get("confidential")));
            duties.receive(duty.orderId(), new NotificationDuties.NewNotification(receivedAt, input.get("where"),
                    input.get("names"), nfa, address, "CHANGE".equals(duty.kind()) ? duty.startsOn() : null));
            redirect.addFlashAttribute("success", "The notification was recorded.");
            return "redirect:/monitoring/duties/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", DateTimeInput.onBoxes(e.errors(), "receivedAt",
                    "When the respondent notified").stream().map(f -> f.field().startsWith("address.")
                    ? new FieldError(f.field().substring("address.".length()), f.reason()) : f).toList());
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("receivedAt", when);
        model.addAttribute("given", input);
        return duty(id, model);
    }
}
