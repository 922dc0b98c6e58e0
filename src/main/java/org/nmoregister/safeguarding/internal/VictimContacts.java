package org.nmoregister.safeguarding.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.ConfidentialValues;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.TaskStatus;
import org.nmoregister.safeguarding.rules.Adulthood;
import org.nmoregister.safeguarding.rules.AttemptOutcome;
import org.nmoregister.safeguarding.rules.ContactOccasion;
import org.nmoregister.safeguarding.rules.ContactOutcome;
import org.nmoregister.safeguarding.rules.ContactRoute;
import org.nmoregister.safeguarding.rules.ContactScript;
import org.nmoregister.safeguarding.rules.PersonKey;
import org.nmoregister.safeguarding.rules.SafeContact;
import org.nmoregister.safeguarding.rules.ScriptFacts;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.ForceDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safeguarding unit's work on one victim contact: the script for the order version as it stands, the victim's
 * safe contact details, each attempt and the outcome, and the letter. Every view, change and letter is written to
 * the access log. The safe contact details are confidential: they appear here and on the contact page only; the
 * task's history (which the workbench shows) gets notes with them withheld, and the access log gets no values.
 */
@Service
public class VictimContacts {

    public static final int NOTE_MAX = 2000;
    /** How far back an attempt may be dated (a call made last night, recorded this morning). */
    static final Duration ATTEMPT_WINDOW = Duration.ofDays(30);
    private static final String SUBJECT = "victim-contact";

    private final Tasks tasks;
    private final TaskRepository taskRepository;
    private final ContactRepository contacts;
    private final SafeContactRepository safeContacts;
    private final AttemptRepository attempts;
    private final OrderRegister orders;
    private final Confidentiality confidentiality;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final ForceDirectory forces;
    private final Clock clock;

    VictimContacts(Tasks tasks, TaskRepository taskRepository, ContactRepository contacts,
                   SafeContactRepository safeContacts, AttemptRepository attempts, OrderRegister orders,
                   Confidentiality confidentiality, CurrentUsers currentUsers, AccessLog accessLog,
                   ForceDirectory forces, Clock clock) {
        this.tasks = tasks;
        this.taskRepository = taskRepository;
        this.contacts = contacts;
        this.safeContacts = safeContacts;
        this.attempts = attempts;
        this.orders = orders;
        this.confidentiality = confidentiality;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.forces = forces;
        this.clock = clock;
    }

    /** One attempt as the contact page lists it. */
    public record AttemptView(Instant attemptedAt, ContactRoute method, AttemptOutcome outcome, String note,
                              String recordedBy) {
    }

    /**
     * A victim contact as the safeguarding unit works it.
     *
     * @param safeContact         the safe contact details (confidential)
     * @param safeContactPrefilled true while they are the order's details, not yet confirmed with the unit
     * @param letterAllowed        whether the letter may be produced (the safe route carries letters)
     */
    public record ContactView(UUID taskId, UUID orderId, int orderVersion, String caseNumber, String court,
                              String personName, boolean applicant, ContactOccasion occasion, Adulthood adulthood,
                              TaskStatus status, Instant dueAt, Instant closedAt, String closedBy,
                              ContactOutcome outcome, String outcomeNote, SafeContact safeContact,
                              boolean safeContactPrefilled, String safeContactRecordedBy,
                              Instant safeContactRecordedAt, ContactScript.Script script, List<AttemptView> attempts,
                              boolean letterAllowed) {

        public boolean outstanding() {
            return status.outstanding();
        }

        public boolean overdue(Instant now) {
            return outstanding() && dueAt.isBefore(now);
        }
    }

    /** The contact, for the safeguarding unit; the view is logged. */
    @Transactional
    public ContactView view(UUID taskId) {
        ContactView view = build(taskId);
        accessLog.record(AccessAction.VIEW, SUBJECT, taskId.toString(), null, "Victim contact (script and safe "
                + "contact details) for order " + view.caseNumber() + ", version " + view.orderVersion());
        return view;
    }

    /**
     * What the task API's {@code detail} carries: the occasion, the person, the script and the attempts' outcomes;
     * never the safe contact details (those are on the contact page only), and with the order's confidential values
     * withheld from anyone not entitled to them.
     */
    @Transactional
    public Object detail(UUID taskId) {
        ContactView v = build(taskId);
        accessLog.record(AccessAction.VIEW, SUBJECT, taskId.toString(), null, "Victim contact script for order "
                + v.caseNumber() + ", version " + v.orderVersion());
        List<String> tried = v.attempts().stream().map(a -> a.method().label() + ": " + a.outcome().label()).toList();
        Detail detail = new Detail(v.occasion(), v.personName(), v.adulthood(), v.script().title(),
                v.script().asText(), v.safeContact().route(), tried, v.outcome());
        return confidentiality.forCurrentUser(detail, v.orderId());
    }

