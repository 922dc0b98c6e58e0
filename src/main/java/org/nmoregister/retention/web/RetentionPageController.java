package org.nmoregister.retention.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.web.DateInput;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.retention.internal.Reviews;
import org.nmoregister.retention.internal.Schedules;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the review queue, a case's review (retain, hold, dispose of), the disposals, and the schedule. */
@Controller
class RetentionPageController {

    static final int MAX_SCHEDULE_BYTES = 100_000;

    private final Reviews reviews;
    private final Schedules schedules;

    RetentionPageController(Reviews reviews, Schedules schedules) {
        this.reviews = reviews;
        this.schedules = schedules;
    }

    @GetMapping("/retention")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    String queue(@RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        long total = reviews.queue(0, 1).total();
        int number = ListPage.number(page, total, request);
        var queue = reviews.queue((number - 1) * ListPage.SIZE, ListPage.SIZE);
        model.addAttribute("queue", ListPage.of(queue.items(), number, queue.total(), request));
        return "retention/queue";
    }

    @GetMapping("/retention/cases/{orderId}")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    String review(@PathVariable UUID orderId, Model model, HttpServletRequest request) {
        model.addAttribute("review", reviews.review(orderId));
        if (!model.containsAttribute("nextReview")) {
            model.addAttribute("nextReview", DateInput.of("nextReview", "Next review", (java.time.LocalDate) null));
        }
        model.addAttribute("holdKinds", Reviews.HoldKind.values());
        return "retention/case";
    }

    @PostMapping("/retention/cases/{orderId}/retain")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    String retain(@PathVariable UUID orderId, @RequestParam(required = false) String reason,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        DateInput next = DateInput.of("nextReview", "Next review", request.getParameterMap());
        try {
            List<FieldError> errors = new java.util.ArrayList<>();
            java.time.LocalDate date = next.read(errors);
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            reviews.retain(orderId, reason, date);
        } catch (InvalidRequestException e) {
            List<FieldError> errors = rename(e.errors(), "nextReview", "nextReview-day");
            model.addAttribute("errors", errors);
            model.addAttribute("nextReview", next);
            model.addAttribute("wrong", next.wrong(errors));
            model.addAttribute("givenReason", reason);
            return review(orderId, model, request);
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
            return review(orderId, model, request);
        }
        redirect.addFlashAttribute("success", "The case is retained until its next review.");
        return "redirect:/retention/cases/" + orderId;
    }

    @PostMapping("/retention/cases/{orderId}/hold")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    String hold(@PathVariable UUID orderId, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String holdReason, HttpServletRequest request, Model model,
                RedirectAttributes redirect) {
        try {
            reviews.hold(orderId, kind, holdReason);
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", rename(e.errors(), "reason", "holdReason"));
            model.addAttribute("givenHoldReason", holdReason);
            return review(orderId, model, request);
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
            return review(orderId, model, request);
        }
        redirect.addFlashAttribute("success", "The legal hold is in place: the case cannot be disposed of.");
        return "redirect:/retention/cases/" + orderId;
    }

    @PostMapping("/retention/cases/{orderId}/holds/{holdId}/lift")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    String lift(@PathVariable UUID orderId, @PathVariable UUID holdId,
                @RequestParam(required = false) String liftReason, HttpServletRequest request, Model model,
                RedirectAttributes redirect) {
        try {
            reviews.lift(orderId, holdId, liftReason);
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", rename(e.errors(), "reason", "liftReason-" + holdId));
            return review(orderId, model, request);
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
            return review(orderId, model, request);
        }
        redirect.addFlashAttribute("success", "The legal hold is lifted.");
        return "redirect:/retention/cases/" + orderId;
    }

    @GetMapping("/retention/cases/{orderId}/dispose")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    String confirmDisposal(@PathVariable UUID orderId, Model model) {
        model.addAttribute("review", reviews.review(orderId));
        return "retention/dispose";
    }

    @PostMapping("/retention/cases/{orderId}/dispose")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    String dispose(@PathVariable UUID orderId, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String confirm, Model model, RedirectAttributes redirect) {
        try {
            if (!"yes".equals(confirm)) {
                List<FieldError> errors = new java.util.ArrayList<>();
                errors.add(new FieldError("confirm", "Confirm that the case's personal data is to be removed for good"));
                if (reason == null || reason.isBlank()) {
                    errors.add(new FieldError("reason", "is required: say why, without naming anyone"));
                }
                throw new InvalidRequestException(errors);
            }
            reviews.dispose(orderId, reason);
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("givenReason", reason);
            return confirmDisposal(orderId, model);
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
            return confirmDisposal(orderId, model);
        }
        redirect.addFlashAttribute("success", "The case is disposed of. Its disposal record is below.");
        return "redirect:/retention/cases/" + orderId;
    }

    @GetMapping("/retention/disposals")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    String disposals(@RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        long total = reviews.countDisposals();
        int number = ListPage.number(page, total, request);
        model.addAttribute("disposals", ListPage.of(reviews.disposals((number - 1) * ListPage.SIZE, ListPage.SIZE),
                number, total, request));
        return "retention/disposals";
    }

    @GetMapping("/retention/schedule")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    String schedule(Model model) {
        model.addAttribute("schedule", schedules.view());
        return "retention/schedule";
    }

    @PostMapping("/retention/schedule")
    @PreAuthorize(Authorities.RETENTION_SCHEDULE_ADMINISTRATORS)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidRequestException("file", "Choose the schedule's CSV file");
            }
            if (file.getSize() > MAX_SCHEDULE_BYTES) {
                throw new InvalidRequestException("file", "must be at most 100 KB");
            }
            schedules.replace(new String(file.getBytes(), StandardCharsets.UTF_8));
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
            return schedule(model);
        }
        redirect.addFlashAttribute("success", "The force's retention schedule is replaced. The next sweep applies it.");
        return "redirect:/retention/schedule";
    }

    @PostMapping("/retention/schedule/reset")
    @PreAuthorize(Authorities.RETENTION_SCHEDULE_ADMINISTRATORS)
    String reset(RedirectAttributes redirect) {
        schedules.reset();
        redirect.addFlashAttribute("success", "The force uses the shipped default schedule again.");
        return "redirect:/retention/schedule";
    }

    private static List<FieldError> rename(List<FieldError> errors, String from, String to) {
        return errors.stream().map(e -> e.field().equals(from) ? new FieldError(to, e.reason()) : e).toList();
    }
}
