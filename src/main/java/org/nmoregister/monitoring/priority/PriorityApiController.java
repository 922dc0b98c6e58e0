package org.nmoregister.monitoring.priority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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
@Tag(name = "Monitoring: priority subjects", description = "Respondents the force watches, the register's "
        + "suggestions of whom to watch and why, and IOM or MAPPA flags")
class PriorityApiController {

    private final PrioritySubjects subjects;
    private final Suggestions suggestions;
    private final OffenderFlags flags;

    PriorityApiController(PrioritySubjects subjects, Suggestions suggestions, OffenderFlags flags) {
        this.subjects = subjects;
        this.suggestions = suggestions;
        this.flags = flags;
    }

    @Schema(description = "Make the respondent of an order a priority subject")
    record SubjectRequest(@Schema(description = "An order of the respondent") UUID orderId,
                          @Schema(example = "Three breaches in two months; escalating threats") @Size(max = 2000) String reason,
                          @Schema(example = "DC Priya Shah, IOM team") @Size(max = 200) String ownerName,
                          @Schema(allowableValues = {"OFFENDER_MANAGER", "NEIGHBOURHOOD_OFFICER"}) @Size(max = 40)
                          String ownerRole,
                          LocalDate reviewOn) {
    }

    @Schema(description = "Accept a suggestion: the reason defaults to the suggestion's")
    record AcceptRequest(@Size(max = 2000) String reason, @Size(max = 200) String ownerName,
                         @Schema(allowableValues = {"OFFENDER_MANAGER", "NEIGHBOURHOOD_OFFICER"}) @Size(max = 40)
                         String ownerRole, LocalDate reviewOn) {
    }

    record DismissRequest(@Schema(example = "Already managed by the IOM team") @Size(max = 2000) String reason) {
    }

    record ReviewRequest(LocalDate nextReview, @Size(max = 200) String ownerName, @Size(max = 2000) String note,
                         @Schema(description = "The version read, to refuse a stale change (409)") Integer version) {
    }

    record EndRequest(@Size(max = 2000) String reason, Integer version) {
    }

    record FlagRequest(UUID orderId, @Schema(allowableValues = {"IOM", "MAPPA"}) @Size(max = 10) String kind,
                       @Schema(example = "MAPPA category 1, level 2") @Size(max = 500) String detail) {
    }

    @GetMapping("/api/v1/monitoring/priority-subjects")
    @PreAuthorize(Authorities.MONITORING_READERS)
    @Operation(summary = "The force's priority subjects, those to review first, " + ListPage.SIZE + " a page; "
            + "ended=true for those whose priority ended")
    PrioritySubjects.SubjectPage list(@RequestParam(defaultValue = "1") @Schema(minimum = "1") int page,
                                      @RequestParam(defaultValue = "false") boolean ended) {
        return subjects.list(ended, clamp(page), ListPage.SIZE);
    }

    @PostMapping("/api/v1/monitoring/priority-subjects")
    @PreAuthorize(Authorities.MONITORING_MANAGERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make the respondent of an order a priority subject",
            description = "400 naming each field at fault; 409 when they already are one")
    PrioritySubjects.SubjectView create(@RequestBody SubjectRequest request) {
        return subjects.create(request.orderId(), new PrioritySubjects.NewSubject(request.reason(),
                request.ownerName(), request.ownerRole(), request.reviewOn()));
    }

    @GetMapping("/api/v1/monitoring/priority-subjects/{id}")
    @PreAuthorize(Authorities.MONITORING_READERS)
    @Operation(summary = "A priority subject, with their orders and flags; logged")
    PrioritySubjects.SubjectView view(@PathVariable UUID id) {
        return subjects.view(id);
    }

    @PostMapping("/api/v1/monitoring/priority-subjects/{id}/review")
    @PreAuthorize(Authorities.MONITORING_MANAGERS)
    @Operation(summary = "Record a review: the subject stays a priority until the next review date")
    PrioritySubjects.SubjectView review(@PathVariable UUID id, @RequestBody ReviewRequest request) {
        return subjects.review(id, request.nextReview(), request.ownerName(), request.note(), request.version());
    }

    @PostMapping("/api/v1/monitoring/priority-subjects/{id}/end")
    @PreAuthorize(Authorities.MONITORING_MANAGERS)
    @Operation(summary = "End the priority, with a reason")
    PrioritySubjects.SubjectView end(@PathVariable UUID id, @RequestBody EndRequest request) {
        return subjects.end(id, request.reason(), request.version());
    }

    @GetMapping("/api/v1/monitoring/suggestions")
    @PreAuthorize(Authorities.MONITORING_READERS)
    @Operation(summary = "The register's open suggestions of priority subjects, each with its reason, newest first, "
            + ListPage.SIZE + " a page")
    Suggestions.SuggestionPage suggestions(@RequestParam(defaultValue = "1") @Schema(minimum = "1") int page) {
        return suggestions.open(clamp(page), ListPage.SIZE);
    }

    @GetMapping("/api/v1/monitoring/suggestions/{id}")
    @PreAuthorize(Authorities.MONITORING_READERS)
    @Operation(summary = "One suggestion; logged")
    Suggestions.SuggestionView suggestion(@PathVariable UUID id) {
        return suggestions.view(id);
    }

    @PostMapping("/api/v1/monitoring/suggestions/{id}/acceptance")
    @PreAuthorize(Authorities.MONITORING_MANAGERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Accept the suggestion: the respondent becomes a priority subject",
            description = "409 when the suggestion is no longer open or the respondent already is a subject")
    PrioritySubjects.SubjectView accept(@PathVariable UUID id, @RequestBody AcceptRequest request) {
        return subjects.accept(id, new PrioritySubjects.NewSubject(request.reason(), request.ownerName(),
                request.ownerRole(), request.reviewOn()));
    }

    @PostMapping("/api/v1/monitoring/suggestions/{id}/dismissal")
    @PreAuthorize(Authorities.MONITORING_MANAGERS)
    @Operation(summary = "Dismiss the suggestion with a reason; it is not made again unless something new happens")
    Suggestions.SuggestionView dismiss(@PathVariable UUID id, @RequestBody DismissRequest request) {
        return suggestions.dismiss(id, request.reason());
    }

    @PostMapping("/api/v1/monitoring/offender-flags")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record that an order's respondent is under integrated offender management or MAPPA")
    OffenderFlags.FlagView flag(@RequestBody FlagRequest request) {
        return flags.record(request.orderId(), request.kind(), request.detail());
    }

    @PostMapping("/api/v1/monitoring/offender-flags/{id}/withdrawal")
    @PreAuthorize(Authorities.POINT_OF_CONTACT)
    @Operation(summary = "Withdraw an IOM or MAPPA flag (the respondent left the scheme)")
    OffenderFlags.FlagView withdraw(@PathVariable UUID id) {
        return flags.withdraw(id);
    }

    static int clamp(int page) {
        return Math.max(1, Math.min(page, 100_000));
    }
}