    /** The task API's {@code detail} for a victim contact. */
    public record Detail(ContactOccasion occasion, String person, Adulthood adulthood, String scriptTitle,
                         String script, ContactRoute safeRoute, List<String> attempts, ContactOutcome outcome) {
    }

    /** Records the victim's safe contact details (they are no longer the order's prefilled ones). */
    @Transactional
    public ContactView saveSafeContact(UUID taskId, SafeContact details) {
        CurrentUser user = currentUsers.require();
        List<InvalidRequestException.FieldError> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        ContactEntity contact = contact(taskId, user);
        TaskEntity task = tasks.get(taskId, user.forceId());
        SafeContactEntity row = safeContacts.findByOrderIdAndPersonKey(task.orderId, contact.personKey)
                .orElseGet(() -> new SafeContactEntity(user.forceId(), task.orderId, contact.personKey));
        row.set(details);
        row.prefilled = false;
        row.recordedBy = user.username();
        row.recordedAt = clock.instant();
        safeContacts.save(row);
        accessLog.record(AccessAction.CHANGE, SUBJECT, taskId.toString(), null, "Safe contact details recorded "
                + "(route: " + (details.route() == null ? "none" : details.route().label()) + ")");
        return build(taskId);
    }

    /** Records an attempt to reach the victim. The note goes to the task's history with safe details withheld. */
    @Transactional
    public ContactView recordAttempt(UUID taskId, Instant attemptedAt, ContactRoute method, AttemptOutcome outcome,
                                     String note) {
        CurrentUser user = currentUsers.require();
        Instant now = clock.instant();
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        if (method == null) {
            errors.add(new InvalidRequestException.FieldError("method", "Select how you tried to reach them"));
        }
        if (outcome == null) {
            errors.add(new InvalidRequestException.FieldError("outcome", "Select what happened"));
        }
        Instant at = attemptedAt == null ? now : attemptedAt;
        if (at.isAfter(now.plus(Duration.ofMinutes(5))) || at.isBefore(now.minus(ATTEMPT_WINDOW))) {
            errors.add(new InvalidRequestException.FieldError("attemptedAt", "The attempt must be in the last 30 "
                    + "days, not in the future"));
        }
        if (note != null && note.strip().length() > NOTE_MAX) {
            errors.add(new InvalidRequestException.FieldError("note", "must be at most " + NOTE_MAX
                    + " characters (it has " + note.strip().length() + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        contact(taskId, user); // a victim contact of the user's force, or not found
        TaskEntity task = outstanding(taskId, user);
        String clean = note == null || note.isBlank() ? null : note.strip();
        attempts.save(new AttemptEntity(taskId, at, method, outcome, clean, user.username(), now));
        tasks.note(taskId, user.forceId(), user.username(), TaskAction.ATTEMPTED,
                withheld(task, method.label() + ": " + outcome.label() + (clean == null ? "" : ". " + clean)));
        accessLog.record(AccessAction.CHANGE, SUBJECT, taskId.toString(), null, "Contact attempt recorded: "
                + method.label() + ", " + outcome.label());
        return build(taskId);
    }

    /** Closes the contact with its outcome. */
    @Transactional
    public ContactView close(UUID taskId, ContactOutcome outcome, String note) {
        CurrentUser user = currentUsers.require();
        if (outcome == null) {
            throw new InvalidRequestException("outcome", "Select how the contact ended");
        }
        if (note != null && note.strip().length() > NOTE_MAX) {
            throw new InvalidRequestException("note", "must be at most " + NOTE_MAX + " characters (it has "
                    + note.strip().length() + ")");
        }
        ContactEntity contact = contact(taskId, user);
        TaskEntity task = outstanding(taskId, user);
        if (outcome == ContactOutcome.TOLD && attempts.findByTaskIdOrderByAttemptedAtAscRecordedAtAsc(taskId)
                .stream().noneMatch(a -> a.outcome == AttemptOutcome.REACHED)) {
            throw new InvalidRequestException("outcome", "Record the attempt on which you reached them first");
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        tasks.close(taskId, user.forceId(), user.username(), TaskStatus.DONE,
                withheld(task, outcome.label() + (clean == null ? "" : ". " + clean)));
        contact.outcome = outcome;
        contacts.save(contact);
        accessLog.record(AccessAction.CHANGE, SUBJECT, taskId.toString(), null, "Victim contact closed: "
                + outcome.label());
        return build(taskId);
    }

    /** The letter (the script, word for word) as a PDF, only where the safe route carries letters; a disclosure. */
    @Transactional
    public byte[] letter(UUID taskId) {
        ContactView v = build(taskId);
        if (!v.letterAllowed()) {
            throw new ConflictException("Record a safe route that can carry a letter first (a safe e-mail address, "
                    + "or post to a safe address). A letter is sent only by the route the victim chose.");
        }
        CurrentUser user = currentUsers.require();
        String force = forces.byId(user.forceId()).map(f -> f.name()).orElse(null);
        byte[] pdf = LetterPdf.write(v.personName(), v.script(), force, clock.instant());
        accessLog.record(AccessAction.DISCLOSE, SUBJECT, taskId.toString(), null, "Letter to the victim produced "
                + "for sending by their safe route (" + v.safeContact().route().label() + "), order "
                + v.caseNumber() + ", version " + v.orderVersion());
        return pdf;
    }

    /** The safe contact values of every protected person of an order: what other views withhold. */
    @Transactional(readOnly = true)
    public ConfidentialValues safeValuesOf(UUID orderId) {
        ConfidentialValues all = ConfidentialValues.NONE;
        for (SafeContactEntity row : safeContacts.findByOrderId(orderId)) {
            all = all.and(row.value().values());
        }
        return all;
    }

    /**
     * A note as the task's history keeps it: the safe contact details and the order's own confidential values
     * withheld, since the history is shown beyond the safeguarding unit (the workbench, the task API).
     */
    private String withheld(TaskEntity task, String text) {
        return safeValuesOf(task.orderId).and(confidentiality.valuesOf(task.orderId)).redact(text);
    }

    private ContactEntity contact(UUID taskId, CurrentUser user) {
        TaskEntity task = tasks.get(taskId, user.forceId());
        if (task.kind != TaskKind.VICTIM_CONTACT) {
            throw new NotFoundException("victim contact");
        }
        return contacts.findById(taskId).orElseThrow(() -> new NotFoundException("victim contact"));
    }

    private TaskEntity outstanding(UUID taskId, CurrentUser user) {
        TaskEntity task = tasks.get(taskId, user.forceId());
        if (!task.status.outstanding()) {
            throw new ConflictException("This contact is already " + task.status.label().toLowerCase() + ".");
        }
        return task;
    }

    private ContactView build(UUID taskId) {
        CurrentUser user = currentUsers.require();
        ContactEntity contact = contact(taskId, user);
        TaskEntity task = tasks.get(taskId, user.forceId());
        OrderSnapshot version = orders.version(task.orderId, task.orderVersion)
                .orElseThrow(() -> new NotFoundException("order version"));
        ProtectedPerson person = PersonKey.find(version.details(), contact.personKey);
        if (person == null) {
            person = ProtectedPerson.named(task.subject, null);
        }
        ConfidentialValues confidential = confidentiality.valuesOf(task.orderId);
        ScriptFacts facts = ScriptFacts.of(version.details(), person, version.effectiveFrom(), confidential);
        OrderSnapshot before = contact.occasion == ContactOccasion.VARIED ? lastTold(task, contact) : null;
        ContactScript.Script script = ContactScript.write(contact.occasion, facts, version.clauses(),
                before == null ? null : before.clauses(),
                before == null ? null : ScriptFacts.of(before.details(), person, before.effectiveFrom(),
                        confidential));
        SafeContactEntity safe = safeContacts.findByOrderIdAndPersonKey(task.orderId, contact.personKey)
                .orElse(null);
        SafeContact details = safe == null ? SafeContact.NONE : safe.value();
        List<AttemptView> tried = attempts.findByTaskIdOrderByAttemptedAtAscRecordedAtAsc(taskId).stream()
                .map(a -> new AttemptView(a.attemptedAt, a.method, a.outcome, a.note, a.recordedBy)).toList();
        return new ContactView(taskId, task.orderId, task.orderVersion, version.details().caseNumber(),
                version.details().court(), person.name(), PersonKey.APPLICANT.equals(contact.personKey),
                contact.occasion, contact.adulthood, task.status, task.dueAt, task.closedAt, task.closedBy,
                contact.outcome, task.outcome, details, safe != null && safe.prefilled,
                safe == null ? null : safe.recordedBy, safe == null ? null : safe.recordedAt, script, tried,
                details.letterAllowed());
    }

    /** The version the person was last told about, for "what has changed". */
    private OrderSnapshot lastTold(TaskEntity task, ContactEntity contact) {
        OrderSnapshot found = null;
        for (ContactEntity earlier : contacts.forPerson(task.orderId, contact.personKey)) {
            TaskEntity t = taskRepository.findById(earlier.taskId).orElse(null);
            if (t != null && t.orderVersion < task.orderVersion && earlier.outcome != null && earlier.outcome.told()) {
                found = orders.version(task.orderId, t.orderVersion).orElse(found);
            }
        }
        return found;
    }
}
