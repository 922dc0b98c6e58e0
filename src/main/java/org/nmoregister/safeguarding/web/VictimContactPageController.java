package org.nmoregister.safeguarding.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.web.DateTimeInput;
import org.nmoregister.safeguarding.internal.VictimContacts;
import org.nmoregister.safeguarding.rules.AttemptOutcome;
import org.nmoregister.safeguarding.rules.ContactOutcome;
import org.nmoregister.safeguarding.rules.ContactRoute;
import org.nmoregister.safeguarding.rules.KnowsNumber;
import org.nmoregister.safeguarding.rules.SafeContact;
import org.nmoregister.security.Authorities;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contact page: the script to read, the victim's safe contact details, each attempt, the outcome, and the letter
 * for the safe route. Forms post back here and, on an error, show the page again with what was typed.
 */
@Controller
class VictimContactPageController {

    private final VictimContacts contacts;
    private final Clock clock;

    VictimContactPageController(VictimContacts contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @GetMapping("/safeguarding/contacts/{taskId}")
    @PreAuthorize(Authorities.VICTIM_CONTACT)
    String page(@PathVariable UUID taskId, Model model) {
        VictimContacts.ContactView c = contacts.view(taskId);
        return show(c, model, c.safeContact(), Map.of(), List.of(), null);
    }

    @PostMapping("/safeguarding/contacts/{taskId}/safe-contact")
    @PreAuthorize(Authorities.VICTIM_CONTACT)
    String saveSafeContact(@PathVariable UUID taskId, @RequestParam(required = false) String route,
                           @RequestParam(required = false) String phone,
                           @RequestParam(required = false) String email,
                           @RequestParam(required = false) String address,
                           @RequestParam(required = false) String timesToAvoid,
                           @RequestParam(required = false) String respondentKnowsNumber,
                           @RequestParam(required = false) String language,
                           @RequestParam(required = false) Boolean interpreterNeeded,
                           @RequestParam(required = false) String communicationNeeds, Model model,
                           RedirectAttributes redirect) {
        SafeContact typed = null;
        try {
            typed = ContactInputs.safeContact(route, phone, email, address, timesToAvoid, respondentKnowsNumber,
                    language, interpreterNeeded, communicationNeeds);
            contacts.saveSafeContact(taskId, typed);
        } catch (InvalidRequestException e) {
            SafeContact shown = typed != null ? typed : new SafeContact(null, phone, email, address, timesToAvoid,
                    null, language, Boolean.TRUE.equals(interpreterNeeded), communicationNeeds);
            return show(contacts.view(taskId), model, shown, Map.of(), e.errors(), null);
        }
        redirect.addFlashAttribute("success", "The safe contact details are recorded.");
        return "redirect:/safeguarding/contacts/" + taskId + "#safe-contact";
    }

    @PostMapping("/safeguarding/contacts/{taskId}/attempts")
    @PreAuthorize(Authorities.VICTIM_CONTACT)
    String attempt(@PathVariable UUID taskId, @RequestParam(required = false) String method,
                   @RequestParam(required = false) String outcome, @RequestParam(required = false) String note,
                   @RequestParam(name = "attempted-day", required = false) String day,
                   @RequestParam(name = "attempted-month", required = false) String month,
                   @RequestParam(name = "attempted-year", required = false) String year,
                   @RequestParam(name = "attempted-hour", required = false) String hour,
                   @RequestParam(name = "attempted-minute", required = false) String minute, Model model,
                   RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("method", method);
        typed.put("attemptOutcome", outcome);
        typed.put("note", note);
        typed.put("attempted-day", day);
        typed.put("attempted-month", month);
        typed.put("attempted-year", year);
        typed.put("attempted-hour", hour);
        typed.put("attempted-minute", minute);
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        ContactRoute m = ContactInputs.code(ContactRoute.class, method, "method", errors);
        AttemptOutcome o = ContactInputs.code(AttemptOutcome.class, outcome, "attemptOutcome", errors);
        // every box left empty: the attempt is now (the service takes now); else a full date and hour, as everywhere
        java.time.Instant at = attempted(typed).read(errors);
        if (m == null && errors.stream().noneMatch(e -> e.field().equals("method"))) {
            errors.add(new InvalidRequestException.FieldError("method", "Select how you tried to reach them"));
        }
        if (o == null && errors.stream().noneMatch(e -> e.field().equals("attemptOutcome"))) {
            errors.add(new InvalidRequestException.FieldError("attemptOutcome", "Select what happened"));
        }
        try {
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            contacts.recordAttempt(taskId, at, m, o, note);
        } catch (InvalidRequestException e) {
            List<InvalidRequestException.FieldError> shown = e.errors().stream()
                    .map(f -> f.field().equals("outcome") ? new InvalidRequestException.FieldError("attemptOutcome",
                            f.reason()) : f.field().equals("attemptedAt")
                            ? new InvalidRequestException.FieldError("attempted-day", f.reason()) : f).toList();
            VictimContacts.ContactView c = contacts.view(taskId);
            return show(c, model, c.safeContact(), typed, shown, null);
        } catch (ConflictException e) {
            VictimContacts.ContactView c = contacts.view(taskId);
            return show(c, model, c.safeContact(), typed, List.of(), e.getMessage());
        }
        redirect.addFlashAttribute("success", "The attempt is recorded.");
        return "redirect:/safeguarding/contacts/" + taskId + "#attempts";
    }

    @PostMapping("/safeguarding/contacts/{taskId}/outcome")
    @PreAuthorize(Authorities.VICTIM_CONTACT)
    String outcome(@PathVariable UUID taskId, @RequestParam(required = false) String outcome,
                   @RequestParam(required = false) String outcomeNote, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = Map.of("outcome", outcome == null ? "" : outcome,
                "outcomeNote", outcomeNote == null ? "" : outcomeNote);
        try {
            List<InvalidRequestException.FieldError> errors = new ArrayList<>();
            ContactOutcome o = ContactInputs.code(ContactOutcome.class, outcome, "outcome", errors);
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            contacts.close(taskId, o, outcomeNote);
        } catch (InvalidRequestException e) {
            List<InvalidRequestException.FieldError> shown = e.errors().stream()
                    .map(f -> f.field().equals("note") ? new InvalidRequestException.FieldError("outcomeNote",
                            f.reason()) : f).toList();
            VictimContacts.ContactView c = contacts.view(taskId);
            return show(c, model, c.safeContact(), typed, shown, null);
        } catch (ConflictException e) {
            VictimContacts.ContactView c = contacts.view(taskId);
            return show(c, model, c.safeContact(), typed, List.of(), e.getMessage());
        }
        redirect.addFlashAttribute("success", "The contact is closed.");
        return "redirect:/safeguarding/contacts/" + taskId;
    }

    @GetMapping("/safeguarding/contacts/{taskId}/letter.pdf")
    @PreAuthorize(Authorities.VICTIM_CONTACT)
    ResponseEntity<byte[]> letter(@PathVariable UUID taskId) {
        return VictimContactApiController.pdf(contacts.letter(taskId), taskId);
    }

    private String show(VictimContacts.ContactView c, Model model, SafeContact safe, Map<String, String> typed,
                        List<InvalidRequestException.FieldError> errors, String problem) {
        model.addAttribute("c", c);
        model.addAttribute("safe", safe);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("overdue", c.overdue(clock.instant()));
        model.addAttribute("routes", ContactRoute.values());
        model.addAttribute("knows", KnowsNumber.values());
        model.addAttribute("attemptOutcomes", AttemptOutcome.values());
        model.addAttribute("outcomes", ContactOutcome.values());
        DateTimeInput attempted = attempted(typed);
        model.addAttribute("attempted", attempted);
        model.addAttribute("attemptedWrong", attempted.wrong(errors));
        return "safeguarding/contact";
    }

    /** When the attempt was, as typed into the date and time boxes (all empty on a page not yet sent). */
    private static DateTimeInput attempted(Map<String, String> typed) {
        return new DateTimeInput("attempted", "The date and time of the attempt", typed.get("attempted-day"),
                typed.get("attempted-month"), typed.get("attempted-year"), typed.get("attempted-hour"),
                typed.get("attempted-minute"));
    }
}
