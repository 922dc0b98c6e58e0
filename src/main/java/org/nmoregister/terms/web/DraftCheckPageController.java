package org.nmoregister.terms.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.terms.CorrectedDraft;
import org.nmoregister.terms.OrderContext;
import org.nmoregister.terms.TermsChecker;
import org.nmoregister.terms.TermsReading;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The draft checker page for applicants and advisers: paste proposed wording, see how the police would read each
 * term and what to change. No sign-in; nothing is stored; rate-limited like the API.
 */
@Controller
@PreAuthorize("permitAll()")
class DraftCheckPageController {

    private final TermsChecker checker;
    private final DraftCheckRateLimiter limiter;

    DraftCheckPageController(TermsChecker checker, DraftCheckRateLimiter limiter) {
        this.checker = checker;
        this.limiter = limiter;
    }

    @GetMapping("/draft-check")
    String form(Model model) {
        model.addAttribute("form", new LinkedHashMap<String, String>());
        model.addAttribute("types", ContextParser.TYPES);
        return "terms/draft-check";
    }

    @PostMapping("/draft-check")
    String check(@RequestParam Map<String, String> params, HttpServletRequest request, HttpServletResponse response,
                 Model model) {
        Map<String, String> form = new LinkedHashMap<>(params);
        form.remove("_csrf");
        model.addAttribute("form", form);
        model.addAttribute("types", ContextParser.TYPES);
        long wait = limiter.acquire(request.getRemoteAddr());
        if (wait > 0) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            model.addAttribute("errors", List.of(new FieldError("text",
                    "You have made too many checks in a short time. Try again in " + wait + " seconds.")));
            return "terms/draft-check";
        }
        List<FieldError> errors = new ArrayList<>();
        String text = params.getOrDefault("text", "");
        if (text.isBlank()) {
            errors.add(new FieldError("text", "Enter the wording you want to check"));
        } else if (text.length() > TermsChecker.MAX_TEXT_LENGTH) {
            errors.add(new FieldError("text", "The wording must be " + TermsChecker.MAX_TEXT_LENGTH
                    + " characters or fewer: paste the order's terms only"));
        }
        ContextParser.Raw raw = new ContextParser.Raw(params.get("type"), yesNo(params.get("withoutNotice")),
                params.get("madeAt"), params.get("endsAt"), "yes".equals(params.get("untilFurtherOrder")) ? true : null,
                params.get("returnHearingAt"), params.get("servedAt"), yesNo(params.get("penalNotice")),
                params.get("respondentDateOfBirth"), yesNo(params.get("childrenInCommon")));
        OrderContext context = ContextParser.parse(raw, "", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", errors);
            return "terms/draft-check";
        }
        TermsReading reading;
        try {
            reading = checker.check(text, context);
        } catch (IllegalArgumentException | InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", List.of(new FieldError("text", e.getMessage())));
            return "terms/draft-check";
        }
        model.addAttribute("reading", TermsCheckResponse.of(reading));
        model.addAttribute("correctedDraft", CorrectedDraft.of(text, reading.findings()).orElse(null));
        Map<Integer, List<TermsCheckResponse.FindingView>> byClause = new LinkedHashMap<>();
        List<TermsCheckResponse.FindingView> orderFindings = new ArrayList<>();
        for (var f : TermsCheckResponse.of(reading).findings()) {
            if (f.clauseIndex() == null) {
                orderFindings.add(f);
            } else {
                byClause.computeIfAbsent(f.clauseIndex(), k -> new ArrayList<>()).add(f);
            }
        }
        model.addAttribute("findingsByClause", byClause);
        model.addAttribute("orderFindings", orderFindings);
        return "terms/draft-check";
    }

    private static Boolean yesNo(String value) {
        if ("yes".equals(value)) {
            return true;
        }
        return "no".equals(value) ? false : null;
    }
}
