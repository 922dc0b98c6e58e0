package org.nmoregister.risk.internal;

import org.nmoregister.platform.TextLimits;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.risk.RiskAssessments;
import org.nmoregister.risk.RiskCase;
import org.nmoregister.risk.RiskLevel;
import org.nmoregister.risk.RiskSummary;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * DASH assessments of the signed-in user's force: opened once per source record, completed with the victim's
 * answers against the active question set, then referred to the MARAC and followed by a safety-plan review. Another
 * force's assessment does not exist for the user (404). Every read and change is written to the access log: an
 * assessment names a victim and says how much danger they are in.
 */
@Service
public class RiskAssessmentService implements RiskAssessments {

    static final String SUBJECT = "risk-assessment";

    private final RiskAssessmentRepository assessments;
    private final RiskAssessmentCorrectionRepository corrections;
    private final DashQuestionSet questionSet;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final JsonMapper json;
    private final Clock clock;
    private final Confidentiality confidentiality;

    RiskAssessmentService(RiskAssessmentRepository assessments, RiskAssessmentCorrectionRepository corrections,
                          DashQuestionSet questionSet, CurrentUsers currentUsers, AccessLog accessLog, JsonMapper json,
                          Clock clock, Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
        this.assessments = assessments;
        this.corrections = corrections;
        this.questionSet = questionSet;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.json = json;
        this.clock = clock;
    }

    public DashQuestionSet questionSet() {
        return questionSet;
    }

    @Override
    @Transactional
    public UUID open(RiskCase riskCase) {
        CurrentUser user = currentUsers.require();
        RiskAssessmentEntity entity = openFor(riskCase, user.forceId(), user.username());
        if (entity != null) {
            accessLog.record(AccessAction.COLLECT, SUBJECT, entity.id.toString(), null,
                    "DASH assessment opened for " + entity.sourceType + " " + entity.sourceId);
        }
        return assessments.findByForceIdAndSourceTypeAndSourceId(user.forceId(), riskCase.sourceType().strip(),
                riskCase.sourceId()).orElseThrow().id;
    }

    /**
     * Opens the assessment in the force on behalf of {@code openedBy}, with no signed-in user: for a listener told of
     * the case by an event. Returns the assessment when this call opened it, null when one was already open for the
     * same source (an event delivered again opens nothing twice).
     */
    @Transactional
    RiskAssessmentEntity openFor(RiskCase riskCase, UUID forceId, String openedBy) {
        validate(riskCase);
        int inserted = assessments.openIfAbsent(UUID.randomUUID(), forceId, riskCase.sourceType().strip(),
                riskCase.sourceId(), riskCase.orderId(), riskCase.victimName().strip(), riskCase.reason().strip(),
                riskCase.earlierBreaches(), questionSet.id(), questionSet.version(), clock.instant(), openedBy);
        if (inserted != 1) {
            return null;
        }
        RiskAssessmentEntity entity = assessments.findByForceIdAndSourceTypeAndSourceId(forceId,
                riskCase.sourceType().strip(), riskCase.sourceId()).orElseThrow();
        // What the case already says before any question is asked: repeat breaches escalate it, and enough
        // incidents in the window make a MARAC referral required whatever the answers.
        var before = DashScoring.score(questionSet, Map.of(), riskCase.earlierBreaches(), null);
        entity.escalated = before.escalated();
        entity.potentialEscalation = before.potentialEscalation();
        entity.maracRequired = before.potentialEscalation();
        return entity;
    }

    @Override
    @Transactional
    public Optional<RiskSummary> forSource(String sourceType, UUID sourceId) {
        if (sourceType == null || sourceId == null) {
            return Optional.empty();
        }
        return assessments.findByForceIdAndSourceTypeAndSourceId(currentUsers.require().forceId(), sourceType, sourceId)
                .map(entity -> {
                    accessLog.record(AccessAction.VIEW, SUBJECT, entity.id.toString(), null,
                            "Risk summary for " + sourceType + " " + sourceId);
                    return summary(entity);
                });
    }

