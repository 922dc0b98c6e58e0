package org.nmoregister.risk.web;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.risk.internal.AssessmentView;
import org.nmoregister.risk.internal.DashAnswer;
import org.nmoregister.risk.internal.DashQuestionSet;
import org.nmoregister.risk.internal.DashScoring;
import org.nmoregister.risk.internal.RiskAssessmentService;
import org.nmoregister.security.Authorities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Risk", description = "DASH risk assessments: the question set, scoring, MARAC referral, safety-plan review")
class RiskApiController {

    private final RiskAssessmentService assessments;

    RiskApiController(RiskAssessmentService assessments) {
        this.assessments = assessments;
    }

    @Schema(description = "A professional-judgement override: any level, with the reason")
    record OverrideRequest(@Schema(example = "HIGH", allowableValues = {"STANDARD", "MEDIUM", "HIGH"}) String level,
                           @Schema(example = "Victim describes escalating threats since separation") @Size(max = 2000) String reason) {
    }

    @Schema(description = "Answers keyed by question id (GET /api/v1/risk/dash/questions)")
    record CalculationRequest(
            @Schema(example = "{\"q1\": \"YES\", \"q2\": \"NO\", \"q3\": \"NOT_KNOWN\"}") Map<String, String> answers,
            @Schema(description = "Breaches of orders protecting the same victim in the escalation window before this one")
            Integer earlierBreaches,
            OverrideRequest override) {
    }

    record CalculationResponse(String questionSet, String version, int score, String level, String computedLevel,
                               boolean marac, boolean escalated, boolean potentialEscalation, int notKnown,
                               int unanswered, List<String> reasons) {
    }

    record CompletionRequest(@Size(max = 100) Map<@Size(max = 40) String, @Size(max = 20) String> answers,
                             @Valid OverrideRequest override,
                             @Schema(description = "The assessment's version as read; a stale one is refused (409)")
                             Long version) {
    }

    record CorrectionRequest(@Size(max = 100) Map<@Size(max = 40) String, @Size(max = 20) String> answers,
                             @Valid OverrideRequest override,
                             @Schema(description = "Why the assessment is corrected (required)",
                                     example = "Q12 recorded as NO in error: the victim said the children were threatened")
                             @Size(max = 2000) String reason, Long version) {
    }

    record NoteRequest(@Size(max = 2000) String note, Long version) {
    }

    @PostMapping("/api/v1/risk/dash")
    @PreAuthorize(Authorities.STAFF)
    @Operation(summary = "Score DASH answers against the active question set (nothing is stored)",
            description = "The score is the number of YES answers; the level follows the set's thresholds, a repeat "
                    + "breach raises it, a professional-judgement override (reason required) sets it. 400 names "
                    + "each bad field, e.g. answers.q7.")
    CalculationResponse calculate(@RequestBody(required = false) CalculationRequest request) {
        CalculationRequest body = request == null ? new CalculationRequest(Map.of(), null, null) : request;
        // One 400 with every bad field: answers and override are checked before either is refused.
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        Map<String, DashAnswer> answers = Map.of();
        DashScoring.Override override = null;
        try {
            answers = DashScoring.parseAnswers(assessments.questionSet(), body.answers(), false);
        } catch (InvalidRequestException e) {
            errors.addAll(e.errors());
        }
        try {
            override = body.override() == null ? null
                    : DashScoring.requireOverride(body.override().level(), body.override().reason());
        } catch (InvalidRequestException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        var result = DashScoring.score(assessments.questionSet(), answers,
                body.earlierBreaches() == null ? 0 : body.earlierBreaches(), override);
        return new CalculationResponse(result.questionSet(), result.version(), result.score(), result.level().name(),
                result.computedLevel().name(), result.marac(), result.escalated(), result.potentialEscalation(),
                result.notKnown(), result.unanswered(), result.reasons());
    }

    @GetMapping("/api/v1/risk/dash/questions")
    @PreAuthorize(Authorities.STAFF)
    @Operation(summary = "The active DASH question set: questions, version, thresholds and escalation rules")
    DashQuestionSet questions() {
        return assessments.questionSet();
    }

    @GetMapping("/api/v1/risk/assessments/{id}")
    @PreAuthorize(Authorities.CASEWORK)
    @Operation(summary = "A risk assessment of the user's force (names the victim: the read is logged)")
    AssessmentView read(@PathVariable UUID id) {
        return assessments.view(id);
    }

    @PostMapping("/api/v1/risk/assessments/{id}/answers")
    @PreAuthorize(Authorities.RISK_ASSESSORS)
    @Operation(summary = "Complete the assessment: every question answered, optional professional-judgement override",
            description = "409 if already completed or the version is stale; 400 naming each missing or bad answer")
    AssessmentView complete(@PathVariable UUID id, @RequestBody CompletionRequest request) {
        return assessments.complete(id, request.answers(),
                request.override() == null ? null : request.override().level(),
                request.override() == null ? null : request.override().reason(), request.version());
    }

    @PostMapping("/api/v1/risk/assessments/{id}/correction")
    @PreAuthorize(Authorities.RISK_ASSESSORS)
    @Operation(summary = "Correct a completed assessment: every question answered again, any override, and the reason;"
            + " what it said before is kept with who corrected it, when and why",
            description = "409 if not completed, the version is stale or the question set has changed since; 400"
                    + " naming each missing or bad answer, a missing reason, or a correction that changes nothing")
    AssessmentView correct(@PathVariable UUID id, @RequestBody CorrectionRequest request) {
        return assessments.correct(id, request.answers(),
                request.override() == null ? null : request.override().level(),
                request.override() == null ? null : request.override().reason(), request.reason(), request.version());
    }

    @PostMapping("/api/v1/risk/assessments/{id}/marac-referral")
    @PreAuthorize(Authorities.RISK_ASSESSORS)
    @Operation(summary = "Record the referral to the MARAC (only when required: HIGH or potential escalation)")
    AssessmentView referToMarac(@PathVariable UUID id, @RequestBody(required = false) NoteRequest request) {
        return assessments.referToMarac(id, request == null ? null : request.note(),
                request == null ? null : request.version());
    }

    @PostMapping("/api/v1/risk/assessments/{id}/safety-plan-review")
    @PreAuthorize(Authorities.RISK_ASSESSORS)
    @Operation(summary = "Record the review of the victim's safety plan after the breach (note required)")
    AssessmentView reviewSafetyPlan(@PathVariable UUID id, @RequestBody(required = false) NoteRequest request) {
        return assessments.reviewSafetyPlan(id, request == null ? null : request.note(),
                request == null ? null : request.version());
    }
}
