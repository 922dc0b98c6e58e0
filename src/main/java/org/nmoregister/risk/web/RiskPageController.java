package org.nmoregister.risk.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.risk.internal.AssessmentView;
import org.nmoregister.risk.internal.DashAnswer;
import org.nmoregister.risk.internal.DashScoring;
import org.nmoregister.risk.internal.RiskAssessmentService;
import org.nmoregister.security.Authorities;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.nmoregister.platform.web.ListFilter;
import org.nmoregister.platform.web.ListPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the force's recent assessments, an assessment, the DASH form, MARAC referral and safety-plan review. */
@Controller
class RiskPageController {

    static final String ANSWER_PREFIX = "answers.";

    private final RiskAssessmentService assessments;
    private final CurrentUsers currentUsers;

    RiskPageController(RiskAssessmentService assessments, CurrentUsers currentUsers) {
        this.assessments = assessments;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/risk/assessments")
    @PreAuthorize(Authorities.CASEWORK)
    String list(@RequestParam(required = false) String page, jakarta.servlet.http.HttpServletRequest request,
                Model model) {
        ListFilter show = ListFilter.of("show", ListFilter.views("recent", "Most recent",
                "to-complete", "To complete", "marac-due", "MARAC referral due"), request);
        model.addAttribute("show", show);
        model.addAttribute("assessments", ListPage.of(switch (show.value()) {
            case "to-complete" -> assessments.toComplete();
            case "marac-due" -> assessments.maracReferralsDue();
            default -> assessments.recent();
        }, page, request));
        return "risk/assessments";
    }

    @GetMapping("/risk/assessments/{id}")
    @PreAuthorize(Authorities.CASEWORK)
    String view(@PathVariable UUID id, Model model) {
        model.addAttribute("a", assessments.view(id));
        model.addAttribute("questionSet", assessments.questionSet());
        model.addAttribute("canAssess", canAssess());
        return "risk/assessment";
    }

    @GetMapping("/risk/assessments/{id}/dash")
    @PreAuthorize(Authorities.RISK_ASSESSORS)
    String form(@PathVariable UUID id, Model model) {
        AssessmentView a = assessments.view(id);
        if (a.isCompleted()) {
            // a correction starts from what was recorded
            Map<String, String> recorded = new LinkedHashMap<>();
            a.answers().forEach((question, answer) -> recorded.put(question, answer.name()));
            model.addAttribute("correctionReason", null);
            return form(a, recorded, a.overrideLevel() == null ? null : a.overrideLevel().name(), a.overrideReason(),
                    null, List.of(), model);
        }
        return form(a, Map.of(), null, null, null, List.of(), model);
    }

    /** Checks the score without saving ({@code action=check}), or completes the assessment. */
    @PostMapping("/risk/assessments/{id}/dash")
    @PreAuthorize(Authorities.RISK_ASSESSORS)
    String submit(@PathVariable UUID id, @RequestParam Map<String, String> params,
                  @RequestParam(required = false) String overrideLevel,
                  @RequestParam(required = false) String overrideReason,
                  @RequestParam(required = false) String correctionReason,
                  @RequestParam(required = false) Long version,
                  @RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
        Map<String, String> answers = new LinkedHashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith(ANSWER_PREFIX)) {
                answers.put(key.substring(ANSWER_PREFIX.length()), value);
            }
        });
        AssessmentView a = assessments.view(id);
        model.addAttribute("correctionReason", correctionReason);
        try {
            if ("check".equals(action)) {
                var set = assessments.questionSet();
                var result = DashScoring.score(set, DashScoring.parseAnswers(set, answers, false), a.earlierBreaches(),
                        DashScoring.parseOverride(overrideLevel, overrideReason));
                return form(a, answers, overrideLevel, overrideReason, result, List.of(), model);
            }
            if (a.isCompleted()) {
                assessments.correct(id, answers, overrideLevel, overrideReason, correctionReason, version);
            } else {
                assessments.complete(id, answers, overrideLevel, overrideReason, version);
            }
        } catch (InvalidRequestException e) {
            return form(a, answers, overrideLevel, overrideReason, null, e.errors(), model);
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
            return form(a, answers, overrideLevel, overrideReason, null, List.of(), model);
        }
        redirect.addFlashAttribute("success", a.isCompleted() ? "The correction is recorded, with what the assessment"
                + " said before." : "The assessment is completed.");
        return "redirect:/risk/assessments/" + id;
    }

    @PostMapping("/risk/assessments/{id}/marac-referral")
    @PreAuthorize(Authorities.RISK_ASSESSORS)
    String referToMarac(@PathVariable UUID id, @RequestParam(required = false) String note,
                        @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        try {
            assessments.referToMarac(id, note, version);
        } catch (ConflictException | InvalidRequestException e) {
            model.addAttribute("problem", e.getMessage());
            return view(id, model);
        }
        redirect.addFlashAttribute("success", "The MARAC referral is recorded.");
        return "redirect:/risk/assessments/" + id;
    }

    @PostMapping("/risk/assessments/{id}/safety-plan-review")
    @PreAuthorize(Authorities.RISK_ASSESSORS)
    String reviewSafetyPlan(@PathVariable UUID id, @RequestParam(required = false) String note,
                            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        try {
            assessments.reviewSafetyPlan(id, note, version);
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
            return view(id, model);
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
            return view(id, model);
        }
        redirect.addFlashAttribute("success", "The safety-plan review is recorded.");
        return "redirect:/risk/assessments/" + id;
    }

    private String form(AssessmentView a, Map<String, String> answers, String overrideLevel, String overrideReason,
                        DashScoring.Result result, List<InvalidRequestException.FieldError> errors, Model model) {
        model.addAttribute("a", a);
        model.addAttribute("questionSet", assessments.questionSet());
        model.addAttribute("answerOptions", DashAnswer.values());
        model.addAttribute("levels", org.nmoregister.risk.RiskLevel.values());
        model.addAttribute("given", answers);
        model.addAttribute("overrideLevel", overrideLevel);
        model.addAttribute("overrideReason", overrideReason);
        model.addAttribute("result", result);
        model.addAttribute("errors", errors);
        model.addAttribute("errorFields", errors.stream().map(InvalidRequestException.FieldError::field).toList());
        return "risk/dash";
    }

    private boolean canAssess() {
        return currentUsers.require().hasAny(Role.OFFICER, Role.SAFEGUARDING, Role.SUPERVISOR);
    }
}
