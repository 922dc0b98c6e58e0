package org.nmoregister.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.intake.ManualOrigin;
import org.nmoregister.intake.NotificationSource;
import org.nmoregister.intake.NotificationStatus;
import org.nmoregister.intake.internal.DeliveryDifferences.Difference;
import org.nmoregister.intake.internal.DocumentReader.ReadDocument;
import org.nmoregister.intake.internal.NotificationViews.Accepted;
import org.nmoregister.intake.internal.NotificationViews.DocumentContent;
import org.nmoregister.intake.internal.NotificationViews.DocumentSummary;
import org.nmoregister.intake.internal.NotificationViews.Notification;
import org.nmoregister.intake.internal.NotificationViews.QueueItem;
import org.nmoregister.intake.internal.NotificationViews.Receipt;
import org.nmoregister.intake.reading.NotificationPrefill;
import org.nmoregister.intake.reading.OrderReading;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.ChangeOffer;
import org.nmoregister.orders.OrderChange.CourtNotice;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.RecordedChange;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intake service: stores every notification before it is acknowledged, deduplicates deliveries, keeps the point
 * of contact's queue, and hands an accepted notification to the register ({@link OrderRegister#record}), which
 * decides what it does to the order. Everything is scoped to the signed-in user's force;
 * another force's notification is not found. Every read and change is written to the access log.
 */
@Service
public class NotificationService {

    private static final String SUBJECT = "notification";

    private final NotificationRepository notifications;
    private final NotificationDocumentRepository documents;
    private final NotificationDocumentContentRepository contents;
    private final OrderRegister orders;
    private final AccessLog accessLog;
    private final CurrentUsers currentUsers;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Duration triageTarget;
    private final Duration nearHearing;

    NotificationService(NotificationRepository notifications, NotificationDocumentRepository documents,
                        NotificationDocumentContentRepository contents, OrderRegister orders, AccessLog accessLog,
                        CurrentUsers currentUsers, JsonMapper json, Clock clock,
                        PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
                        @Value("${nmo.intake.triage-target:PT24H}") Duration triageTarget,
                        @Value("${nmo.intake.near-return-hearing:P3D}") Duration nearHearing) {
        this.notifications = notifications;
        this.documents = documents;
        this.contents = contents;
        this.orders = orders;
        this.accessLog = accessLog;
        this.currentUsers = currentUsers;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.triageTarget = triageTarget;
        this.nearHearing = nearHearing;
    }

    public Duration triageTarget() {
        return triageTarget;
    }

    /**
     * A delivery over the API (court feed, or the point of contact entering one by hand). Complete data is required;
     * nothing is stored otherwise. A repeat of the same source and reference with the same content returns the
     * notification already stored; with different content it is stored as a changed resend of the first, with what
     * differs, for the point of contact to decide: a sender's change is never dropped. Deliveries of one reference
     * are taken one at a time (a transaction-scoped database lock), so copies arriving at once are still one.
     */
    public Receipt receive(NotificationSource requestedSource, ManualOrigin origin, String externalReference,
                           NotificationData data) {
        CurrentUser user = currentUsers.require();
        List<FieldError> errors = new ArrayList<>();
        NotificationSource source = sourceFor(user, requestedSource, origin, externalReference, errors);
        String reference = externalReference == null || externalReference.isBlank() ? null : externalReference.strip();
        if (reference != null && reference.length() > 200) {
            errors.add(new FieldError("externalReference", "is longer than 200 characters"));
        }
        NotificationData value = data == null ? NotificationData.EMPTY : data;
        errors.addAll(NotificationValidator.complete(value, clock.instant(), source.fromCourt(origin)));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ManualOrigin keptOrigin = source == NotificationSource.MANUAL ? origin : null;
        try {
            return transaction.execute(status -> {
                if (reference != null) {
                    lockDelivery(user.forceId(), source, reference);
                    List<NotificationEntity> earlier = notifications
                            .findByForceIdAndSourceAndExternalReferenceOrderByReceivedAtAscIdAsc(user.forceId(),
                                    source, reference);
                    for (NotificationEntity e : earlier) {
                        if (Objects.equals(e.manualOrigin, keptOrigin) && value.equals(delivered(e))) {
                            return new Receipt(e.id, false, e.correctionOf, differences(e));
                        }
                    }
                    if (!earlier.isEmpty()) {
                        return storeChangedResend(user, source, keptOrigin, reference, value, earlier);
                    }
                }
                var entity = new NotificationEntity(user.forceId(), source, keptOrigin, reference, clock.instant(),
                        user.username());
                store(entity, value);
                offer(entity, value);
                notifications.saveAndFlush(entity);
                accessLog.record(AccessAction.COLLECT, SUBJECT, entity.id.toString(), null,
                        "received by " + source + (reference == null ? "" : " reference " + reference));
                return new Receipt(entity.id, true, null, List.of());
            });
        } catch (DataIntegrityViolationException e) {
            // Only a manual entry on the page, which takes no lock, can have stored the reference meanwhile.
            if (reference == null) {
                throw e;
            }
            return transaction.execute(status -> notifications
                    .findByForceIdAndSourceAndExternalReferenceAndCorrectionOfIsNull(user.forceId(), source, reference)
                    .filter(found -> value.equals(delivered(found)))
                    .map(found -> new Receipt(found.id, false, null, List.of())))
                    .orElseThrow(() -> new ConflictException("A notification with reference " + reference
                            + " was stored at the same moment with other content; deliver this one again."));
        }
    }

