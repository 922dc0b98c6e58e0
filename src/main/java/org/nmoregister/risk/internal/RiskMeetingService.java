package org.nmoregister.risk.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.risk.RiskMeetingContributor;
import org.nmoregister.risk.RiskMeetingContributor.AgendaItem;
import org.nmoregister.risk.RiskMeetingContributor.Section;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily risk meeting of the signed-in user's force: the agenda for the next meeting (from the last meeting, or
 * the last 24 hours, to now) gathered from every {@link RiskMeetingContributor}, the record of a meeting with the
 * actions agreed and their owners, and past meetings.
 */
@Service
public class RiskMeetingService {

    /** The agenda's period when the force has held no meeting yet. */
    static final Duration FIRST_MEETING_PERIOD = Duration.ofHours(24);
    /** The section an action belongs to when it is about no agenda item. */
    public static final String OTHER = "OTHER";
    static final String SUBJECT = "risk-meeting";
    private static final Logger log = LoggerFactory.getLogger(RiskMeetingService.class);

    private final RiskMeetingRepository meetings;
    private final RiskMeetingActionRepository actions;
    private final ObjectProvider<RiskMeetingContributor> contributors;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final Clock clock;
    private final Confidentiality confidentiality;

    RiskMeetingService(RiskMeetingRepository meetings, RiskMeetingActionRepository actions,
                       ObjectProvider<RiskMeetingContributor> contributors, CurrentUsers currentUsers,
                       AccessLog accessLog, Clock clock, Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
        this.meetings = meetings;
        this.actions = actions;
        this.contributors = contributors;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * The next meeting's agenda.
     *
     * @param sections every section in meeting order, each with its items (possibly none)
     * @param problems contributors whose items could not be gathered: the meeting must know its agenda is partial
     */
    public record Agenda(Instant since, Instant until, UUID lastMeetingId, Map<Section, List<AgendaItem>> sections,
                         List<String> problems) {

        public int itemCount() {
            return sections.values().stream().mapToInt(List::size).sum();
        }
    }

    /** One action agreed at a meeting. */
    public record ActionView(UUID id, String section, String itemReference, String itemSummary, String text,
                             String owner, LocalDate due, Instant doneAt, String doneBy) {
    }

    /** A recorded meeting with its actions. */
    public record MeetingView(UUID id, Instant heldAt, String chair, Instant coversFrom, Instant coversTo,
                              String recordedBy, String notes, List<ActionView> actions) {

        public long outstanding() {
            return actions.stream().filter(a -> a.doneAt() == null).count();
        }
    }

    /** One action as the meeting's form sends it; blank rows (no text and no owner) are ignored. */
    public record ActionInput(String section, String reference, String summary, String text, String owner,
                              String due) {
    }

    @Transactional
    public Agenda agenda() {
        CurrentUser user = currentUsers.require();
        Instant until = clock.instant();
        var last = meetings.findFirstByForceIdOrderByHeldAtDesc(user.forceId());
        Instant since = last.map(m -> m.heldAt).orElse(until.minus(FIRST_MEETING_PERIOD));
        Map<Section, List<AgendaItem>> sections = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            sections.put(section, new ArrayList<>());
        }
        List<String> problems = new ArrayList<>();
        contributors.orderedStream().forEach(contributor -> {
            try {
                List<AgendaItem> items = contributor.agenda(since, until);
                for (AgendaItem item : items == null ? List.<AgendaItem>of() : items) {
                    if (item != null && item.section() != null) {
                        sections.get(item.section()).add(item);
                    }
                }
            } catch (RuntimeException e) {
                log.error("Risk meeting contributor {} failed", contributor.getClass().getName(), e);
                problems.add("Items from " + contributor.getClass().getSimpleName().replaceAll("\\$.*", "")
                        + " could not be gathered: check the agenda against that module's pages.");
            }
        });
        // Highest risk first within a section; the contributors' order otherwise.
        Comparator<AgendaItem> byLevel = Comparator.comparing(
                (AgendaItem item) -> item.level() == null ? -1 : item.level().ordinal()).reversed();
        sections.values().forEach(items -> items.sort(byLevel));
        return confidentiality.forCurrentUserAcrossForce(new Agenda(since, until, last.map(m -> m.id).orElse(null),
                sections, problems));
    }

