package org.nmoregister.safeguarding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.nmoregister.safeguarding.internal.SafetyPlanView;
import org.nmoregister.safeguarding.internal.SafetyPlans;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Safeguarding: safety plans", description = "The measures protecting an order's victims, versioned")
class SafetyPlanApiController {

    private final SafetyPlans plans;

    SafetyPlanApiController(SafetyPlans plans) {
        this.plans = plans;
    }

    @Schema(description = "A protective measure in a safety plan")
    record MeasureRequest(
            @Schema(description = "Who it protects: a protected person's name on the order, or \"The children\"",
                    example = "Jane Smith") @Size(max = 200) String person,
            @Schema(allowableValues = {"ORDERS_HELD", "BAIL_CONDITIONS", "DVPN", "DVPO", "DAPN", "DAPO",
                    "LOCATION_OF_INTEREST", "TARGET_HARDENING", "ALARM", "CHILDRENS_SOCIAL_CARE", "SCHOOL_INFORMED",
                    "MARAC", "OTHER"}, example = "ALARM") @Size(max = 40) String kind,
            @Schema(example = "TecSOS phone issued") @Size(max = 1000) String details,
            @Schema(example = "PC 1234 Ellis, public protection unit") @Size(max = 200) String owner,
            @Schema(description = "When it is to be reviewed (today to five years ahead)") LocalDate reviewOn,
            @Schema(description = "When it ends (required for bail conditions, DVPN, DVPO, DAPN, DAPO)")
            LocalDate endsOn) {

        SafetyPlans.MeasureInput input() {
            return new SafetyPlans.MeasureInput(person, kind, details, owner, reviewOn, endsOn);
        }
    }

    @GetMapping("/api/v1/safeguarding/plans/{orderId}")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    @Operation(summary = "The order's safety plan as it stands (version 0 and no measures when none is kept yet)")
    SafetyPlanView plan(@PathVariable UUID orderId) {
        return plans.current(orderId);
    }

    @GetMapping("/api/v1/safeguarding/plans/{orderId}/versions")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    @Operation(summary = "Every version of the plan, newest first, each with who saved it, when and what changed")
    List<SafetyPlanView> versions(@PathVariable UUID orderId) {
        return plans.history(orderId);
    }

    @PostMapping("/api/v1/safeguarding/plans/{orderId}/measures")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    @Operation(summary = "Add a measure (a new version of the plan); a Location of Interest raises the marker on the "
            + "person's address", description = "400 naming each bad field; 409 when someone saved the plan at the "
            + "same moment")
    SafetyPlanView add(@PathVariable UUID orderId, @RequestBody MeasureRequest request) {
        return plans.add(orderId, request.input(), List.of());
    }

    @PutMapping("/api/v1/safeguarding/plans/{orderId}/measures/{measureId}")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    @Operation(summary = "Change a measure (a new version of the plan)")
    SafetyPlanView change(@PathVariable UUID orderId, @PathVariable UUID measureId,
                          @RequestBody MeasureRequest request) {
        return plans.change(orderId, measureId, request.input(), List.of());
    }

    @DeleteMapping("/api/v1/safeguarding/plans/{orderId}/measures/{measureId}")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    @Operation(summary = "Remove a measure (a new version of the plan); its Location of Interest marker is withdrawn")
    SafetyPlanView remove(@PathVariable UUID orderId, @PathVariable UUID measureId) {
        return plans.remove(orderId, measureId);
    }
}