    @Override
    @Transactional
    public java.util.Map<UUID, RiskSummary> forSources(String sourceType, java.util.Collection<UUID> sourceIds) {
        if (sourceType == null || sourceIds == null || sourceIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, RiskSummary> found = new java.util.HashMap<>();
        for (RiskAssessmentEntity entity : assessments.findByForceIdAndSourceTypeAndSourceIdIn(
                currentUsers.require().forceId(), sourceType, sourceIds)) {
            found.put(entity.sourceId, summary(entity));
        }
        if (!found.isEmpty()) {
            accessLog.record(AccessAction.SEARCH, SUBJECT, sourceType, null,
                    "Risk summaries for " + found.size() + " " + sourceType + " record(s) in a list");
        }
        return found;
    }

    @Override
    public Period escalationWindow() {
        return Period.ofMonths(questionSet.escalation().windowMonths());
    }

    /** The assessment, if it belongs to the user's force; the read is logged. */
    @Transactional
    public AssessmentView view(UUID id) {
        RiskAssessmentEntity entity = find(id);
        accessLog.record(AccessAction.VIEW, SUBJECT, id.toString(), null, "DASH assessment of " + entity.victimName);
        return view(entity);
    }

    /** The force's most recent assessments, newest first; the listing is logged. */
    @Transactional
    public List<AssessmentView> recent() {
        var found = assessments.findTop100ByForceIdOrderByOpenedAtDesc(currentUsers.require().forceId());
        accessLog.record(AccessAction.SEARCH, SUBJECT, "-", null, "Listed " + found.size() + " recent assessments");
        return views(found);
    }

    /** The force's assessments not yet completed, oldest first: the victim is still to be asked the questions. */
    @Transactional(readOnly = true)
    public List<AssessmentView> toComplete() {
        var found = assessments.findByForceIdAndCompletedAtIsNullOrderByOpenedAtAsc(currentUsers.require().forceId());
        accessLog.record(AccessAction.SEARCH, SUBJECT, "to complete", null,
                "Listed " + found.size() + " assessments to complete");
        return views(found);
    }

    /** The force's assessments whose MARAC referral is required and not yet made, oldest first. */
    @Transactional(readOnly = true)
    public List<AssessmentView> maracReferralsDue() {
        var found = assessments.findByForceIdAndMaracRequiredTrueAndMaracReferredAtIsNullOrderByOpenedAtAsc(
                currentUsers.require().forceId());
        accessLog.record(AccessAction.SEARCH, SUBJECT, "MARAC referral due", null,
                "Listed " + found.size() + " assessments with a MARAC referral due");
        return views(found);
    }

    /** How many {@link #toComplete} and {@link #maracReferralsDue} list: counts, not a consultation. */
    @Transactional(readOnly = true)
    public long[] toDoCounts() {
        var force = currentUsers.require().forceId();
        return new long[] {assessments.countByForceIdAndCompletedAtIsNull(force),
                assessments.countByForceIdAndMaracRequiredTrueAndMaracReferredAtIsNull(force)};
    }

    /**
     * Records the victim's answers (every question) and any professional-judgement override, and scores them
     * against the active question set.
     */
    @Transactional
    public AssessmentView complete(UUID id, Map<String, String> answers, String overrideLevel, String overrideReason,
                                   Long expectedVersion) {
        TextLimits.atMost("override.reason", overrideReason, 2000);
        RiskAssessmentEntity entity = find(id);
        checkVersion(entity, expectedVersion);
        if (entity.completedAt != null) {
            throw new ConflictException("The assessment was completed on " + entity.completedAt + " by "
                    + entity.completedBy + ". To change it, correct it with the reason; a new breach opens a new"
                    + " assessment.");
        }
        Scored scored = score(entity, answers, overrideLevel, overrideReason, List.of());
        CurrentUser user = currentUsers.require();
        entity.completedAt = clock.instant();
        entity.completedBy = user.username();
        entity.questionSet = questionSet.id();
        entity.questionSetVersion = questionSet.version();
        apply(entity, scored);
        assessments.saveAndFlush(entity);
        accessLog.record(AccessAction.CHANGE, SUBJECT, id.toString(), null, "DASH completed: score " + entity.score
                + ", level " + entity.level + (scored.override() == null ? "" : " (professional judgement)"));
        return view(entity);
    }

    /**
     * Corrects a completed assessment: the answers (every question again) and any professional-judgement override,
     * with the reason, which is required. What it said before is kept with who corrected it, when and why. A MARAC
     * referral already made stands; a correction that makes one necessary puts it on the list of referrals due.
     */
    @Transactional
    public AssessmentView correct(UUID id, Map<String, String> answers, String overrideLevel, String overrideReason,
                                  String reason, Long expectedVersion) {
        TextLimits.atMost("override.reason", overrideReason, 2000);
        TextLimits.atMost("reason", reason, 2000);
        RiskAssessmentEntity entity = find(id);
        checkVersion(entity, expectedVersion);
        if (entity.completedAt == null) {
            throw new ConflictException("The assessment is not completed yet: complete it instead.");
        }
        if (!questionSet.id().equals(entity.questionSet) || !questionSet.version().equals(entity.questionSetVersion)) {
            throw new ConflictException("The assessment was completed with the question set " + entity.questionSet
                    + " (" + entity.questionSetVersion + "), and the register now uses " + questionSet.id() + " ("
                    + questionSet.version() + "): its answers cannot be corrected against other questions. Record"
                    + " what was wrong in the case notes, or complete a new assessment.");
        }
        List<FieldError> reasonErrors = reason == null || reason.isBlank()
                ? List.of(new FieldError("reason", "is required: say what was wrong and how you know"))
                : reason.length() > 2000 ? List.of(new FieldError("reason", "must be at most 2000 characters"))
                : List.of();
        Scored scored = score(entity, answers, overrideLevel, overrideReason, reasonErrors);
        String previousAnswers = json.writeValueAsString(json.readValue(entity.answers,
                new TypeReference<LinkedHashMap<String, DashAnswer>>() { }));
        if (previousAnswers.equals(json.writeValueAsString(ordered(scored.answers())))
                && scored.result().overrideLevel() == entity.overrideLevel
                && java.util.Objects.equals(scored.result().overrideReason(), entity.overrideReason)) {
            throw new InvalidRequestException("answers", "are as recorded: the correction changes nothing");
        }
        CurrentUser user = currentUsers.require();
        RiskAssessmentCorrectionEntity correction = new RiskAssessmentCorrectionEntity(entity.id, entity.forceId,
                clock.instant(), user.username(), reason.strip());
        correction.previousAnswers = previousAnswers;
        correction.previousScore = entity.score;
        correction.previousLevel = entity.level;
        correction.previousOverrideLevel = entity.overrideLevel;
        correction.previousOverrideReason = entity.overrideReason;
        correction.newScore = scored.result().score();
        correction.newLevel = scored.result().level();
        RiskLevel before = entity.level;
        apply(entity, scored);
        corrections.save(correction);
        assessments.saveAndFlush(entity);
        accessLog.record(AccessAction.CHANGE, SUBJECT, id.toString(), null, "DASH corrected: level " + before + " to "
                + entity.level + ", score " + correction.previousScore + " to " + entity.score + ". Reason: "
                + clip(reason.strip()));
        return view(entity);
    }

    private record Scored(Map<String, DashAnswer> answers, DashScoring.Override override, DashScoring.Result result) {
    }

    /** Every question answered and the override read, or one 400 naming every field that is wrong. */
    private Scored score(RiskAssessmentEntity entity, Map<String, String> answers, String overrideLevel,
                         String overrideReason, List<FieldError> otherErrors) {
        List<FieldError> errors = new ArrayList<>(otherErrors);
        Map<String, DashAnswer> parsed = Map.of();
        DashScoring.Override override = null;
        try {
            parsed = DashScoring.parseAnswers(questionSet, answers, true);
        } catch (InvalidRequestException e) {
            errors.addAll(e.errors());
        }
        try {
            override = DashScoring.parseOverride(overrideLevel, overrideReason);
        } catch (InvalidRequestException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Scored(parsed, override, DashScoring.score(questionSet, parsed, entity.earlierBreaches, override));
    }

    private void apply(RiskAssessmentEntity entity, Scored scored) {
        DashScoring.Result result = scored.result();
        entity.answers = json.writeValueAsString(ordered(scored.answers()));
        entity.score = result.score();
        entity.computedLevel = result.computedLevel();
        entity.overrideLevel = result.overrideLevel();
        entity.overrideReason = result.overrideReason();
        entity.level = result.level();
        entity.reasons = json.writeValueAsString(result.reasons());
        entity.potentialEscalation = result.potentialEscalation();
        entity.escalated = result.escalated();
        entity.maracRequired = result.marac();
    }

    private static String clip(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Records that the case was referred to the MARAC. Only a case that requires one, once. */
    @Transactional
    public AssessmentView referToMarac(UUID id, String note, Long expectedVersion) {
        TextLimits.atMost("note", note, 2000);
        RiskAssessmentEntity entity = find(id);
        checkVersion(entity, expectedVersion);
        if (!entity.maracRequired) {
            throw new ConflictException(entity.completedAt == null
                    ? "Complete the assessment first: a MARAC referral follows a HIGH level or potential escalation."
                    : "This assessment does not require a MARAC referral. To refer on professional judgement, the "
                    + "level must be set to HIGH with a reason when the assessment is completed.");
        }
        if (entity.maracReferredAt != null) {
            throw new ConflictException("Already referred to the MARAC on " + entity.maracReferredAt + " by "
                    + entity.maracReferredBy + ".");
        }
        entity.maracReferredAt = clock.instant();
        entity.maracReferredBy = currentUsers.require().username();
        entity.maracNote = note == null || note.isBlank() ? null : note.strip();
        assessments.saveAndFlush(entity);
        accessLog.record(AccessAction.DISCLOSE, SUBJECT, id.toString(), null, "Referred to the MARAC");
        return view(entity);
    }

    /** Records the review of the victim's safety plan that a breach calls for. The note is required. */
    @Transactional
    public AssessmentView reviewSafetyPlan(UUID id, String note, Long expectedVersion) {
        TextLimits.atMost("note", note, 4000);
        if (note == null || note.isBlank()) {
            throw new InvalidRequestException("note", "is required: say what the review found or changed");
        }
        RiskAssessmentEntity entity = find(id);
        checkVersion(entity, expectedVersion);
        if (entity.safetyPlanReviewedAt != null) {
            throw new ConflictException("The safety plan was already reviewed on " + entity.safetyPlanReviewedAt
                    + " by " + entity.safetyPlanReviewedBy + ".");
        }
        entity.safetyPlanReviewedAt = clock.instant();
        entity.safetyPlanReviewedBy = currentUsers.require().username();
        entity.safetyPlanNote = note.strip();
        assessments.saveAndFlush(entity);
        accessLog.record(AccessAction.CHANGE, SUBJECT, id.toString(), null, "Safety plan reviewed");
        return view(entity);
    }

    /** For the risk meeting: HIGH in the period, and MARAC referrals still outstanding. Each one shown is logged. */
    @Transactional
    public List<AssessmentView> forMeeting(Instant since, Instant until) {
        var found = assessments.highRiskForMeeting(currentUsers.require().forceId(), since, until);
        found.forEach(e -> accessLog.record(AccessAction.VIEW, SUBJECT, e.id.toString(), null,
                "On the risk meeting's agenda"));
        return views(found);
    }

    private RiskAssessmentEntity find(UUID id) {
        return assessments.findByIdAndForceId(id, currentUsers.require().forceId())
                .orElseThrow(() -> new NotFoundException("Risk assessment " + id + " not found"));
    }

    private static void checkVersion(RiskAssessmentEntity entity, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != entity.lockVersion) {
            throw new ConflictException("The assessment was changed by someone else while you were working on it. "
                    + "Reload it and try again.");
        }
    }

    private Map<String, DashAnswer> ordered(Map<String, DashAnswer> answers) {
        Map<String, DashAnswer> ordered = new LinkedHashMap<>();
        questionSet.questions().forEach(q -> {
            if (answers.containsKey(q.id())) {
                ordered.put(q.id(), answers.get(q.id()));
            }
        });
        return ordered;
    }

    private static void validate(RiskCase riskCase) {
        List<FieldError> errors = new ArrayList<>();
        if (riskCase == null) {
            throw new InvalidRequestException("riskCase", "is required");
        }
        if (riskCase.sourceType() == null || riskCase.sourceType().isBlank()) {
            errors.add(new FieldError("sourceType", "is required"));
        } else if (riskCase.sourceType().strip().length() > 40) {
            errors.add(new FieldError("sourceType", "must be at most 40 characters"));
        }
        if (riskCase.sourceId() == null) {
            errors.add(new FieldError("sourceId", "is required"));
        }
        if (riskCase.victimName() == null || riskCase.victimName().isBlank()) {
            errors.add(new FieldError("victimName", "is required"));
        }
        if (riskCase.reason() == null || riskCase.reason().isBlank()) {
            errors.add(new FieldError("reason", "is required"));
        }
        if (riskCase.earlierBreaches() < 0) {
            errors.add(new FieldError("earlierBreaches", "must be 0 or more"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private RiskSummary summary(RiskAssessmentEntity e) {
        return new RiskSummary(e.id, e.sourceType, e.sourceId, e.openedAt, e.completedAt, e.score, e.level,
                e.maracRequired, e.escalated, e.safetyPlanReviewedAt == null);
    }

    private AssessmentView view(RiskAssessmentEntity e) {
        return view(e, e.completedAt == null ? List.of()
                : corrections.findByAssessmentIdAndForceIdOrderByCorrectedAt(e.id, e.forceId));
    }

    /** Many assessments with their corrections read in one query, not one each. */
    private List<AssessmentView> views(List<RiskAssessmentEntity> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<RiskAssessmentCorrectionEntity>> byAssessment = corrections
                .findByForceIdAndAssessmentIdInOrderByCorrectedAt(found.get(0).forceId,
                        found.stream().map(e -> e.id).toList())
                .stream().collect(java.util.stream.Collectors.groupingBy(c -> c.assessmentId));
        return found.stream().map(e -> view(e, byAssessment.getOrDefault(e.id, List.of()))).toList();
    }

    private AssessmentView view(RiskAssessmentEntity e, List<RiskAssessmentCorrectionEntity> correctionsOfIt) {
        Map<String, DashAnswer> answers = e.answers == null ? Map.of()
                : json.readValue(e.answers, new TypeReference<LinkedHashMap<String, DashAnswer>>() { });
        List<String> reasons = e.reasons == null ? List.of()
                : json.readValue(e.reasons, new TypeReference<List<String>>() { });
        List<AssessmentView.Correction> corrected = correctionsOfIt.stream()
                .map(c -> new AssessmentView.Correction(c.correctedAt, c.correctedBy, c.reason, c.previousScore,
                        c.previousLevel, c.previousOverrideLevel, c.previousOverrideReason, c.newScore, c.newLevel))
                .toList();
        // Answers, overrides and safety-plan notes are where a victim's refuge and number get written down.
        return confidentiality.forCurrentUser(new AssessmentView(e.id, e.sourceType, e.sourceId, e.orderId,
                e.victimName, e.reason,
                e.earlierBreaches, e.questionSet, e.questionSetVersion, e.openedAt, e.openedBy, e.completedAt,
                e.completedBy, answers, e.score, e.computedLevel, e.overrideLevel, e.overrideReason, e.level, reasons,
                e.potentialEscalation, e.maracRequired, e.maracReferredAt, e.maracReferredBy, e.maracNote,
                e.escalated, e.safetyPlanReviewedAt, e.safetyPlanReviewedBy, e.safetyPlanNote,
                e.safetyPlanReviewedAt == null, corrected, e.lockVersion), e.orderId);
    }
}
