package org.nmoregister.audit.web;

import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AccessLogPageController {

    private final AccessLog accessLog;

    AccessLogPageController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/access-log")
    @PreAuthorize(Authorities.AUDITORS)
    String page(@RequestParam(required = false) String username, @RequestParam(required = false) String subjectId,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                Model model) {
        model.addAttribute("username", username);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            model.addAttribute("entries", accessLog.search(new AccessLog.Query(username, subjectId,
                    UkTime.parseInput(from), UkTime.parseInput(to), 500)));
        } catch (RuntimeException e) {
            model.addAttribute("errors", java.util.List.of(new org.nmoregister.platform.InvalidRequestException
                    .FieldError("from", "Enter the dates as real dates and times, for example 4 December 2026 at 2:30pm")));
            model.addAttribute("entries", java.util.List.of());
        }
        return "audit/access-log";
    }
}
