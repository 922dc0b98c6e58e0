package org.nmoregister.safeguarding.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.safeguarding.internal.ExpiryDecision;
import org.nmoregister.safeguarding.internal.ExpiryPlanning;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: an expiry-planning task with its decision form, and the orders that lapsed with no decision. */
@Controller
class ExpiryPageController {

    private final ExpiryPlanning planning;

    ExpiryPageController(ExpiryPlanning planning) {
        this.planning = planning;
    }

    @GetMapping("/safeguarding/expiry/{taskId}")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    String view(@PathVariable UUID taskId, Model model) {
        model.addAttribute("plan", planning.view(taskId));
        model.addAttribute("decisions", ExpiryDecision.values());
        return "safeguarding/expiry";
    }

    @PostMapping("/safeguarding/expiry/{taskId}")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    String decide(@PathVariable UUID taskId, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
                  HttpServletRequest request) {
        try {
            planning.decide(taskId, decision, note);
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("given", decision);
            model.addAttribute("givenNote", note);
            return view(taskId, model);
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
            return view(taskId, model);
        }
        redirect.addFlashAttribute("success", "The decision is recorded.");
        return "redirect:/safeguarding/expiry/" + taskId;
    }

    @GetMapping("/safeguarding/expiry/lapsed")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    String lapsed(@RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        long total = planning.countLapsed();
        int number = ListPage.number(page, total, request);
        ExpiryPlanning.Lapsed lapsed = planning.lapsed((number - 1) * ListPage.SIZE, ListPage.SIZE);
        model.addAttribute("lapsed", ListPage.of(lapsed.items(), number, lapsed.total(), request));
        return "safeguarding/lapsed";
    }
}
