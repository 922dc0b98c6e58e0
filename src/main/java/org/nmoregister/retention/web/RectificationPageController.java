package org.nmoregister.retention.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.web.DateInput;
import org.nmoregister.retention.FactKind;
import org.nmoregister.retention.PartyFact;
import org.nmoregister.retention.Rectification;
import org.nmoregister.retention.internal.Rectifications;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The right to rectification as a page, reached from a subject access answer: the case's recorded facts about its
 * parties, a form to record who asked to put which right and the decision, and the decisions made so far.
 */
@Controller
class RectificationPageController {

    private static final String DATE_LABEL = "Corrected date of birth";

    private final Rectifications rectifications;
    private final org.nmoregister.platform.web.UkTime ukTime;

    RectificationPageController(Rectifications rectifications, org.nmoregister.platform.web.UkTime ukTime) {
        this.rectifications = rectifications;
        this.ukTime = ukTime;
    }

    @GetMapping("/retention/rectifications/{orderId}")
    @PreAuthorize(Authorities.SUBJECT_ACCESS)
    String show(@PathVariable UUID orderId, Model model) {
        return page(orderId, null, null, null, null, null, DateInput.of("correctedDate", DATE_LABEL, (LocalDate) null),
                List.of(), model);
    }

    @PostMapping("/retention/rectifications/{orderId}")
    @PreAuthorize(Authorities.SUBJECT_ACCESS)
    String decide(@PathVariable UUID orderId, @RequestParam(required = false) String fact,
                  @RequestParam(required = false) String requestedBy,
                  @RequestParam(required = false) String correctedValue,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String decision,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        DateInput date = DateInput.of("correctedDate", DATE_LABEL, request.getParameterMap());
        List<FieldError> errors = new ArrayList<>();
        PartyFact chosen = rectifications.facts(orderId).stream().filter(f -> f.key().equals(fact)).findFirst()
                .orElse(null);
        if (chosen == null) {
            errors.add(new FieldError("fact", fact == null || fact.isBlank() ? "Choose the fact to be put right"
                    : "The record has changed since the page was opened: choose the fact again"));
        }
        Rectifications.Decision decided = "RECTIFY".equals(decision) ? Rectifications.Decision.RECTIFY
                : "RESTRICT".equals(decision) ? Rectifications.Decision.RESTRICT : null;
        String corrected = correctedValue;
        if (chosen != null && chosen.fact() == FactKind.DATE_OF_BIRTH) {
            List<FieldError> dateErrors = new ArrayList<>();
            LocalDate born = date.empty() ? null : date.read(dateErrors);
            errors.addAll(dateErrors);
            corrected = born == null ? null : born.toString();
            if (born == null && dateErrors.isEmpty() && decided == Rectifications.Decision.RECTIFY) {
                errors.add(new FieldError("correctedDate-day", "Enter the corrected date of birth"));
            }
        }
        // every unanswered question at once, as the service would name them
        if (requestedBy == null || requestedBy.isBlank()) {
            errors.add(new FieldError("requestedBy", "Enter who asked, and how"));
        }
        if (decided == null) {
            errors.add(new FieldError("decision", "Choose whether to rectify the record or restrict it as contested"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "Enter the reason for the decision"));
        }
        if (errors.isEmpty()) {
            try {
                var done = rectifications.decide(new Rectification(orderId, chosen.role(), chosen.personName(),
                        chosen.fact(), chosen.value(), corrected, reason, requestedBy), decided);
                redirect.addFlashAttribute("success", done.decision().equals("RECTIFIED")
                        ? "The record is corrected: " + done.outcome() + "."
                        : "The fact is marked as contested wherever the order is read.");
                return "redirect:/retention/rectifications/" + orderId;
            } catch (InvalidRequestException e) {
                e.errors().stream().map(f -> "correctedValue".equals(f.field()) && chosen.fact() == FactKind.DATE_OF_BIRTH
                        ? new FieldError("correctedDate-day", f.reason()) : f).forEach(errors::add);
            }
        }
        return page(orderId, fact, requestedBy, correctedValue, reason, decision, date, errors, model);
    }

    private String page(UUID orderId, String fact, String requestedBy, String correctedValue, String reason,
                        String decision, DateInput date, List<FieldError> errors, Model model) {
        model.addAttribute("orderId", orderId);
        List<PartyFact> facts = rectifications.facts(orderId);
        java.util.Map<String, String> shown = new java.util.HashMap<>();
        for (PartyFact f : facts) {
            // a date of birth as GOV.UK writes dates ("9 February 1984"), never as stored
            shown.put(f.key(), f.fact() == FactKind.DATE_OF_BIRTH ? ukTime.date(LocalDate.parse(f.value())) : f.value());
        }
        model.addAttribute("facts", facts);
        model.addAttribute("shown", shown);
        var decisions = rectifications.forCase(orderId);
        java.util.Map<UUID, String> about = new java.util.HashMap<>();
        for (var d : decisions) {
            boolean isDate = d.fact() == FactKind.DATE_OF_BIRTH;
            about.put(d.id(), "The " + d.role().toLowerCase().replace('_', ' ') + "'s " + d.fact().words() + " ("
                    + d.personName() + "): " + (isDate ? ukTime.date(LocalDate.parse(d.heldValue())) : d.heldValue())
                    + (d.correctedValue() == null ? "" : ", to read "
                    + (isDate ? ukTime.date(LocalDate.parse(d.correctedValue())) : d.correctedValue())));
        }
        model.addAttribute("decisions", decisions);
        model.addAttribute("about", about);
        model.addAttribute("chosenFact", fact);
        model.addAttribute("requestedBy", requestedBy);
        model.addAttribute("correctedValue", correctedValue);
        model.addAttribute("reason", reason);
        model.addAttribute("decision", decision);
        model.addAttribute("correctedDate", date);
        model.addAttribute("errors", errors);
        model.addAttribute("wrong", date.wrong(errors));
        return "retention/rectification";
    }
}