    /** A repeat whose content differs from the sender's previous delivery: kept, with what differs, for the POC. */
    private Receipt storeChangedResend(CurrentUser user, NotificationSource source, ManualOrigin origin,
                                       String reference, NotificationData data, List<NotificationEntity> earlier) {
        NotificationEntity original = earlier.get(0);
        NotificationEntity previous = earlier.get(earlier.size() - 1);
        List<Difference> differences = new ArrayList<>();
        if (!Objects.equals(previous.manualOrigin, origin)) {
            differences.add(new Difference("manualOrigin", Objects.toString(previous.manualOrigin, null),
                    Objects.toString(origin, null)));
        }
        differences.addAll(DeliveryDifferences.between(delivered(previous), data));
        var entity = new NotificationEntity(user.forceId(), source, origin, reference, clock.instant(),
                user.username());
        entity.correctionOf = original.id;
        entity.differencesJson = json.writeValueAsString(differences);
        store(entity, data);
        offer(entity, data);
        notifications.saveAndFlush(entity);
        accessLog.record(AccessAction.COLLECT, SUBJECT, entity.id.toString(), null,
                "changed resend by " + source + " of reference " + reference + " (first delivered as "
                        + original.id + "); differs in " + String.join(", ",
                        differences.stream().map(Difference::field).toList()));
        return new Receipt(entity.id, true, original.id, differences);
    }

    private void lockDelivery(UUID forceId, NotificationSource source, String reference) {
        jdbc.query("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) locked",
                (java.sql.ResultSet rs) -> { }, "notification-delivery|" + forceId + "|" + source + "|" + reference);
    }

    private NotificationData delivered(NotificationEntity entity) {
        return entity.deliveredJson == null ? null : json.readValue(entity.deliveredJson, NotificationData.class);
    }

    private List<Difference> differences(NotificationEntity entity) {
        return entity.differencesJson == null ? List.of()
                : List.of(json.readValue(entity.differencesJson, Difference[].class));
    }

    private static NotificationSource sourceFor(CurrentUser user, NotificationSource requested, ManualOrigin origin,
                                                String reference, List<FieldError> errors) {
        if (user.has(Role.COURT_FEED)) {
            if (requested != null && requested != NotificationSource.COURT_FEED) {
                errors.add(new FieldError("source", "a court-feed account delivers COURT_FEED notifications only"));
            }
            if (reference == null || reference.isBlank()) {
                errors.add(new FieldError("externalReference", "is required for a court-feed delivery"));
            }
            if (origin != null) {
                // Kept only for manual entries: refused rather than dropped, so the sender knows.
                errors.add(new FieldError("manualOrigin", "is for notifications the point of contact enters by "
                        + "hand; a court-feed delivery has none"));
            }
            return NotificationSource.COURT_FEED;
        }
        if (requested != null && requested != NotificationSource.MANUAL) {
            errors.add(new FieldError("source", "notifications entered by the point of contact are MANUAL; "
                    + "court-feed deliveries come from a court-feed account, documents and e-mails are uploaded"));
        }
        if (origin == null) {
            errors.add(new FieldError("manualOrigin", "is required: who told the force (OTHER_FORCE, PARTNER_AGENCY, "
                    + "VICTIM, SOLICITOR, COURT_OTHER)"));
        }
        return NotificationSource.MANUAL;
    }