    /** Records a meeting held now, with the actions agreed. Throws one 400 listing every problem. */
    @Transactional
    public UUID record(String chair, Instant coversFrom, Instant coversTo, String notes, List<ActionInput> rows) {
        CurrentUser user = currentUsers.require();
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        if (chair == null || chair.isBlank()) {
            errors.add(new FieldError("chair", "is required: who chaired the meeting"));
        } else if (chair.strip().length() > 200) {
            errors.add(new FieldError("chair", "must be at most 200 characters"));
        }
        if (coversFrom == null || coversTo == null) {
            errors.add(new FieldError("coversFrom", "the period the agenda covered is required"));
        } else if (coversFrom.isAfter(coversTo) || coversTo.isAfter(now.plusSeconds(60))) {
            errors.add(new FieldError("coversFrom", "the period must start before it ends, and not end in the future"));
        }
        List<RiskMeetingActionEntity> agreed = new ArrayList<>();
        UUID meetingId = UUID.randomUUID();
        List<ActionInput> given = rows == null ? List.of() : rows;
        for (int i = 0; i < given.size(); i++) {
            ActionInput row = given.get(i);
            if (row == null || blank(row.text()) && blank(row.owner()) && blank(row.due())) {
                continue;
            }
            String at = "actions[" + i + "]";
            if (blank(row.text())) {
                errors.add(new FieldError(at + ".text", "is required: what is to be done"));
            }
            if (blank(row.owner())) {
                errors.add(new FieldError(at + ".owner", "is required: every action needs an owner"));
            }
            String reference = blank(row.reference()) ? "General" : row.reference().strip();
            String section = OTHER;
            if (!blank(row.section())) {
                try {
                    section = Section.valueOf(row.section().strip()).name();
                } catch (IllegalArgumentException e) {
                    if (!OTHER.equals(row.section().strip())) {
                        errors.add(new FieldError(at + ".section", "is not an agenda section"));
                    }
                }
            }
            LocalDate due = null;
            if (!blank(row.due())) {
                try {
                    due = LocalDate.parse(row.due().strip());
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(at + ".due", "must be a date (YYYY-MM-DD)"));
                }
            }
            if (!blank(row.text()) && !blank(row.owner())) {
                agreed.add(new RiskMeetingActionEntity(UUID.randomUUID(), meetingId, agreed.size(), section,
                        clip(reference, 200), row.summary() == null ? null : clip(row.summary().strip(), 1000),
                        clip(row.text().strip(), 2000), clip(row.owner().strip(), 200), due));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        meetings.save(new RiskMeetingEntity(meetingId, user.forceId(), now, chair.strip(), coversFrom, coversTo,
                user.username(), blank(notes) ? null : clip(notes.strip(), 4000)));
        meetings.flush();
        actions.saveAll(agreed);
        accessLog.record(AccessAction.COLLECT, SUBJECT, meetingId.toString(), null,
                "Risk meeting recorded, chair " + chair.strip() + ", " + agreed.size() + " actions");
        return meetingId;
    }

    @Transactional
    public MeetingView meeting(UUID id) {
        RiskMeetingEntity meeting = find(id);
        accessLog.record(AccessAction.VIEW, SUBJECT, id.toString(), null, "Risk meeting record");
        return view(meeting);
    }

    @Transactional(readOnly = true)
    public List<MeetingView> past() {
        return meetings.findTop50ByForceIdOrderByHeldAtDesc(currentUsers.require().forceId()).stream()
                .map(this::view).toList();
    }

    /** Marks an action done. */
    @Transactional
    public void markDone(UUID meetingId, UUID actionId) {
        find(meetingId);
        RiskMeetingActionEntity action = actions.findByIdAndMeetingId(actionId, meetingId)
                .orElseThrow(() -> new NotFoundException("Action " + actionId + " not found"));
        if (action.doneAt != null) {
            throw new ConflictException("The action was already marked done by " + action.doneBy + ".");
        }
        action.doneAt = clock.instant();
        action.doneBy = currentUsers.require().username();
        actions.saveAndFlush(action);
        accessLog.record(AccessAction.CHANGE, SUBJECT, meetingId.toString(), null,
                "Action done: " + action.itemReference);
    }

    private RiskMeetingEntity find(UUID id) {
        return meetings.findByIdAndForceId(id, currentUsers.require().forceId())
                .orElseThrow(() -> new NotFoundException("Risk meeting " + id + " not found"));
    }

    private MeetingView view(RiskMeetingEntity m) {
        var agreed = actions.findByMeetingIdOrderByPosition(m.id).stream()
                .map(a -> new ActionView(a.id, a.section, a.itemReference, a.itemSummary, a.actionText, a.owner,
                        a.due, a.doneAt, a.doneBy))
                .toList();
        // A meeting's notes and actions are about many orders: every C8 value of the force is withheld from
        // those not entitled (the analyst reading the record, the PDF that is printed).
        return confidentiality.forCurrentUserAcrossForce(new MeetingView(m.id, m.heldAt, m.chair, m.coversFrom,
                m.coversTo, m.recordedBy, m.notes, agreed));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
