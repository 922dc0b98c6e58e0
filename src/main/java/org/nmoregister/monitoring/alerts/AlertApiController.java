package org.nmoregister.monitoring.alerts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.nmoregister.monitoring.feed.MonitoringAccess;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.web.ListPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Electronic-monitoring alerts: the list (by order, a page at a time), one alert, acknowledging and closing. */
@RestController
@Tag(name = "Electronic monitoring")
class AlertApiController {

    private final AlertService alerts;

    AlertApiController(AlertService alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/api/v1/monitoring/alerts")
    @PreAuthorize(MonitoringAccess.ALERT_READERS)
    @Operation(summary = "Alerts of the user's force, newest first, 25 a page",
            description = "Filter by orderId; open=true leaves out closed alerts. Each: id, kind (ZONE_ENTRY, "
                    + "POSSIBLE_ZONE_ENTRY, DEVICE_TAMPER, SIGNAL_LOST, LOW_BATTERY), at (device time), receivedAt, "
                    + "orderId, distanceMetres, the place by kind and area (its address only to those entitled to a "
                    + "confidential one), status. Listing is written to the access log.")
    AlertService.AlertPage list(@RequestParam(required = false) UUID orderId,
                                @RequestParam(required = false) Boolean open,
                                @RequestParam(required = false) Integer page) {
        int number = page == null ? 1 : page;
        if (number < 1 || number > 100_000) {
            throw new InvalidRequestException("page", "The page must be from 1 to 100000");
        }
        return alerts.list(orderId, Boolean.TRUE.equals(open), number, ListPage.SIZE);
    }

    @GetMapping("/api/v1/monitoring/alerts/{id}")
    @PreAuthorize(MonitoringAccess.ALERT_READERS)
    @Operation(summary = "One alert (the view is written to the access log)")
    AlertService.AlertView one(@PathVariable UUID id) {
        return alerts.read(id);
    }

    /** Nothing to send: {@code {}}. */
    record Acknowledgement() {
    }

    @PostMapping("/api/v1/monitoring/alerts/{id}/acknowledgement")
    @PreAuthorize(MonitoringAccess.ALERT_HANDLERS)
    @Operation(summary = "Acknowledge an alert: someone in the control room has it", description = "409 when it "
            + "is already acknowledged or closed.")
    AlertService.AlertView acknowledge(@PathVariable UUID id, @RequestBody(required = false) Acknowledgement body) {
        return alerts.acknowledge(id);
    }

    /** How the alert ended: {@code outcome} one of AlertOutcome, {@code note} up to 2,000 characters. */
    record Closure(String outcome, String note) {
    }

    @PostMapping("/api/v1/monitoring/alerts/{id}/closure")
    @PreAuthorize(MonitoringAccess.ALERT_HANDLERS)
    @Operation(summary = "Close an alert with its outcome",
            description = "outcome: BREACH_REPORTED, ATTENDED_NO_BREACH, PERMITTED_EXCEPTION, DEVICE_FAULT or "
                    + "NO_ACTION_NEEDED. A zone alert's episode goes on until the device leaves the zone, so points "
                    + "inside after the closure raise nothing new. 409 when already closed.")
    AlertService.AlertView close(@PathVariable UUID id, @RequestBody Closure body) {
        return alerts.close(id, body.outcome(), body.note());
    }
}
