package org.nmoregister.monitoring.alerts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.nmoregister.monitoring.feed.MonitoringAccess;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.security.CurrentUsers;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The control room's alert pages: the live list (new alerts appear on it within a second, by server-sent events read
 * by {@code /js/monitoring-alerts.js}), and one alert with the order's term, the victim-safety actions, a one-click
 * breach report, and acknowledging and closing it.
 */
@Controller
class AlertPageController {

    private final AlertService alerts;
    private final AlertStream stream;
    private final CurrentUsers users;

    AlertPageController(AlertService alerts, AlertStream stream, CurrentUsers users) {
        this.alerts = alerts;
        this.stream = stream;
        this.users = users;
    }

    @GetMapping("/monitoring/alerts")
    @PreAuthorize(MonitoringAccess.ALERT_READERS)
    String list(@RequestParam(required = false) String page, Model model, HttpServletRequest request) {
        org.nmoregister.platform.web.ListFilter show = org.nmoregister.platform.web.ListFilter.of("show",
                org.nmoregister.platform.web.ListFilter.views("open", "Not yet closed", "all", "All alerts"),
                request);
        boolean openOnly = "open".equals(show.value());
        model.addAttribute("show", show);
        long total = alerts.list(null, openOnly, 1, 1).total();
        int number = ListPage.number(page, total, request);
        AlertService.AlertPage found = alerts.list(null, openOnly, number, ListPage.SIZE);
        model.addAttribute("alerts", ListPage.of(found.items(), number, found.total(), request));
        model.addAttribute("openOnly", openOnly);
        return "monitoring/alerts";
    }

    @GetMapping(path = "/monitoring/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(MonitoringAccess.ALERT_READERS)
    SseEmitter live() {
        return stream.subscribe(users.require().forceId());
    }

    @GetMapping("/monitoring/alerts/{id}")
    @PreAuthorize(MonitoringAccess.ALERT_READERS)
    String one(@PathVariable UUID id, Model model) {
        model.addAttribute("alert", alerts.read(id));
        model.addAttribute("context", alerts.context(id));
        model.addAttribute("outcomes", AlertOutcome.values());
        java.util.Map<String, String> words = new java.util.HashMap<>();
        for (AlertOutcome outcome : AlertOutcome.values()) {
            words.put(outcome.name(), outcome.words());
        }
        model.addAttribute("outcomeWords", words);
        return "monitoring/alert";
    }

    @PostMapping("/monitoring/alerts/{id}/acknowledge")
    @PreAuthorize(MonitoringAccess.ALERT_HANDLERS)
    String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
        alerts.acknowledge(id);
        redirect.addFlashAttribute("success", "Alert acknowledged: it is yours");
        return "redirect:/monitoring/alerts/" + id;
    }

    @PostMapping("/monitoring/alerts/{id}/close")
    @PreAuthorize(MonitoringAccess.ALERT_HANDLERS)
    String close(@PathVariable UUID id, @RequestParam(required = false) String outcome,
                 @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        try {
            alerts.close(id, outcome, note);
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("note", note);
            return one(id, model);
        }
        redirect.addFlashAttribute("success", "Alert closed");
        return "redirect:/monitoring/alerts/" + id;
    }
}
