package org.nmoregister.terms.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.web.DateInput;
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
        model.addAttribute("dates", dates(Map.of()));
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
        Map<String, DateInput> dates = dates(request.getParameterMap());
        model.addAttribute("dates", dates);
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
        Map<String, String> typed = new LinkedHashMap<>();
        dates.forEach((name, date) -> typed.put(name, DateInput.sent(name, request.getParameterMap())
                ? iso(date.read(errors)) : params.get(name)));
        ContextParser.Raw raw = new ContextParser.Raw(params.get("type"), yesNo(params.get("withoutNotice")),
                typed.get("madeAt"), typed.get("endsAt"),
                "yes".equals(params.get("untilFurtherOrder")) ? true : null, typed.get("returnHearingAt"),
                typed.get("servedAt"), yesNo(params.get("penalNotice")), typed.get("respondentDateOfBirth"),
                yesNo(params.get("childrenInCommon")));
        List<FieldError> dateErrors = new ArrayList<>(errors);
        errors.clear();
        OrderContext context = ContextParser.parse(raw, "", errors);
        // the rules' errors about a whole date ("ends before it was made") go to its first box, said of the question
        errors.replaceAll(e -> DATE_LABELS.containsKey(e.field()) ? new FieldError(e.field() + "-day",
                sentence(DATE_LABELS.get(e.field()), e.reason())) : e);
        errors.addAll(0, dateErrors.stream().filter(e -> errors.stream().noneMatch(
                f -> f.field().startsWith(e.field().replaceFirst("-(day|month|year)$", "") + "-"))).toList());
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

    /** The dates the checker asks, in the order of the page, with the words an error names each by. */
    static final Map<String, String> DATE_LABELS = orderedLabels();

    private static Map<String, String> orderedLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("madeAt", "Date made");
        labels.put("endsAt", "End date");
        labels.put("returnHearingAt", "Return hearing date");
        labels.put("servedAt", "Date served");
        labels.put("respondentDateOfBirth", "Respondent's date of birth");
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** Each date question's boxes as typed (or empty); an older single value is shown in them when it reads. */
    private static Map<String, DateInput> dates(Map<String, String[]> parameters) {
        Map<String, DateInput> out = new LinkedHashMap<>();
        DATE_LABELS.forEach((name, label) -> {
            if (DateInput.sent(name, parameters)) {
                out.put(name, DateInput.of(name, label, parameters));
            } else {
                String[] single = parameters.get(name);
                java.time.LocalDate held = null;
                try {
                    held = single == null || single[0].isBlank() ? null : java.time.LocalDate.parse(single[0].strip());
                } catch (java.time.format.DateTimeParseException unreadable) {
                    // shown empty; the rules name the question
                }
                out.put(name, DateInput.of(name, label, held));
            }
        });
        return out;
    }

    private static String iso(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String sentence(String label, String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            return label + " is not valid";
        }
        return r.matches("(is|are|must|cannot|should) .*") ? label + " " + r
                : Character.toUpperCase(r.charAt(0)) + r.substring(1);
    }

    private static Boolean yesNo(String value) {
        if ("yes".equals(value)) {
            return true;
        }
        return "no".equals(value) ? false : null;
    }
}
