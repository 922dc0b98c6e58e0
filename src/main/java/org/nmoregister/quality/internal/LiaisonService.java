package org.nmoregister.quality.internal;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.quality.LiaisonKind;
import org.nmoregister.quality.LiaisonView;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.Role;
import org.nmoregister.security.SystemActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests from the point of contact to the family court. A request is e-mailed when the court's address is in the
 * directory and mail is configured; otherwise it is kept for printing and posting. Sending the order's details to
 * the court is a disclosure, and is logged as one.
 */
@Service
public class LiaisonService {

    private static final Logger log = LoggerFactory.getLogger(LiaisonService.class);

    private final LiaisonRequestRepository requests;
    private final CourtRepository courts;
    private final OrderWatchRepository watches;
    private final QualityService quality;
    private final FindingsAssessor assessor;
    private final OrderRegister orders;
    private final CurrentUsers currentUsers;
    private final ForceDirectory forces;
    private final SystemActions system;
    private final AccessLog accessLog;
    private final ObjectProvider<JavaMailSender> mail;
    private final QualityProperties properties;
    private final Clock clock;
    private final Confidentiality confidentiality;

    LiaisonService(LiaisonRequestRepository requests, CourtRepository courts, OrderWatchRepository watches,
                   QualityService quality, FindingsAssessor assessor, OrderRegister orders,
                   CurrentUsers currentUsers, ForceDirectory forces, SystemActions system, AccessLog accessLog,
                   ObjectProvider<JavaMailSender> mail, QualityProperties properties, Clock clock,
                   Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
        this.requests = requests;
        this.courts = courts;
        this.watches = watches;
        this.quality = quality;
        this.assessor = assessor;
        this.orders = orders;
        this.currentUsers = currentUsers;
        this.forces = forces;
        this.system = system;
        this.accessLog = accessLog;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public LiaisonView raise(UUID orderId, LiaisonKind kind, String note, Instant dueAt) {
        CurrentUser user = currentUsers.require();
        if (kind == null) {
            throw new InvalidRequestException("kind",
                    "is required: MISSING_DATA, CLARIFY_WORDING, CONFIRM_CURRENT or CONFIRM_SERVICE");
        }
        Instant now = clock.instant();
        if (dueAt != null && !dueAt.isAfter(now)) {
            throw new InvalidRequestException("dueAt", "must be in the future");
        }
        OrderSnapshot order = orders.current(orderId);
        if (requests.existsByOrderIdAndKindAndStatus(orderId, kind, LiaisonRequestEntity.Status.OPEN)) {
            throw new ConflictException("A " + kind + " request about this order is already open");
        }
        List<StoredFinding> findings = assessor.findings(order);
        if (kind == LiaisonKind.CLARIFY_WORDING && findings.stream().noneMatch(LiaisonLetters::isWording)
                && (note == null || note.isBlank())) {
            throw new InvalidRequestException("note", "the checks found nothing unclear in the wording: say what "
                    + "you want the court to clarify");
        }
        if (kind == LiaisonKind.MISSING_DATA && findings.stream().allMatch(LiaisonLetters::isWording)
                && (note == null || note.isBlank())) {
            throw new InvalidRequestException("note", "the checks found no missing details: say what is missing");
        }
        Optional<CourtEntity> court = courts.findByNameKey(CourtEntity.key(order.details().court()));
        Instant due = dueAt != null ? dueAt : now.plus(properties.responseTime());
        String forceName = forces.require(user.forceId()).name();
        var request = new LiaisonRequestEntity(user.forceId(), orderId, order.version(),
                court.map(c -> c.id).orElse(null), kind,
                kind.subject() + ": " + order.details().caseNumber(),
                // The court made the order and holds the address; an e-mail is not the channel for a refuge
                // address, and the clause number is enough for the court to find the wording.
                confidentiality.valuesOf(orderId).redact(LiaisonLetters.body(kind, order.details(), findings,
                        forceName, user.username().startsWith("system:") ? "The point of contact team"
                                : user.displayName(), due, note)),
                user.username(), now, due);
        requests.saveAndFlush(request);
        send(request, court, request.body);
        quality.liaisonChanged(orderId);
        accessLog.record(AccessAction.DISCLOSE, "order", orderId.toString(), kind.name(),
                "Liaison request to " + order.details().court()
                        + (request.sentTo == null ? " (for posting)" : " e-mailed to " + request.sentTo));
        return view(request);
    }

    @Transactional
    public LiaisonView respond(UUID requestId, String response) {
        CurrentUser user = currentUsers.require();
        if (response == null || response.isBlank()) {
            throw new InvalidRequestException("response", "record what the court said");
        }
        var request = open(requestId, user);
        request.status = LiaisonRequestEntity.Status.ANSWERED;
        request.response = response.strip();
        request.respondedBy = user.username();
        request.respondedAt = clock.instant();
        requests.save(request);
        quality.liaisonChanged(request.orderId);
        accessLog.record(AccessAction.COLLECT, "order", request.orderId.toString(), null,
                "Court answered " + request.kind + " request");
        return view(request);
    }

    @Transactional
    public LiaisonView withdraw(UUID requestId, String reason) {
        CurrentUser user = currentUsers.require();
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "say why the request is withdrawn");
        }
        var request = open(requestId, user);
        request.status = LiaisonRequestEntity.Status.WITHDRAWN;
        request.response = "Withdrawn: " + reason.strip();
        request.respondedBy = user.username();
        request.respondedAt = clock.instant();
        requests.save(request);
        quality.liaisonChanged(request.orderId);
        return view(request);
    }

    @Transactional(readOnly = true)
    public List<LiaisonView> forOrder(UUID orderId) {
        orders.current(orderId); // 404 unless the order is the user's force's
        return confidentiality.forCurrentUser(
                requests.findByOrderIdOrderByRaisedAtDesc(orderId).stream().map(this::view).toList(), orderId);
    }

    @Transactional(readOnly = true)
    public List<LiaisonView> open() {
        List<LiaisonView> open = confidentiality.forCurrentUserAcrossForce(requests.findByForceIdAndStatusOrderByDueAtAsc(
                currentUsers.require().forceId(), LiaisonRequestEntity.Status.OPEN).stream().map(this::view).toList());
        accessLog.record(AccessAction.SEARCH, "order", "liaison-open", null,
                "Open court liaison requests: " + open.size() + " listed");
        return open;
    }

    /**
     * The daily sweep: asks about orders whose return hearing passed with no news and orders still unserved, and
     * reminds courts that have not answered. Each step is idempotent, so a sweep run twice asks nothing twice.
     */
    @Transactional
    public SweepResult sweep() {
        Instant now = clock.instant();
        int current = 0;
        int service = 0;
        for (OrderWatchEntity watch : watches.hearingPassedWithoutNews(now)) {
            current += raiseBySystem(watch, LiaisonKind.CONFIRM_CURRENT) ? 1 : 0;
        }
        for (OrderWatchEntity watch : watches.unservedSince(now.minus(properties.unservedAfter()), now)) {
            service += raiseBySystem(watch, LiaisonKind.CONFIRM_SERVICE) ? 1 : 0;
        }
        int reminders = 0;
        for (LiaisonRequestEntity request : requests.findByStatusAndDueAtBefore(LiaisonRequestEntity.Status.OPEN, now)) {
            if (request.remindersSent >= properties.maxReminders()) {
                continue;
            }
            if (request.lastReminderAt != null && request.lastReminderAt.plus(properties.reminderInterval()).isAfter(now)) {
                continue;
            }
            request.remindersSent++;
            request.lastReminderAt = now;
            send(request, Optional.ofNullable(request.courtId).flatMap(courts::findById),
                    LiaisonLetters.reminder(request.body, request.remindersSent, request.raisedAt));
            requests.save(request);
            reminders++;
        }
        return new SweepResult(current, service, reminders);
    }

    private boolean raiseBySystem(OrderWatchEntity watch, LiaisonKind kind) {
        if (requests.existsByOrderIdAndKindAndStatus(watch.orderId, kind, LiaisonRequestEntity.Status.OPEN)) {
            return false;
        }
        try {
            return system.runAs(watch.forceId, "liaison-sweep", Set.of(Role.POINT_OF_CONTACT), () -> {
                raise(watch.orderId, kind, null, null);
                return true;
            });
        } catch (RuntimeException e) {
            log.warn("Liaison sweep could not raise {} for order {}: {}", kind, watch.orderId, e.getMessage());
            return false;
        }
    }

    private LiaisonRequestEntity open(UUID requestId, CurrentUser user) {
        var request = requests.findByIdAndForceId(requestId, user.forceId())
                .orElseThrow(() -> new NotFoundException("Liaison request " + requestId + " was not found"));
        if (request.status != LiaisonRequestEntity.Status.OPEN) {
            throw new ConflictException("This request is already " + request.status.name().toLowerCase());
        }
        return request;
    }

    private void send(LiaisonRequestEntity request, Optional<CourtEntity> court, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        String to = court.map(c -> c.email).filter(e -> e != null && !e.isBlank()).orElse(null);
        if (sender == null || to == null) {
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.fromAddress());
            helper.setTo(to);
            helper.setSubject((request.remindersSent > 0 ? "Reminder: " : "") + request.subject
                    + " [ref " + request.id + "]");
            // Letters written before the masking rule, and their reminders, go out masked too.
            helper.setText(confidentiality.valuesOf(request.orderId).redact(body));
            sender.send(message);
            request.sentTo = to;
        } catch (MailException | jakarta.mail.MessagingException e) {
            // The request stays open and on the point of contact's list; it is not lost because mail failed.
            log.warn("Liaison request {} could not be e-mailed to {}: {}", request.id, to, e.getMessage());
        }
    }

    private LiaisonView view(LiaisonRequestEntity r) {
        String courtName = r.courtId == null ? null : courts.findById(r.courtId).map(c -> c.name).orElse(null);
        boolean overdue = r.status == LiaisonRequestEntity.Status.OPEN && r.dueAt.isBefore(clock.instant());
        return new LiaisonView(r.id, r.orderId, r.orderVersion, r.kind, r.status.name(), courtName, r.sentTo,
                r.subject, r.body, r.raisedBy, r.raisedAt, r.dueAt, overdue, r.remindersSent, r.response,
                r.respondedBy, r.respondedAt);
    }

    public record SweepResult(int confirmCurrentRaised, int confirmServiceRaised, int remindersSent) {
    }
}
