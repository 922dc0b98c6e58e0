package org.nmoregister.retention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.retention.FactKind;
import org.nmoregister.retention.PartyFact;
import org.nmoregister.retention.Rectification;
import org.nmoregister.retention.internal.Rectifications;
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

/** The right to rectification (DPA 2018 s.46) over the API: the facts a case holds, and a decision on one. */
@RestController
@Tag(name = "Subject access", description = "A person's right of access (DPA 2018 s.45): everything the register "
        + "holds about them, with what would reveal someone else marked for redaction")
class RectificationApiController {

    private final Rectifications rectifications;

    RectificationApiController(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @GetMapping("/api/v1/subject-access/cases/{orderId}/facts")
    @PreAuthorize(Authorities.SUBJECT_ACCESS)
    @Operation(summary = "The parties' names, dates of birth and addresses the case holds now, each saying whether"
            + " its accuracy is contested; logged")
    List<PartyFact> facts(@PathVariable UUID orderId) {
        return rectifications.facts(orderId);
    }

    @Schema(description = "A request to put a recorded fact right, and the decision on it")
    record RectificationRequest(
            @Schema(description = "The case whose record holds the fact") UUID orderId,
            @Schema(description = "The party's part", example = "RESPONDENT") @Size(max = 30) String role,
            @Schema(description = "The party's name as recorded") @Size(max = 300) String personName,
            @Schema(description = "Which fact") FactKind fact,
            @Schema(description = "The value the record holds, as read from the facts") @Size(max = 500)
            String heldValue,
            @Schema(description = "What it should say (a date of birth as yyyy-mm-dd); needed to rectify")
            @Size(max = 500) String correctedValue,
            @Schema(description = "Why the decision was made") @Size(max = 2000) String reason,
            @Schema(description = "Who asked, and how", example = "The respondent, by letter of 1 December 2026")
            @Size(max = 300) String requestedBy,
            @Schema(description = "RECTIFY, or RESTRICT where the accuracy is contested and cannot be settled")
            Rectifications.Decision decision) {
    }

    @PostMapping("/api/v1/subject-access/rectifications")
    @PreAuthorize(Authorities.SUBJECT_ACCESS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Decide a request for rectification: the fact is corrected by the module that holds it (an"
            + " order: a new version with the reason) or marked contested; kept and logged",
            description = "400 naming the field; 404 when no record of the force holds the fact.")
    Rectifications.RectificationView decide(@RequestBody RectificationRequest request) {
        if (request == null) {
            throw new InvalidRequestException("orderId", "is required");
        }
        return rectifications.decide(new Rectification(request.orderId(), request.role(), request.personName(),
                request.fact(), request.heldValue(), request.correctedValue(), request.reason(),
                request.requestedBy()), request.decision());
    }

    @GetMapping("/api/v1/subject-access/rectifications")
    @PreAuthorize(Authorities.SUBJECT_ACCESS)
    @Operation(summary = "The decisions on a case's facts, newest first: who asked, which fact, the value held and"
            + " corrected, the decision, who, when and why")
    List<Rectifications.RectificationView> forCase(@RequestParam UUID orderId) {
        return rectifications.forCase(orderId);
    }
}
