package org.nmoregister.retention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.retention.internal.Reviews;
import org.nmoregister.retention.internal.RetentionSweep;
import org.nmoregister.retention.internal.Schedules;
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
@Tag(name = "Retention", description = "The retention schedule, the review of cases that fall due, legal holds and "
        + "disposal (DPA 2018 Part 3; the records-management code of practice)")
class RetentionApiController {

    private final Reviews reviews;
    private final Schedules schedules;
    private final RetentionSweep sweep;

    RetentionApiController(Reviews reviews, Schedules schedules, RetentionSweep sweep) {
        this.reviews = reviews;
        this.schedules = schedules;
        this.sweep = sweep;
    }

    @Schema(description = "Keep the case: why (without naming anyone) and when it is reviewed again")
    record RetainRequest(@Schema(example = "Respondent convicted of a further breach in 2025; risk remains")
                         @Size(max = 2000) String reason,
                         @Schema(description = "After today, within ten years", example = "2029-06-30")
                         LocalDate nextReview) {
    }

    @Schema(description = "A legal hold: litigation, a public inquiry or a complaint")
    record HoldRequest(@Schema(allowableValues = {"LITIGATION", "INQUIRY", "COMPLAINT"}) @Size(max = 20) String kind,
                       @Schema(example = "Civil claim KB-2026-001234") @Size(max = 2000) String reason) {
    }

    @Schema(description = "Why: the review's reason, kept in the disposal record (name no one)")
    record ReasonRequest(@Schema(example = "Reviewed: no risk remains, no investigation open") @Size(max = 2000)
                         String reason) {
    }

    record QueuePage(List<Reviews.QueueItem> items, int page, long total) {
    }

    record DisposalPage(List<Reviews.Disposal> items, int page, long total) {
    }

    @GetMapping("/api/v1/retention/queue")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    @Operation(summary = "Cases of the force due for review, the longest overdue first, " + ListPage.SIZE
            + " a page, with the count of legal holds on each")
    QueuePage queue(@RequestParam(defaultValue = "1") @Schema(minimum = "1") int page) {
        int number = Math.max(1, Math.min(page, 100_000));
        var queue = reviews.queue((number - 1) * ListPage.SIZE, ListPage.SIZE);
        return new QueuePage(queue.items(), number, queue.total());
    }

    @GetMapping("/api/v1/retention/cases/{orderId}")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    @Operation(summary = "A case's review: when it is due, its holds, earlier decisions, and its disposal record once "
            + "disposed of")
    Reviews.CaseReview review(@PathVariable UUID orderId) {
        return reviews.review(orderId);
    }

    @PostMapping("/api/v1/retention/cases/{orderId}/retain")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    @Operation(summary = "Retain a case that is due: it leaves the queue until the next review",
            description = "400 naming the field; 409 when the case is not due or was disposed of")
    Reviews.CaseReview retain(@PathVariable UUID orderId, @RequestBody RetainRequest request) {
        return reviews.retain(orderId, request.reason(), request.nextReview());
    }

    @PostMapping("/api/v1/retention/cases/{orderId}/holds")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    @Operation(summary = "Place a legal hold: the case cannot be disposed of until it is lifted")
    Reviews.CaseReview hold(@PathVariable UUID orderId, @RequestBody HoldRequest request) {
        return reviews.hold(orderId, request.kind(), request.reason());
    }

    @PostMapping("/api/v1/retention/cases/{orderId}/holds/{holdId}/lift")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    @Operation(summary = "Lift a legal hold, saying why")
    Reviews.CaseReview lift(@PathVariable UUID orderId, @PathVariable UUID holdId,
                            @RequestBody ReasonRequest request) {
        return reviews.lift(orderId, holdId, request.reason());
    }

    @PostMapping("/api/v1/retention/cases/{orderId}/dispose")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    @Operation(summary = "Dispose of a case that is due: its personal data is removed from every module; the disposal "
            + "record (no personal data) is returned",
            description = "409 while a legal hold is in place, or when the case is not due")
    Reviews.Disposal dispose(@PathVariable UUID orderId, @RequestBody ReasonRequest request) {
        return reviews.dispose(orderId, request.reason());
    }

    @GetMapping("/api/v1/retention/disposals")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    @Operation(summary = "The force's disposal records, newest first, " + ListPage.SIZE + " a page")
    DisposalPage disposals(@RequestParam(defaultValue = "1") @Schema(minimum = "1") int page) {
        int number = Math.max(1, Math.min(page, 100_000));
        return new DisposalPage(reviews.disposals((number - 1) * ListPage.SIZE, ListPage.SIZE), number,
                reviews.countDisposals());
    }

    @GetMapping("/api/v1/retention/schedule")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    @Operation(summary = "The force's retention schedule (its own, or the shipped default)")
    Schedules.ScheduleView schedule() {
        return schedules.view();
    }

    @PutMapping(value = "/api/v1/retention/schedule", consumes = "text/csv")
    @PreAuthorize(Authorities.RETENTION_SCHEDULE_ADMINISTRATORS)
    @Operation(summary = "Replace the force's schedule with a CSV (header record_kind,review_trigger,"
            + "review_after_months,dispose_without_review,basis; one row for every kind)",
            description = "400 naming the row and field of every problem; nothing is changed then")
    Schedules.ScheduleView replace(@RequestBody @Size(max = 100_000) String csv) {
        if (csv != null && csv.length() > 100_000) {
            throw new org.nmoregister.platform.InvalidRequestException("file", "must be at most 100,000 characters");
        }
        return schedules.replace(csv);
    }

    @PostMapping("/api/v1/retention/sweep")
    @PreAuthorize(Authorities.RETENTION_SCHEDULE_ADMINISTRATORS)
    @Operation(summary = "Run the retention sweep now (it runs every night on one instance): works out every case's "
            + "review date")
    RetentionSweep.Result sweep() {
        return sweep.sweep();
    }

    @GetMapping(value = "/api/v1/retention/schedule.csv", produces = "text/csv")
    @PreAuthorize(Authorities.RECORDS_REVIEWERS)
    @Operation(summary = "The force's schedule as CSV, in the shape an upload takes")
    String scheduleCsv() {
        return schedules.csv();
    }
}
