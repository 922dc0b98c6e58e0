package org.nmoregister.audit.web;

import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.platform.web.UkTime;
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

    private final AccessLog accessLog;

    AccessLogPageController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/access-log")
    @PreAuthorize(Authorities.AUDITORS)
    String page(@RequestParam(required = false) String username, @RequestParam(required = false) String subjectId,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String page, jakarta.servlet.http.HttpServletRequest request,
                Model model) {
        model.addAttribute("username", username);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        java.util.List<AccessLog.Entry> entries;
        try {
            entries = accessLog.search(new AccessLog.Query(username, subjectId,
                    UkTime.parseInput(from), UkTime.parseInput(to), NEWEST));
        } catch (RuntimeException e) {
            model.addAttribute("errors", java.util.List.of(new org.nmoregister.platform.InvalidRequestException
                    .FieldError("from", "Enter the dates as real dates and times, for example 4 December 2026 at 2:30pm")));
            entries = java.util.List.of();
        }
        model.addAttribute("entries", ListPage.of(entries, page, request));
        model.addAttribute("newestOnly", entries.size() == NEWEST ? NEWEST : null);
        return "audit/access-log";
    }
}
