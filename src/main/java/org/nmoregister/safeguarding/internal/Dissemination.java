package org.nmoregister.safeguarding.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.TextLimits;
import org.nmoregister.quality.OrderQualityAssured;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.TaskStatus;
import org.nmoregister.safeguarding.rules.BriefingRecipients;
import org.nmoregister.safeguarding.rules.DistrictFinder;
import org.nmoregister.safeguarding.rules.DueTimes;
import org.nmoregister.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Briefings to districts ({@link TaskKind#DISSEMINATION}): one per assured order version for the victim's district
 * and one for the respondent's when it is another; acknowledged by the district, escalated to its supervisor when
 * not acknowledged in time. A briefing the point of contact must route (no postcode was in a district) waits for
 * their choice.
 */
@Service
public class Dissemination {

    /** The key part of a briefing whose district is still to be chosen. */
    static final String TO_BE_CHOSEN = "choose";
    /** The key parts saying whose district a briefing went to. */
    static final String VICTIM = "victim";
    static final String RESPONDENT = "respondent";
    static final int NOTE_LIMIT = 2000;

    private final Tasks tasks;
    private final TaskRepository repository;
    private final TaskHistoryRepository history;
    private final Districts districts;
    private final TaskMail mail;
    private final AccessLog accessLog;
    private final Clock clock;
    private final Duration acknowledgeWithin;

    Dissemination(Tasks tasks, TaskRepository repository, TaskHistoryRepository history, Districts districts,
                  TaskMail mail, AccessLog accessLog, Clock clock,
                  @Value("${nmo.safeguarding.briefing.acknowledge-within:PT48H}") Duration acknowledgeWithin) {
        this.tasks = tasks;
        this.repository = repository;
        this.history = history;
        this.districts = districts;
        this.mail = mail;
        this.accessLog = accessLog;
        this.clock = clock;
        this.acknowledgeWithin = acknowledgeWithin;
    }

    /** Briefs the districts on the version just assured, from the version and force the event carries. */
    @ApplicationModuleListener
    void on(OrderQualityAssured assured) {
        brief(assured.order());
    }

    /**
     * Opens the version's briefings (once, however often the event is handled) and cancels those of earlier
     * versions still outstanding: a district acknowledges the order as it now stands, not as it stood.
     *
     * @return the briefings of this version
     */
    @Transactional
    public List<UUID> brief(OrderSnapshot order) {
        OrderDetails details = order.details();
        UUID forceId = order.forceId();
        DistrictFinder<UUID> finder = districts.finder(forceId);
        Map<UUID, District> byId = districts.of(forceId).stream()
                .collect(Collectors.toMap(District::id, Function.identity()));
        var recipients = BriefingRecipients.of(finder.first(BriefingRecipients.victimPostcodes(details)),
                districts.chosenFor(order.orderId()).filter(byId::containsKey),
                finder.first(BriefingRecipients.respondentPostcodes(details)));
        Instant due = DueTimes.due(clock.instant(), acknowledgeWithin);
        List<UUID> made = new ArrayList<>();
        for (var recipient : recipients) {
            District district = recipient.toBeChosen() ? null : byId.get(recipient.district());
            String key = "v" + order.version() + ":"
                    + (recipient.why() == BriefingRecipients.Why.VICTIM ? VICTIM : RESPONDENT) + ":"
                    + (district == null ? TO_BE_CHOSEN : district.code());
            Tasks.Opened opened = tasks.open(new NewTask(forceId, order.orderId(), order.version(),
                    TaskKind.DISSEMINATION, key, district == null ? null : district.id(), subject(details), due));
            made.add(opened.id());
            if (opened.created() && district != null) {
                announce(tasks.get(opened.id(), forceId), district);
            }
        }
        for (TaskEntity earlier : tasks.outstandingFor(order.orderId(), TaskKind.DISSEMINATION)) {
            if (earlier.orderVersion < order.version()) {
                tasks.close(earlier.id, forceId, Tasks.SYSTEM, TaskStatus.CANCELLED,
                        "Replaced by the briefing on version " + order.version() + " of the order");
            }
        }
        return made;
    }

    /**
     * The district acknowledges the briefing: it has read it and its officers know the order. Completes the task.
     *
     * @param note what the district did with it (briefed the shift, added to the neighbourhood's patrol plan), optional
     */
    @Transactional
    public void acknowledge(UUID taskId, CurrentUser user, String note) {
        TextLimits.atMost("note", note, NOTE_LIMIT);
        TaskEntity task = briefing(taskId, user);
        if (task.districtId == null) {
            throw new ConflictException("This briefing has no district yet: the point of contact chooses one first.");
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        tasks.note(taskId, user.forceId(), user.username(), TaskAction.ACKNOWLEDGED, clean);
        tasks.close(taskId, user.forceId(), user.username(), TaskStatus.DONE,
                "Acknowledged by " + user.displayName() + (clean == null ? "" : ": " + clean));
        accessLog.record(AccessAction.CHANGE, "order", task.orderId.toString(), null,
                "Acknowledged the briefing to the district (safeguarding task " + taskId + ")");
    }

    /**
     * The point of contact routes a briefing no postcode placed: the district is set on the task (and its team
     * told), and kept for the order's later versions.
     */
    @Transactional
    public void chooseDistrict(UUID taskId, CurrentUser user, UUID districtId) {
        TaskEntity task = briefing(taskId, user);
        if (task.districtId != null) {
            throw new ConflictException("This briefing already goes to a district.");
        }
        District district = districts.get(user.forceId(), districtId);
        if (!task.status.outstanding()) {
            throw new ConflictException("This task is already " + task.status.label().toLowerCase() + ".");
        }
        task.districtId = district.id();
        repository.save(task);
        history.save(new TaskHistoryEntity(task.id, clock.instant(), user.username(), TaskAction.DISTRICT_CHOSEN,
                district.name()));
        districts.choose(task.orderId, user.forceId(), district.id(), user.username());
        accessLog.record(AccessAction.CHANGE, "order", task.orderId.toString(), null,
                "Chose the district " + district.name() + " for the briefing (safeguarding task " + taskId + ")");
        announce(task, district);
    }

    /**
     * Escalates every briefing past its time and still not acknowledged, in every force, e-mailing each district's
     * supervisor. Each is escalated once: an escalated briefing is no longer open.
     *
     * @return how many were escalated
     */
    public int escalateOverdue() {
        int escalated = 0;
        for (TaskEntity task : repository.findByKindAndStatusAndDueAtBefore(TaskKind.DISSEMINATION, TaskStatus.OPEN,
                clock.instant())) {
            if (escalateOne(task.id)) {
                escalated++;
            }
        }
        return escalated;
    }

    // Not one transaction: the escalation is committed by Tasks before the mail goes, so a slow mail server holds no lock.
    boolean escalateOne(UUID id) {
        if (!tasks.escalate(id)) {
            return false;
        }
        TaskEntity task = repository.findById(id).orElseThrow(() -> new NotFoundException("safeguarding task"));
        Optional<District> district = task.districtId == null ? Optional.empty() : districts.anyForce(task.districtId);
        district.ifPresent(d -> mail.send(task, d.supervisorEmail(),
                "Overdue: a briefing to " + d.name() + " has not been acknowledged",
                "A briefing on a protective order sent to " + d.name() + " was due to be acknowledged by "
                        + Mail.time(task.dueAt) + " and has not been. Please make sure the district's officers "
                        + "have read it, and acknowledge it on the safeguarding workbench."));
        return true;
    }

    /** The briefing of the user's force (and, for a neighbourhood officer, of their district), or not found. */
    TaskEntity briefing(UUID taskId, CurrentUser user) {
        TaskEntity task = tasks.get(taskId, user.forceId());
        if (task.kind != TaskKind.DISSEMINATION || !TaskScope.mayWorkOn(task, user, districts)) {
            throw new NotFoundException("briefing");
        }
        return task;
    }

    private void announce(TaskEntity task, District district) {
        mail.send(task, district.teamEmail(), "New briefing for " + district.name() + ": a protective order",
                "A protective order protects someone in " + district.name() + ". Please read the briefing and "
                        + "acknowledge it by " + Mail.time(task.dueAt) + ".");
    }

    /** Who a briefing is about, as the workbench lists it: the people protected and bound, by name only. */
    static String subject(OrderDetails details) {
        String applicant = details.applicant() == null ? null : details.applicant().name();
        String respondent = details.respondent() == null ? null : details.respondent().name();
        if (applicant == null && respondent == null) {
            return null;
        }
        return (applicant == null ? "(not named)" : applicant) + " protected from "
                + (respondent == null ? "(not named)" : respondent);
    }
}
