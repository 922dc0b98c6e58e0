package org.nmoregister.monitoring.duties;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Monitoring: DAPO notification duties", description = "A DAPO's notification requirements, the "
        + "respondent's duties to notify names and home address, the notifications received")
class DutyApiController {

    private final DapoRequirements requirements;
    private final NotificationDuties duties;

    DutyApiController(DapoRequirements requirements, NotificationDuties duties) {
        this.requirements = requirements;
        this.duties = duties;
    }

    record RequirementsRequest(Boolean notification,
                               @Schema(allowableValues = {"SERVICE", "ORDER"}) @Size(max = 10) String from,
                               Boolean electronicMonitoring, @Size(max = 2000) String note) {
    }

    record AddressRequest(@Size(max = 200) String line1, @Size(max = 200) String line2, @Size(max = 100) String town,
                          @Size(max = 10) String postcode, boolean confidential) {
    }

    record NotificationRequest(Instant receivedAt, @Schema(example = "Northtown police station") @Size(max = 200)
                               String where, @Schema(description = "Every name used, one a line") @Size(max = 1000)
                               String names, Boolean noFixedAbode, @Valid AddressRequest address,
                               @Schema(description = "For a change: the day it happened") LocalDate changedOn) {
    }

    record ChangeRequest(LocalDate changedOn, @Size(max = 200) String what) {
    }

    @PutMapping("/api/v1/monitoring/orders/{orderId}/dapo-requirements")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    @Operation(summary = "Record a DAPO's requirements where its terms do not say; the first duty follows")
    DapoRequirements.Requirements record(@PathVariable UUID orderId, @RequestBody RequirementsRequest r) {
        return requirements.record(orderId, r.notification(), r.from(), r.electronicMonitoring(), r.note());
    }

    @GetMapping("/api/v1/monitoring/orders/{orderId}/duties")
    @PreAuthorize(Authorities.MONITORING_READERS)
    @Operation(summary = "The order's notification duties with the notifications received; logged")
    List<NotificationDuties.DutyView> ofOrder(@PathVariable UUID orderId) {
        return duties.ofOrderLogged(orderId);
    }

    @PostMapping("/api/v1/monitoring/orders/{orderId}/notifications")
    @PreAuthorize(Authorities.NOTIFICATION_RECORDERS)
    @Operation(summary = "Record a notification the respondent gave: names, home address or no fixed abode",
            description = "With changedOn it notifies a change, due three days from it; otherwise it meets the first "
                    + "duty. 400 naming each field at fault; 409 when the order imposes no notification requirement")
    NotificationDuties.DutyView notify(@PathVariable UUID orderId, @RequestBody NotificationRequest r) {
        var a = r.address();
        return duties.receive(orderId, new NotificationDuties.NewNotification(r.receivedAt(), r.where(), r.names(),
                r.noFixedAbode(), a == null ? null : new NotificationDuties.NotifiedAddress(a.line1(), a.line2(),
                a.town(), a.postcode(), a.confidential()), r.changedOn()));
    }

    @PostMapping("/api/v1/monitoring/orders/{orderId}/changes")
    @PreAuthorize(Authorities.NOTIFICATION_RECORDERS)
    @Operation(summary = "Record a change of name or address the police know of; its notification is due in three "
            + "days")
    NotificationDuties.DutyView change(@PathVariable UUID orderId, @RequestBody ChangeRequest r) {
        return duties.knownChange(orderId, r.changedOn(), r.what());
    }

    @GetMapping("/api/v1/monitoring/duties")
    @PreAuthorize(Authorities.MONITORING_READERS)
    @Operation(summary = "The force's duties: open (unmet, soonest due first) or raised (raised as possible breaches), "
            + ListPage.SIZE + " a page")
    NotificationDuties.DutyPage list(@RequestParam(defaultValue = "open") @Schema(allowableValues = {"open",
            "raised"}) String view, @RequestParam(defaultValue = "1") @Schema(minimum = "1") int page) {
        return duties.list("raised".equals(view) ? "raised" : "open", Math.max(1, Math.min(page, 100_000)),
                ListPage.SIZE);
    }

    @GetMapping("/api/v1/monitoring/duties/{id}")
    @PreAuthorize(Authorities.MONITORING_READERS)
    @Operation(summary = "One duty, with the order's text once raised and the notifications received; logged")
    NotificationDuties.DutyView view(@PathVariable UUID id) {
        return duties.view(id);
    }
}
