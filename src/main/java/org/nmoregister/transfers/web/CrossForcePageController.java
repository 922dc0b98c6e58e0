package org.nmoregister.transfers.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.ReasonRequiredException;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.transfers.internal.CrossForceService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The point of contact's pages across forces (other forces' enquiries about the force's orders, a day at a time;
 * the notices other forces sent; their requests for more), and the request for more a user sends from a card.
 */
@Controller
class CrossForcePageController {

    private final CrossForceService service;

    CrossForcePageController(CrossForceService service) {
        this.service = service;
    }

    @GetMapping("/cross-force")
    @PreAuthorize(CrossForceAccess.LIST_READERS)
    String enquiries(@RequestParam(required = false) String date, @RequestParam(required = false) String page,
                     HttpServletRequest request, Model model) {
        LocalDate day = service.today();
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                model.addAttribute("dateProblem", "Enter the date as year-month-day, for example "
                        + service.today());
            }
        }
        long total = service.countEnquiries(day);
        int number = ListPage.number(page, total, request);
        var rows = service.enquiries(day, number, ListPage.SIZE);
        model.addAttribute("day", day);
        model.addAttribute("previousDay", day.minusDays(1));
        model.addAttribute("nextDay", day.plusDays(1).isAfter(service.today()) ? null : day.plusDays(1));
        model.addAttribute("enquiries", ListPage.of(rows.items(), number, rows.total(), request));
        model.addAttribute("noticeCount", service.countNotices());
        model.addAttribute("requestCount", service.countRequests());
        return "transfers/enquiries";
    }

    @GetMapping("/cross-force/notices")
    @PreAuthorize(CrossForceAccess.LIST_READERS)
    String notices(@RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        int number = ListPage.number(page, service.countNotices(), request);
        var rows = service.notices(number, ListPage.SIZE);
        model.addAttribute("notices", ListPage.of(rows.items(), number, rows.total(), request));
        return "transfers/notices";
    }

    @GetMapping("/cross-force/requests")
    @PreAuthorize(CrossForceAccess.LIST_READERS)
    String requests(@RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        int number = ListPage.number(page, service.countRequests(), request);
        var rows = service.requests(number, ListPage.SIZE);
        model.addAttribute("requests", ListPage.of(rows.items(), number, rows.total(), request));
        return "transfers/requests";
    }

    @PostMapping("/cross-force/requests/{id}/answered")
    @PreAuthorize(CrossForceAccess.ANSWERERS)
    String answered(@PathVariable UUID id, RedirectAttributes redirect) {
        service.answered(id);
        redirect.addFlashAttribute("success", "Request marked answered.");
        return "redirect:/cross-force/requests";
    }

    /** The button on another force's card: asks the owning force for more, then shows what was sent. */
    @PostMapping("/cross-force/ask")
    @PreAuthorize(CrossForceAccess.ASKERS)
    String ask(@RequestParam(required = false) UUID orderId, @RequestParam(required = false) String reason,
               @RequestParam(required = false) String note, Model model) {
        try {
            var sent = service.ask(orderId, reason, note);
            return "redirect:/cross-force/asked/" + sent.id();
        } catch (InvalidRequestException | ReasonRequiredException e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("orderId", orderId);
            return "transfers/ask-problem";
        }
    }

    @GetMapping("/cross-force/asked/{id}")
    @PreAuthorize(CrossForceAccess.ASKERS)
    String asked(@PathVariable UUID id, Model model) {
        model.addAttribute("request", service.request(id));
        return "transfers/asked";
    }
}
