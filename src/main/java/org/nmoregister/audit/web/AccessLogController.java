package org.nmoregister.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.security.Authorities;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Access log", description = "Who consulted or changed what, when and why (DPA 2018 s.62)")
class AccessLogController {

    private final AccessLog accessLog;

    AccessLogController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/api/v1/access-log")
    @PreAuthorize(Authorities.AUDITORS)
    @Operation(summary = "The force's access-log entries, newest first")
    List<AccessLog.Entry> search(@RequestParam(required = false) String username,
                                 @RequestParam(required = false) String subjectId,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                 @RequestParam(defaultValue = "200") int limit) {
        return accessLog.search(new AccessLog.Query(username, subjectId, from, to, limit));
    }
}
