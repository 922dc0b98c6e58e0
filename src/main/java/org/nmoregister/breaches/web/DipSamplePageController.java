package org.nmoregister.breaches.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nmoregister.breaches.internal.DipSampling;
import org.nmoregister.breaches.review.DipFinding;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Dip-sampling pages: draw a week's sample, review each record, and the findings by week. */
@Controller
class DipSamplePageController {

    private final DipSampling sampling;

    DipSamplePageController(DipSampling sampling) {
        this.sampling = sampling;
    }

    @GetMapping("/breaches/dip-sampling")
    @PreAuthorize(Authorities.REVIEW_READERS)
    String report(@RequestParam(required = false) String page, jakarta.servlet.http.HttpServletRequest request,
                  Model model) {
        // every week sampled, newest first, read 25 to a page (it showed the last 52 weeks, unpaged)
        long total = sampling.weeksSampled();
        int number = org.nmoregister.platform.web.ListPage.number(page, total, request);
        model.addAttribute("weeks", org.nmoregister.platform.web.ListPage.of(
                sampling.report(number - 1, org.nmoregister.platform.web.ListPage.SIZE), number, total, request));
        model.addAttribute("lastWeek", sampling.lastCompleteWeek());
        model.addAttribute("lastWeekSample", sampling.sampleFor(sampling.lastCompleteWeek()).orElse(null));
        return "breaches/dip-sampling";
    }

    @GetMapping("/breaches/dip-sampling/week/{weekStart}")
    @PreAuthorize(Authorities.SUPERVISORS)
    String week(@PathVariable String weekStart, RedirectAttributes redirect) {
        try {
            return sampling.sampleFor(BreachForm.parsed("weekStart", weekStart, LocalDate::parse, "enter a real date"))
                    .map(id -> "redirect:/breaches/dip-sampling/" + id).orElse("redirect:/breaches/dip-sampling");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/breaches/dip-sampling";
        }
    }

    @PostMapping("/breaches/dip-sampling")
    @PreAuthorize(Authorities.SUPERVISORS)
    String draw(@RequestParam(required = false) String weekStart, RedirectAttributes redirect) {
        try {
            LocalDate day = BreachForm.parsed("weekStart", weekStart, LocalDate::parse, "enter a real date");
            LocalDate week = day == null ? null : DipSampling.weekOf(day);
            UUID id = sampling.draw(week == null ? sampling.lastCompleteWeek() : week);
            redirect.addFlashAttribute("success", "Sample drawn.");
            return "redirect:/breaches/dip-sampling/" + id;
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldError("weekStart", e.getMessage())));
        }
        return "redirect:/breaches/dip-sampling";
    }

    @GetMapping("/breaches/dip-sampling/{id}")
    @PreAuthorize(Authorities.SUPERVISORS)
    String sample(@PathVariable UUID id, Model model) {
        model.addAttribute("sample", sampling.read(id));
        model.addAttribute("findings", DipFinding.values());
        return "breaches/dip-sample";
    }

    @PostMapping("/breaches/dip-sampling/{id}/findings")
    @PreAuthorize(Authorities.SUPERVISORS)
    String finding(@PathVariable UUID id, @RequestParam UUID reportId,
                   @RequestParam(required = false) String finding, @RequestParam(required = false) String notes,
                   RedirectAttributes redirect) {
        try {
            List<FieldError> errors = new ArrayList<>();
            DipFinding chosen = BreachForm.choice("finding", finding, DipFinding.class, errors);
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            sampling.recordFinding(id, reportId, chosen, notes);
            redirect.addFlashAttribute("success", "Finding recorded.");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/breaches/dip-sampling/" + id + "#r-" + reportId;
    }
}
