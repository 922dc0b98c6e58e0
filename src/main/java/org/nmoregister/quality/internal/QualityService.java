package org.nmoregister.quality.internal;

import org.nmoregister.platform.TextLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.platform.StorableTime;
import org.nmoregister.orders.OrderVersionRecorded;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.quality.OrderQualityAssured;
import org.nmoregister.quality.QualityStatus;
import org.nmoregister.quality.QualityView;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every recorded order version arrives here for review. The point of contact assures it when no ERROR finding
 * stands; a supervisor may assure it despite errors with a recorded reason. A version that only adds service
 * keeps the assurance of the version before it: the wording and parties it was assured on have not changed.
 */
@Service
public class QualityService implements org.nmoregister.quality.QualityAssurance {

    private final QualityReviewRepository reviews;
    private final OrderWatchRepository watches;
    private final LiaisonRequestRepository liaison;
    private final OrderRegister orders;
    private final FindingsAssessor assessor;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final Confidentiality confidentiality;
    /** How far ahead an unserved order's return hearing puts it on the point of contact's list to chase service. */
    private final Duration serviceChaseWindow;

    QualityService(QualityReviewRepository reviews, OrderWatchRepository watches, LiaisonRequestRepository liaison,
                   OrderRegister orders, FindingsAssessor assessor, CurrentUsers currentUsers,
                   AccessLog accessLog, ApplicationEventPublisher events, JsonMapper json, Clock clock,
                   Confidentiality confidentiality,
                   @Value("${nmo.quality.unserved-before-hearing:P7D}") Duration serviceChaseWindow) {
        this.confidentiality = confidentiality;
        this.serviceChaseWindow = serviceChaseWindow;
        this.reviews = reviews;
        this.watches = watches;
        this.liaison = liaison;
        this.orders = orders;
        this.assessor = assessor;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs after the version is committed, once per version even across restarts (event publication registry). The
     * event carries the version and its clauses: nothing is read back from orders and no one is impersonated.
     */
    @ApplicationModuleListener
    void on(OrderVersionRecorded recorded) {
        review(recorded.order());
    }

    /** Creates (once) the review of this version and brings the order's watch up to date. */
    @Transactional
    QualityReviewEntity review(OrderSnapshot version) {
        watch(version);
        var existing = reviews.findByOrderIdAndVersion(version.orderId(), version.version());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        if (reviews.createIfAbsent(version.orderId(), version.version(), version.forceId(), now) == 0) {
            return reviews.findByOrderIdAndVersion(version.orderId(), version.version()).orElseThrow();
        }
        var review = reviews.findByOrderIdAndVersion(version.orderId(), version.version()).orElseThrow();
        assess(review, version);
        var previous = version.version() > 1
                ? reviews.findByOrderIdAndVersion(version.orderId(), version.version() - 1)
                : java.util.Optional.<QualityReviewEntity>empty();
        if (version.changeKind() == ChangeKind.SERVICE && previous.isPresent()
                && previous.get().status == QualityStatus.QUALITY_ASSURED) {
            review.status = QualityStatus.QUALITY_ASSURED;
            review.assuredBy = "system:carried-forward";
            review.assuredAt = now;
            review.overrideReason = previous.get().overrideReason;
            reviews.save(review);
            events.publishEvent(new OrderQualityAssured(version, previous.get().overrideReason != null));
            return review;
        }
        if (liaison.existsByOrderIdAndStatus(version.orderId(), LiaisonRequestEntity.Status.OPEN)) {
            review.status = QualityStatus.QUERIED;
        }
        return reviews.save(review);
    }

    /**
     * Quality-assures the order's latest version.
     *
     * @param overrideReason a supervisor's reason for assuring despite ERROR findings or an open query; null otherwise
     * @throws QualityBlockedException when ERROR findings stand and no override is given
     */
    @Transactional
    public QualityView assure(UUID orderId, String overrideReason) {
        TextLimits.atMost("overrideReason", overrideReason, 2000);
        CurrentUser user = currentUsers.require();
        boolean override = overrideReason != null && !overrideReason.isBlank();
        if (override && !user.has(Role.SUPERVISOR)) {
            throw new InvalidRequestException("overrideReason", "only a supervisor may override the checks");
        }
        if (!override && !user.has(Role.POINT_OF_CONTACT)) {
            throw new InvalidRequestException("overrideReason",
                    "a supervisor assures an order only by overriding the checks, with a reason");
        }
        OrderSnapshot latest = orders.current(orderId);
        QualityReviewEntity review = review(latest);
        if (review.status == QualityStatus.QUALITY_ASSURED) {
            throw new ConflictException("Version " + review.version + " is already quality-assured");
        }
        assess(review, latest);
        if (!override) {
            if (review.status == QualityStatus.QUERIED) {
                throw new ConflictException("A request to the court about this order is still open: record the "
                        + "court's answer (or withdraw the request) first");
            }
            List<StoredFinding> errors = findings(review).stream().filter(StoredFinding::isError).toList();
            if (!errors.isEmpty()) {
                throw new QualityBlockedException(errors);
            }
        }
        review.status = QualityStatus.QUALITY_ASSURED;
        review.assuredBy = user.username();
        review.assuredAt = clock.instant();
        review.overrideReason = override ? overrideReason.strip() : null;
        reviews.save(review);
        accessLog.record(AccessAction.CHANGE, "order", orderId.toString(), null, "Quality-assured version "
                + review.version + (override ? " overriding " + review.errorCount + " error(s): " + overrideReason.strip() : ""));
        events.publishEvent(new OrderQualityAssured(latest, override));
        return view(latest);
    }

    @Override
    @Transactional(noRollbackFor = {QualityBlockedException.class, ConflictException.class})
    public boolean assureIfClear(UUID orderId) {
        try {
            assure(orderId, null);
            return true;
        } catch (QualityBlockedException | ConflictException e) {
            return false;
        }
    }

    /** The latest version's review, created on the spot if its event has not been handled yet. */
    @Transactional
    public QualityView view(OrderSnapshot latest) {
        QualityReviewEntity review = review(latest);
        var clauses = assessor.clauses(latest);
        List<QualityView.Finding> findings = findings(review).stream()
                .map(f -> new QualityView.Finding(f.code(), f.severity(), f.clauseIndex(), f.message())).toList();
        return confidentiality.forCurrentUser(new QualityView(review.version, review.status, clauses, findings,
                review.errorCount, review.assuredBy, review.assuredAt, review.overrideReason, List.of()),
                latest.orderId());
    }

    @Transactional(readOnly = true)
    public List<QueueItem> queue() {
        CurrentUser user = currentUsers.require();
        List<QueueItem> items = reviews.findByForceIdAndStatusInOrderByCreatedAtAsc(user.forceId(),
                        List.of(QualityStatus.PENDING_QA, QualityStatus.QUERIED)).stream()
                .map(r -> new QueueItem(r.orderId, r.version, r.status, r.errorCount, r.createdAt,
                        watches.findById(r.orderId).map(w -> w.caseNumber).orElse(""),
                        watches.findById(r.orderId).map(w -> w.court).orElse("")))
                .toList();
        accessLog.record(AccessAction.SEARCH, "order", "quality-queue", null,
                "Quality-assurance queue: " + items.size() + " versions listed");
        return items;
    }

    /** Moves the latest review between PENDING_QA and QUERIED as liaison requests open and close. */
    @Transactional
    void liaisonChanged(UUID orderId) {
        reviews.findFirstByOrderIdOrderByVersionDesc(orderId).ifPresent(review -> {
            if (review.status == QualityStatus.QUALITY_ASSURED) {
                return;
            }
            review.status = liaison.existsByOrderIdAndStatus(orderId, LiaisonRequestEntity.Status.OPEN)
                    ? QualityStatus.QUERIED : QualityStatus.PENDING_QA;
            reviews.save(review);
        });
    }

    List<StoredFinding> findings(QualityReviewEntity review) {
        return json.readValue(review.findings, new TypeReference<List<StoredFinding>>() { });
    }

    private void assess(QualityReviewEntity review, OrderSnapshot version) {
        List<StoredFinding> findings = assessor.findings(version);
        review.findings = json.writeValueAsString(findings);
        review.errorCount = (int) findings.stream().filter(StoredFinding::isError).count();
    }

    private void watch(OrderSnapshot version) {
        var d = version.details();
        watches.record(version.orderId(), version.forceId(), d.court(), d.caseNumber(), version.version(),
                StorableTime.clamp(d.madeAt()),
                StorableTime.clamp(d.returnHearing() == null ? null : d.returnHearing().at()),
                StorableTime.clamp(d.dischargedAt() != null ? d.dischargedAt() : OrderStatusRule.endOf(d).orElse(null)),
                !d.service().isEmpty(), StorableTime.clamp(version.effectiveFrom()));
    }

    /**
     * The force's orders not yet served whose return hearing is within the chase window from now, soonest first: the
     * point of contact chases service before the hearing. Written to the access log as a search.
     */
    @Transactional(readOnly = true)
    public List<UnservedOrder> unservedBeforeHearing() {
        CurrentUser user = currentUsers.require();
        Instant now = clock.instant();
        List<UnservedOrder> found = watches.unservedBeforeHearing(user.forceId(), now, now.plus(serviceChaseWindow))
                .stream()
                .map(w -> new UnservedOrder(w.orderId, w.caseNumber, w.court, w.madeAt, w.returnHearingAt))
                .toList();
        accessLog.record(AccessAction.SEARCH, "order", "unserved-before-hearing", null,
                "Unserved orders before their return hearing: " + found.size() + " listed");
        return found;
    }

    public Duration serviceChaseWindow() {
        return serviceChaseWindow;
    }

    /** An order not yet served, with its return hearing. */
    public record UnservedOrder(UUID orderId, String caseNumber, String court, Instant madeAt,
                                Instant returnHearingAt) {
    }

    /** A version waiting for quality assurance, for the point of contact's queue. */
    public record QueueItem(UUID orderId, int version, QualityStatus status, int errorCount, Instant since,
                            String caseNumber, String court) {
    }
}
