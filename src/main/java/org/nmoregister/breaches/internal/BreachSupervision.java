package org.nmoregister.breaches.internal;

import static org.nmoregister.breaches.internal.BreachRecords.blank;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.breaches.review.Inadequacy;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision stage: the supervisor's queue of breaches handled inadequately, directions sent back to the
 * officer and their answers (the weekly dip-sample is {@link DipSampling}).
 */
@Service
public class BreachSupervision {

    private final BreachReportRepository reports;
    private final DirectionRepository directions;
    private final BreachRecords records;
    private final BreachFiles files;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final Confidentiality confidentiality;
    private final Clock clock;

    BreachSupervision(BreachReportRepository reports, DirectionRepository directions, BreachRecords records,
                      BreachFiles files, CurrentUsers currentUsers, AccessLog accessLog,
                      Confidentiality confidentiality, Clock clock) {
        this.reports = reports;
        this.directions = directions;
        this.records = records;
        this.files = files;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.confidentiality = confidentiality;
        this.clock = clock;
    }

    /** The open breaches (no outcome yet) with their gaps, for the supervisor's queue. */
    @Transactional
    public List<BreachSummary> reviewQueue() {
        UUID force = currentUsers.require().forceId();
        List<BreachSummary> open = confidentiality.forCurrentUserAcrossForce(
                files.summaries(reports.findByForceIdAndOutcomeIsNullOrderByReportedAtAsc(force)));
        accessLog.record(AccessAction.SEARCH, "breach", "review-queue", null, "Supervisor queue viewed");
        return open.stream().filter(BreachSupervision::needsReview).toList();
    }

    /** How many breaches the supervisor's queue holds, by the queue's own rule; not a consultation, so not logged. */
    @Transactional(readOnly = true)
    public long reviewQueueSize() {
        UUID force = currentUsers.require().forceId();
        return files.summaries(reports.findByForceIdAndOutcomeIsNullOrderByReportedAtAsc(force)).stream()
                .filter(BreachSupervision::needsReview).count();
    }

    private static boolean needsReview(BreachSummary breach) {
        return !breach.inadequacies().isEmpty() || breach.openDirections() > 0;
    }

    @Transactional
    public void sendBack(UUID reportId, Set<Inadequacy> reasons, String direction) {
        BreachReportEntity report = records.owned(reportId);
        List<FieldError> errors = new ArrayList<>();
        if (blank(direction)) {
            errors.add(new FieldError("direction", "say what the officer must do"));
        }
        if (reasons == null || reasons.isEmpty()) {
            errors.add(new FieldError("reasons", "choose what is inadequate"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        directions.save(new DirectionEntity(reportId, reasons.stream().map(Enum::name).sorted()
                .collect(Collectors.joining(",")), direction.strip(), clock.instant(),
                currentUsers.require().username()));
        records.touch(report, "Sent back with a direction: " + reasons);
    }

    @Transactional
    public void answerDirection(UUID reportId, UUID directionId, String answer) {
        BreachReportEntity report = records.owned(reportId);
        DirectionEntity direction = directions.findById(directionId).filter(d -> d.reportId.equals(reportId))
                .orElseThrow(() -> new NotFoundException("No direction " + directionId + " on this breach"));
        if (direction.answeredAt != null) {
            throw new ConflictException("This direction has already been answered");
        }
        if (blank(answer)) {
            throw new InvalidRequestException("answer", "say what was done");
        }
        direction.answer = answer.strip();
        direction.answeredAt = clock.instant();
        direction.answeredBy = currentUsers.require().username();
        records.touch(report, "Direction answered");
    }
}
