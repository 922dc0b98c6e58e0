package org.nmoregister.audit.web;

import org.nmoregister.audit.AccessLog;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.web.DateInput;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AccessLogPageController {

    /** The newest entries that match, at most: narrower filters reach further back. */
    private static final int NEWEST = 500;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final AccessLog accessLog;

    AccessLogPageController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /**
     * The log, filtered by user, record and the days it covers (GOV.UK date inputs, UK dates: from the start of the
     * first day to the end of the last), newest first, a page at a time.
     */
    @GetMapping("/access-log")
    @PreAuthorize(Authorities.AUDITORS)
    String page(@RequestParam(required = false) String username, @RequestParam(required = false) String subjectId,
                @RequestParam(name = "from-day", required = false) String fromDay,
                @RequestParam(name = "from-month", required = false) String fromMonth,
                @RequestParam(name = "from-year", required = false) String fromYear,
                @RequestParam(name = "to-day", required = false) String toDay,
                @RequestParam(name = "to-month", required = false) String toMonth,
                @RequestParam(name = "to-year", required = false) String toYear,
                @RequestParam(required = false) String page, jakarta.servlet.http.HttpServletRequest request,
                Model model) {
        model.addAttribute("username", username);
        model.addAttribute("subjectId", subjectId);
        DateInput from = new DateInput("from", "From", fromDay, fromMonth, fromYear);
        DateInput to = new DateInput("to", "To", toDay, toMonth, toYear);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = from.read(errors);
        LocalDate last = to.read(errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(new FieldError("to-day", "To must be the same as or after the from date"));
        }
        model.addAttribute("fromWrong", from.wrong(errors));
        model.addAttribute("toWrong", to.wrong(errors));
        List<AccessLog.Entry> entries = List.of();
        if (errors.isEmpty()) {
            entries = accessLog.search(new AccessLog.Query(username, subjectId,
                    first == null ? null : first.atStartOfDay(UK).toInstant(),
                    last == null ? null : last.plusDays(1).atStartOfDay(UK).toInstant(), NEWEST));
        } else {
            model.addAttribute("errors", errors);
        }
        model.addAttribute("entries", ListPage.of(entries, page, request));
        // an order disposed of under the retention schedule is gone: its entries stay (who, when, what) but no longer
        // link to it; its erasure is the newest entry about it, so it is among the entries whenever they reach it
        model.addAttribute("erased", entries.stream().filter(e -> e.action() == org.nmoregister.audit.AccessAction.ERASE)
                .map(AccessLog.Entry::subjectId).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("newestOnly", entries.size() == NEWEST ? NEWEST : null);
        return "audit/access-log";
    }
}