    /** Manual entry on the page: stored however incomplete, for the point of contact to finish on its own page. */
    @Transactional
    public UUID enter(ManualOrigin origin, String externalReference, NotificationData data) {
        CurrentUser user = currentUsers.require();
        if (origin == null) {
            throw new InvalidRequestException("manualOrigin", "Select who told the force about the order");
        }
        var entity = new NotificationEntity(user.forceId(), NotificationSource.MANUAL, origin,
                externalReference == null || externalReference.isBlank() ? null : externalReference.strip(),
                clock.instant(), user.username());
        store(entity, data);
        offer(entity, data);
        try {
            notifications.saveAndFlush(entity);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidRequestException("externalReference", "A notification with this reference is already held");
        }
        accessLog.record(AccessAction.COLLECT, SUBJECT, entity.id.toString(), null, "entered by hand from " + origin);
        return entity.id;
    }

    /** An order document (PDF) uploaded by the point of contact; refuses anything that is not a readable PDF. */
    @Transactional
    public UUID receivePdf(String filename, byte[] bytes) {
        ReadDocument pdf;
        try {
            pdf = DocumentReader.pdf(filename, bytes);
        } catch (DocumentReader.UnreadableDocumentException e) {
            throw new InvalidRequestException("file", "The file " + e.getMessage());
        }
        var reading = NotificationPrefill.best(java.util.Collections.singletonList(pdf.extractedText()));
        NotificationData data = extracted(reading, pdf.extractedText());
        CurrentUser user = currentUsers.require();
        var entity = new NotificationEntity(user.forceId(), NotificationSource.UPLOAD, null, null, clock.instant(),
                user.username());
        store(entity, data);
        offerAsRead(entity, data, reading);
        notifications.saveAndFlush(entity);
        attach(entity.id, pdf);
        accessLog.record(AccessAction.COLLECT, SUBJECT, entity.id.toString(), null,
                "order document uploaded: " + pdf.filename() + " sha256 " + pdf.sha256());
        return entity.id;
    }

    /** An e-mail file (.eml): the message and each attachment are kept as documents. */
    @Transactional
    public UUID receiveEmail(String filename, byte[] bytes) {
        DocumentReader.ReadEmail email;
        try {
            email = DocumentReader.email(filename, bytes);
        } catch (DocumentReader.UnreadableDocumentException e) {
            throw new InvalidRequestException("file", "The file " + e.getMessage());
        }
        List<String> texts = new ArrayList<>();
        email.attachments().forEach(a -> texts.add(a.extractedText()));
        texts.add(email.bodyText());
        var reading = NotificationPrefill.best(texts);
        NotificationData data = extracted(reading, email.allText());
        CurrentUser user = currentUsers.require();
        var entity = new NotificationEntity(user.forceId(), NotificationSource.EMAIL, null, null, clock.instant(),
                user.username());
        entity.emailSubject = NotificationDocumentEntity.clip(email.subject(), 1000);
        entity.emailFrom = NotificationDocumentEntity.clip(email.from(), 1000);
        entity.emailDate = email.sentAt();
        store(entity, data);
        offerAsRead(entity, data, reading);
        notifications.saveAndFlush(entity);
        attach(entity.id, email.message());
        email.attachments().forEach(a -> attach(entity.id, a));
        accessLog.record(AccessAction.COLLECT, SUBJECT, entity.id.toString(), null,
                "e-mail uploaded: " + email.message().filename() + " with " + email.attachments().size()
                        + " attachment(s)");
        return entity.id;
    }

    /** The notification as read from the document (see intake.reading), for the point of contact to confirm. */
    private NotificationData extracted(Optional<OrderReading> reading, String text) {
        return reading.map(NotificationPrefill::data).orElse(NotificationData.EMPTY)
                .withCourtAndCase(CaseReferenceExtractor.court(text).orElse(null),
                        CaseReferenceExtractor.caseNumber(text).orElse(null));
    }

    /** As a court-feed notice is offered; a document that says it varies, extends or discharges is offered as that. */
    private void offerAsRead(NotificationEntity entity, NotificationData data, Optional<OrderReading> reading) {
        offer(entity, data);
        String stated = reading.map(NotificationPrefill::statedChange).orElse(null);
        if (entity.matchedOrderId != null && stated != null) {
            entity.offeredChange = ChangeKindNames.kind(stated);
        }
    }

    private void attach(UUID notificationId, ReadDocument document) {
        var entity = new NotificationDocumentEntity(notificationId, document, clock.instant());
        documents.save(entity);
        contents.save(new NotificationDocumentContentEntity(entity.id, document.content()));
    }

