package org.nmoregister.safeguarding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.safeguarding.internal.ExpiryPlanning;
import org.nmoregister.safeguarding.internal.ExpiryView;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Safeguarding: expiry planning", description = "Planning for an order's end: the decision taken before it, "
        + "and the orders that lapsed with none")
class ExpiryApiController {

    private final ExpiryPlanning planning;

    ExpiryApiController(ExpiryPlanning planning) {
        this.planning = planning;
    }

    @Schema(description = "What was decided before the order's end, having consulted the victim")
    record DecisionRequest(
            @Schema(allowableValues = {"EXTENSION_APPLIED", "ANOTHER_ORDER", "VICTIM_DECLINES", "NO_FURTHER_ACTION"},
                    example = "EXTENSION_APPLIED") @Size(max = 40) String decision,
            @Schema(description = "What was done or why (required for NO_FURTHER_ACTION)",
                    example = "Applicant to apply on FL403; IDVA helping with the form") @Size(max = 2000) String note) {
    }

    record LapsedPage(java.util.List<ExpiryPlanning.LapsedOrder> items, int page, long total) {
    }

    @GetMapping("/api/v1/safeguarding/expiry/{taskId}")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    @Operation(summary = "An expiry-planning task: the order, the end planned for, when the decision is due, the "
            + "decision once recorded")
    ExpiryView view(@PathVariable UUID taskId) {
        return planning.view(taskId);
    }

    @PostMapping("/api/v1/safeguarding/expiry/{taskId}/decision")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    @Operation(summary = "Record the decision taken before the order's end; the task is done",
            description = "400 naming the field when the decision is missing or unknown, or a reason is missing for no "
                    + "further action; 409 when the task is already closed")
    ExpiryView decide(@PathVariable UUID taskId, @RequestBody DecisionRequest request) {
        return planning.decide(taskId, request.decision(), request.note());
    }

    @GetMapping("/api/v1/safeguarding/expiry/lapsed")
    @PreAuthorize(Authorities.SAFETY_PLANNERS)
    @Operation(summary = "Orders of the force that ended by their own terms with no decision recorded for that end, "
            + "latest first, " + ListPage.SIZE + " a page")
    LapsedPage lapsed(@RequestParam(defaultValue = "1") @Schema(minimum = "1") int page) {
        int number = Math.max(1, Math.min(page, 100_000));
        ExpiryPlanning.Lapsed lapsed = planning.lapsed((number - 1) * ListPage.SIZE, ListPage.SIZE);
        return new LapsedPage(lapsed.items(), number, lapsed.total());
    }
}
