package org.nmoregister.monitoring.checks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.security.Authorities;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Monitoring: proactive checks", description = "Plans of checks on an order or a priority subject: "
        + "reassurance contact or visits, patrols, engagement with the respondent")
class CheckApiController {

    private final ProactiveChecks checks;

    CheckApiController(ProactiveChecks checks) {
        this.checks = checks;
    }

    record CheckRequest(UUID orderId, @Schema(description = "The priority subject it is planned for, if any")
                        UUID subjectId,
                        @Schema(allowableValues = {"REASSURANCE_CONTACT", "REASSURANCE_VISIT", "PATROL",
                                "RESPONDENT_ENGAGEMENT"}) @Size(max = 40) String kind,
                        @Size(max = 200) String ownerName, UUID districtId, LocalDate dueOn,
                        @Size(max = 2000) String note) {
    }

    record ResultRequest(@Schema(allowableValues = {"NO_CONCERN", "CONCERN", "POSSIBLE_BREACH", "NOT_DONE"})
                         @Size(max = 40) String result, @Size(max = 2000) String note, Integer version) {
    }

    @PostMapping("/api/v1/monitoring/checks")
    @PreAuthorize(Authorities.MONITORING_MANAGERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a check on an order (and a priority subject)")
    ProactiveChecks.CheckView plan(@RequestBody CheckRequest r) {
        return checks.plan(new ProactiveChecks.NewCheck(r.orderId(), r.subjectId(), r.kind(), r.ownerName(),
                r.districtId(), r.dueOn(), r.note()));
    }

    @GetMapping("/api/v1/monitoring/checks")
    @PreAuthorize(Authorities.CHECK_OFFICERS)
    @Operation(summary = "Checks not yet done (in a district, or all), overdue first, " + ListPage.SIZE + " a page")
    ProactiveChecks.CheckPage outstanding(@RequestParam(required = false) UUID districtId,
                                          @RequestParam(defaultValue = "false") boolean overdue,
                                          @RequestParam(defaultValue = "1") @Schema(minimum = "1") int page) {
        return checks.outstanding(districtId, overdue, Math.max(1, Math.min(page, 100_000)), ListPage.SIZE);
    }

    @GetMapping("/api/v1/monitoring/checks/{id}")
    @PreAuthorize(Authorities.CHECK_OFFICERS)
    @Operation(summary = "One check; logged")
    ProactiveChecks.CheckView view(@PathVariable UUID id) {
        return checks.view(id);
    }

    @GetMapping("/api/v1/monitoring/orders/{orderId}/checks")
    @PreAuthorize(Authorities.MONITORING_READERS)
    @Operation(summary = "The plan of checks of an order; logged")
    List<ProactiveChecks.CheckView> ofOrder(@PathVariable UUID orderId) {
        return checks.ofOrder(orderId);
    }

    @PostMapping("/api/v1/monitoring/checks/{id}/result")
    @PreAuthorize(Authorities.CHECK_OFFICERS)
    @Operation(summary = "Record what the check found, once",
            description = "A note is required unless there was no concern; 409 when already recorded")
    ProactiveChecks.CheckView result(@PathVariable UUID id, @RequestBody ResultRequest r) {
        return checks.record(id, r.result(), r.note(), r.version());
    }
}