    /** The force's queue: open notifications (or those with {@code status}), most urgent first. */
    @Transactional
    public List<QueueItem> queue(NotificationStatus status) {
        CurrentUser user = currentUsers.require();
        var statuses = status == null ? EnumSet.of(NotificationStatus.NEW, NotificationStatus.IN_REVIEW)
                : EnumSet.of(status);
        Instant now = clock.instant();
        List<QueueItem> items = notifications.findByForceIdAndStatusIn(user.forceId(), statuses).stream()
                .sorted(TriageOrder.comparator(now, nearHearing))
                .map(entity -> queueItem(entity, now))
                .toList();
        // the log is read by supervisors: the queue is named in words ("queue: new, in review"), not by its codes
        String queue = statuses.stream().map(st -> st.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .collect(java.util.stream.Collectors.joining(", "));
        accessLog.record(AccessAction.SEARCH, SUBJECT, "queue: " + queue, null, items.size() + " listed");
        return items;
    }

    private QueueItem queueItem(NotificationEntity e, Instant now) {
        NotificationData data = data(e);
        return new QueueItem(e.id, e.source, e.manualOrigin, e.externalReference, e.status, e.receivedAt,
                Duration.between(e.receivedAt, now), e.status.isOpen() && TriageOrder.overdue(e, now, triageTarget),
                e.status.isOpen() && TriageOrder.urgent(e, now, nearHearing), e.withoutNotice, e.returnHearingAt,
                data.court(), data.caseNumber(), data.orderType(),
                data.respondent() == null ? null : data.respondent().name(), e.offeredChange, e.emailSubject,
                e.correctionOf, e.status.isOpen() && readyToCheck(e, data, now));
    }

    /**
     * Whether the notification can go straight to "check your answers": it came with no document whose reading must
     * be confirmed against it (a court's feed, or typed by the point of contact), and it says all that accepting it
     * as the change offered needs. Anything else opens on its own page, beside its document and its form.
     */
    static boolean readyToCheck(NotificationEntity e, NotificationData data, Instant now) {
        boolean documentless = e.source == NotificationSource.COURT_FEED || e.source == NotificationSource.MANUAL;
        return documentless && NotificationValidator.forChange(e.offeredChange, data, now,
                e.source.fromCourt(e.manualOrigin)).isEmpty();
    }

    /**
     * The notification to open after {@code after} is decided: the most urgent one still open, other than it (null
     * when none is left). Counted as a look at the queue.
     */
    @Transactional
    public QueueItem next(UUID after) {
        CurrentUser user = currentUsers.require();
        Instant now = clock.instant();
        QueueItem next = notifications.findByForceIdAndStatusIn(user.forceId(),
                        EnumSet.of(NotificationStatus.NEW, NotificationStatus.IN_REVIEW)).stream()
                .filter(e -> !e.id.equals(after))
                .sorted(TriageOrder.comparator(now, nearHearing))
                .findFirst()
                .map(e -> queueItem(e, now))
                .orElse(null);
        accessLog.record(AccessAction.SEARCH, SUBJECT, "queue: next to triage", null,
                next == null ? "none left" : "next " + next.id());
        return next;
    }

    /**
     * "Check your answers": what accepting the notification as it stands would record ({@code requested}: the kind of
     * change the point of contact chose, null for the one offered) and, field by field, what stops it. Accepting
     * checks the same again ({@link #accept}), so a page that shows Accept disabled is never the only guard.
     */
    @Transactional
    public NotificationViews.Check check(UUID id, ChangeKind requested) {
        NotificationEntity entity = load(id);
        NotificationData data = data(entity);
        if (!entity.status.isOpen()) {
            accessLog.record(AccessAction.VIEW, SUBJECT, id.toString(), null, "notification read (decided)");
            return new NotificationViews.Check(view(entity), entity.offeredChange, entity.matchedOrderId, List.of());
        }
        ChangeKind kind = requested != null ? requested : asDocumentStates(entity, null);
        ChangeOffer offer = orders.offer(NotificationMapper.notice(data, kind, "check of notification " + id));
        List<FieldError> problems = NotificationValidator.forChange(offer.kind(), data, clock.instant(),
                entity.source.fromCourt(entity.manualOrigin));
        accessLog.record(AccessAction.VIEW, SUBJECT, id.toString(), null, "checked before accepting"
                + (problems.isEmpty() ? "" : "; " + problems.size() + " problem(s) stop it"));
        return new NotificationViews.Check(view(entity), offer.kind(), offer.heldOrderId(), problems);
    }

    /** The change a document states, when it was read from one and nothing else was chosen; else {@code chosen}. */
    private static ChangeKind asDocumentStates(NotificationEntity entity, ChangeKind chosen) {
        if (chosen == null && entity.matchedOrderId != null
                && (entity.source == NotificationSource.UPLOAD || entity.source == NotificationSource.EMAIL)
                && EnumSet.of(ChangeKind.VARIATION, ChangeKind.EXTENSION, ChangeKind.DISCHARGE).contains(entity.offeredChange)) {
            return entity.offeredChange;
        }
        return chosen;
    }

    /** Recent notifications of the force other than {@code except}: the choices for "duplicate of". */
    @Transactional(readOnly = true)
    public List<QueueItem> recent(UUID except) {
        CurrentUser user = currentUsers.require();
        Instant now = clock.instant();
        return notifications.findByForceIdAndReceivedAtAfterOrderByReceivedAtDesc(user.forceId(),
                        now.minus(Duration.ofDays(90)), Limit.of(51)).stream()
                .filter(e -> !e.id.equals(except))
                .limit(50)
                .map(e -> queueItem(e, now))
                .toList();
    }

    @Transactional
    public Notification read(UUID id) {
        NotificationEntity entity = load(id);
        accessLog.record(AccessAction.VIEW, SUBJECT, id.toString(), null, "notification read");
        return view(entity);
    }

    @Transactional
    public DocumentContent document(UUID notificationId, UUID documentId) {
        load(notificationId);
        var document = documents.findById(documentId)
                .filter(d -> d.notificationId.equals(notificationId))
                .orElseThrow(() -> new NotFoundException("Document " + documentId));
        var content = contents.findById(documentId).orElseThrow(() -> new NotFoundException("Document " + documentId));
        accessLog.record(AccessAction.VIEW, SUBJECT, notificationId.toString(), null,
                "original document opened: " + document.filename);
        return new DocumentContent(document.filename, document.contentType, content.content);
    }

    /** The point of contact's corrections, saved without deciding; the notification is then in review. */
    @Transactional
    public void correct(UUID id, NotificationData data, Long expectedRowVersion) {
        NotificationEntity entity = load(id);
        checkVersion(entity, expectedRowVersion);
        entity.startReview();
        store(entity, data);
        offer(entity, data);
        accessLog.record(AccessAction.CHANGE, SUBJECT, id.toString(), null, "data corrected; status IN_REVIEW");
    }

    /**
     * Accepts the notification into the register, which decides what it does: a new order, or a new version of the
     * order this force already holds for the same court, case number and order type ({@link OrderRegister#record}).
     * {@code corrections}, when given, replace the data first; {@code requested}, when given, is the kind of change
     * the point of contact chose. What the notice must say depends on that kind: checked here, field by field, before
     * the register is asked.
     */
    @Transactional
    public Accepted accept(UUID id, NotificationData corrections, ChangeKind requested, Long expectedRowVersion) {
        CurrentUser user = currentUsers.require();
        NotificationEntity entity = load(id);
        checkVersion(entity, expectedRowVersion);
        if (!entity.status.isOpen()) {
            throw new ConflictException("The notification has already been decided: " + entity.status);
        }
        NotificationData data = corrections != null ? corrections : data(entity);
        if (requested == null && corrections == null && entity.matchedOrderId != null
                && (entity.source == NotificationSource.UPLOAD || entity.source == NotificationSource.EMAIL)
                && EnumSet.of(ChangeKind.VARIATION, ChangeKind.EXTENSION, ChangeKind.DISCHARGE).contains(entity.offeredChange)) {
            // accepted as offered: a document that says it varies, extends or discharges the order is that change,
            // even where its restated terms are worded otherwise than the version held
            requested = entity.offeredChange;
        }
        CourtNotice notice = NotificationMapper.notice(data, requested,
                "From notification " + id + " (" + entity.source + ")");
        ChangeOffer offer = orders.offer(notice);
        List<FieldError> errors = NotificationValidator.forChange(offer.kind(), data, clock.instant(),
                entity.source.fromCourt(entity.manualOrigin));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        RecordedChange recorded = orders.record(new CourtNotice(notice.order(), offer.kind(), notice.note()));
        store(entity, data);
        entity.offeredChange = recorded.kind();
        entity.matchedOrderId = offer.heldOrderId();
        entity.accept(recorded.orderId(), recorded.version(), clock.instant(), user.username());
        notifications.flush();
        accessLog.record(AccessAction.CHANGE, SUBJECT, id.toString(), null, "accepted as "
                + ChangeKindNames.wireName(recorded.kind()) + ": order " + recorded.orderId() + " version "
                + recorded.version());
        return new Accepted(recorded.orderId(), recorded.version());
    }

    @Transactional
    public void reject(UUID id, String reason, Long expectedRowVersion) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "Give the reason the notification is rejected");
        }
        if (reason.length() > 2000) {
            throw new InvalidRequestException("reason", "is longer than 2000 characters");
        }
        CurrentUser user = currentUsers.require();
        NotificationEntity entity = load(id);
        checkVersion(entity, expectedRowVersion);
        entity.reject(reason.strip(), clock.instant(), user.username());
        notifications.flush();
        accessLog.record(AccessAction.CHANGE, SUBJECT, id.toString(), reason.strip(), "rejected");
    }

    @Transactional
    public void markDuplicate(UUID id, UUID duplicateOf, Long expectedRowVersion) {
        if (duplicateOf == null) {
            throw new InvalidRequestException("duplicateOf", "Choose the notification this one repeats");
        }
        if (duplicateOf.equals(id)) {
            throw new InvalidRequestException("duplicateOf", "A notification cannot repeat itself");
        }
        CurrentUser user = currentUsers.require();
        NotificationEntity entity = load(id);
        checkVersion(entity, expectedRowVersion);
        NotificationEntity original = notifications.findByIdAndForceId(duplicateOf, user.forceId())
                .orElseThrow(() -> new InvalidRequestException("duplicateOf",
                        "No notification " + duplicateOf + " is held by your force"));
        entity.markDuplicate(original.id, clock.instant(), user.username());
        notifications.flush();
        accessLog.record(AccessAction.CHANGE, SUBJECT, id.toString(), null, "marked duplicate of " + duplicateOf);
    }

    /** Records whether the notification matches an order already held, and what it would most likely do to it. */
    private void offer(NotificationEntity entity, NotificationData data) {
        ChangeOffer offer = orders.offer(NotificationMapper.notice(data == null ? NotificationData.EMPTY : data, null,
                "notification " + entity.id));
        entity.matchedOrderId = offer.heldOrderId();
        entity.offeredChange = offer.kind();
    }

    private void store(NotificationEntity entity, NotificationData data) {
        NotificationData value = data == null ? NotificationData.EMPTY : data;
        entity.setData(value, json.writeValueAsString(value));
    }

    private NotificationData data(NotificationEntity entity) {
        return entity.dataJson == null ? NotificationData.EMPTY
                : json.readValue(entity.dataJson, NotificationData.class);
    }

    private NotificationEntity load(UUID id) {
        CurrentUser user = currentUsers.require();
        return notifications.findByIdAndForceId(id, user.forceId())
                .orElseThrow(() -> new NotFoundException("Notification " + id));
    }

    private static void checkVersion(NotificationEntity entity, Long expected) {
        if (expected != null && expected != entity.rowVersion) {
            throw new ConflictException("The notification was changed by someone else while you were working on it. "
                    + "Reload it and try again.");
        }
    }

    private Notification view(NotificationEntity e) {
        Instant now = clock.instant();
        List<DocumentSummary> docs = documents.findByNotificationIdOrderByStoredAt(e.id).stream()
                .map(d -> new DocumentSummary(d.id, d.filename, d.contentType, d.sizeBytes, d.sha256,
                        d.extractedText, d.storedAt, d.textRecognised))
                .toList();
        return new Notification(e.id, e.source, e.manualOrigin, e.externalReference, e.status, e.receivedAt,
                e.receivedBy, Duration.between(e.receivedAt, now),
                e.status.isOpen() && TriageOrder.overdue(e, now, triageTarget), data(e), e.offeredChange,
                e.matchedOrderId, e.orderId, e.orderVersion, e.rejectionReason, e.duplicateOf, e.decidedAt,
                e.decidedBy, e.emailSubject, e.emailFrom, e.emailDate, e.rowVersion, docs, e.correctionOf,
                differences(e), notifications.findByCorrectionOfOrderByReceivedAt(e.id).stream()
                        .map(NotificationEntity::id).toList());
    }
}
