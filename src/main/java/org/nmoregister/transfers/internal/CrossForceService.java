package org.nmoregister.transfers.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.audit.AccessReason;
import org.nmoregister.lookup.OtherForceCard;
import org.nmoregister.lookup.OtherForceOrders;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.TextLimits;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.transfers.SharingSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What users do across forces: an administrator changes the force's sharing; the point of contact reads the day's
 * enquiries of other forces about its orders, the notices other forces sent it and the requests for more; a user who
 * found a card asks the owning force for more. Every step is scoped to the user's force and logged.
 */
@Service
public class CrossForceService {

    static final ZoneId UK = ZoneId.of("Europe/London");
    /** A 24/7 telephone: digits, spaces, a leading + and brackets or hyphens. */
    private static final java.util.regex.Pattern TELEPHONE = java.util.regex.Pattern.compile("^\\+?[0-9 ()-]{6,30}$");

    /** A force's settings as pages and the API show them: the exceptions by force code. */
    public record SharingView(String force, boolean sharesByDefault, String controlRoomTelephone,
                              Map<String, Boolean> exceptions, List<String> sharesWith) {
    }

    /** One page of a list and how many rows it has. */
    public record Page<T>(List<T> items, int page, long total) {
    }

    /** A notice to the user's force, with the card (empty when the order no longer binds). */
    public record NoticeView(UUID orderId, String fromForce, String area, Instant notifiedAt, OtherForceCard card) {
    }

    /** A request for information as its owning force's point of contact reads it. */
    public record RequestView(UUID id, UUID orderId, String fromForce, String toForce, String requestedBy,
                              Instant requestedAt,
                              String reason, String note, Instant answeredAt, String answeredBy) {
    }

    /** An enquiry of another force about one of the force's orders, from the force's access log. */
    public record EnquiryView(Instant at, String fromForce, String username, String orderId, String reason,
                              String shown) {
    }

    private final CrossForceStore store;
    private final CrossForceState state;
    private final ForceDirectory forces;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final OtherForceOrders otherForceOrders;
    private final Clock clock;

    CrossForceService(CrossForceStore store, CrossForceState state, ForceDirectory forces, CurrentUsers currentUsers,
                      AccessLog accessLog, OtherForceOrders otherForceOrders, Clock clock) {
        this.store = store;
        this.state = state;
        this.forces = forces;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.otherForceOrders = otherForceOrders;
        this.clock = clock;
    }

    public SharingView sharing() {
        CurrentUser user = currentUsers.require();
        return view(state.settings(user.forceId()));
    }

    /**
     * Replaces the user's force's settings whole: sharing by default, the 24/7 telephone, the exceptions by force
     * code. An unknown force, the force itself or a malformed telephone is refused naming the field; nothing changes.
     */
    @Transactional
    public SharingView changeSharing(Boolean sharesByDefault, String telephone, Map<String, Boolean> exceptions) {
        CurrentUser user = currentUsers.require();
        if (sharesByDefault == null) {
            throw new InvalidRequestException("sharesByDefault", "say whether other forces find this force's orders"
                    + " (true or false)");
        }
        String phone = telephone == null || telephone.isBlank() ? null : telephone.strip();
        TextLimits.atMost("controlRoomTelephone", phone, 30);
        if (phone != null && !TELEPHONE.matcher(phone).matches()) {
            throw new InvalidRequestException("controlRoomTelephone", "must be a telephone number (digits, spaces,"
                    + " a leading +)");
        }
        Map<UUID, Boolean> byId = new LinkedHashMap<>();
        if (exceptions != null) {
            if (exceptions.size() > 100) {
                throw new InvalidRequestException("exceptions", "must name at most 100 forces");
            }
            for (Map.Entry<String, Boolean> e : exceptions.entrySet()) {
                Force force = forces.byCode(e.getKey()).orElseThrow(() -> new InvalidRequestException("exceptions",
                        "'" + clip(e.getKey()) + "' is no force's code"));
                if (force.id().equals(user.forceId())) {
                    throw new InvalidRequestException("exceptions", "a force always sees its own orders in full");
                }
                if (e.getValue() == null) {
                    throw new InvalidRequestException("exceptions", "say true or false for " + force.code());
                }
                byId.put(force.id(), e.getValue());
            }
        }
        SharingSettings settings = new SharingSettings(user.forceId(), sharesByDefault, byId, phone);
        store.replace(settings, user.username(), clock.instant());
        accessLog.record(AccessAction.CHANGE, "force-sharing", user.forceCode(), null, "Sharing for the national"
                + " existence check: " + (sharesByDefault ? "on" : "off") + " by default"
                + (byId.isEmpty() ? "" : ", exceptions " + view(settings).exceptions()) + "; 24/7 telephone "
                + (phone == null ? "none" : phone));
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        state.reload();
                    }
                });
        return view(settings);
    }

    private SharingView view(SharingSettings settings) {
        Map<String, Boolean> exceptions = new LinkedHashMap<>();
        settings.exceptions().forEach((id, shares) -> exceptions.put(code(id), shares));
        List<String> with = new ArrayList<>();
        for (Force force : forces.all()) {
            if (settings.sharesWith(force.id())) {
                with.add(force.code());
            }
        }
        with.sort(String::compareTo);
        return new SharingView(code(settings.forceId()), settings.sharesByDefault(),
                settings.controlRoomTelephone(), exceptions, with);
    }

    /** The enquiries of other forces' users about the force's orders on one day (UK time), newest first. */
    public Page<EnquiryView> enquiries(LocalDate day, int page, int size) {
        Instant from = day.atStartOfDay(UK).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(UK).toInstant();
        long total = accessLog.countByOtherForces(from, to);
        List<EnquiryView> rows = accessLog.byOtherForces(from, to, page, size).stream()
                .map(e -> new EnquiryView(e.at(), e.forceCode(), e.username(), e.subjectId(), e.reason(), e.detail()))
                .toList();
        return new Page<>(rows, page, total);
    }

    public long countEnquiries(LocalDate day) {
        return accessLog.countByOtherForces(day.atStartOfDay(UK).toInstant(),
                day.plusDays(1).atStartOfDay(UK).toInstant());
    }

    /** The existence notices other forces sent the user's force (the respondent lives in its area), newest first. */
    public Page<NoticeView> notices(int page, int size) {
        CurrentUser user = currentUsers.require();
        long total = store.countNoticesTo(user.forceId());
        List<NoticeView> rows = store.noticesTo(user.forceId(), page, size).stream()
                .map(n -> new NoticeView(n.orderId(), code(n.owningForceId()), n.area(), n.notifiedAt(),
                        otherForceOrders.card(n.orderId(), null, "the force's existence notices").orElse(null)))
                .toList();
        return new Page<>(rows, page, total);
    }

    public long countNotices() {
        return store.countNoticesTo(currentUsers.require().forceId());
    }

    /**
     * Asks the owning force for more than the card of its order: refused as not found unless the user's force may see
     * the card now (the order is another force's, binds, and that force shares with the user's or told it).
     */
    @Transactional
    public RequestView ask(UUID orderId, String reason, String note) {
        CurrentUser user = currentUsers.require();
        if (orderId == null) {
            throw new InvalidRequestException("orderId", "give the order the card is for");
        }
        String why = AccessReason.require(reason, "asking another force");
        TextLimits.atMost("note", note, 1000);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.indexOf('\u0000') >= 0) {
            throw new InvalidRequestException("note", "must not contain a NUL character");
        }
        OtherForceCard card = otherForceOrders.card(orderId, why, "a request for more information")
                .orElseThrow(() -> new NotFoundException("order " + orderId));
        UUID owner = forces.byCode(card.force()).map(Force::id).orElseThrow();
        var request = new CrossForceStore.Request(UUID.randomUUID(), orderId, owner, user.forceId(),
                user.username(), clock.instant(), why, text, null, null);
        store.saveRequest(request);
        accessLog.record(AccessAction.DISCLOSE, "information-request", request.id().toString(), why,
                "Asked " + card.force() + " for more about " + card.reference());
        accessLog.recordInForce(owner, AccessAction.COLLECT, "information-request", request.id().toString(), why,
                "Request from " + user.forceCode() + " by " + user.username() + " for more about " + card.reference()
                        + (text == null ? "" : ": " + text));
        return view(request);
    }

    /** A request the user's force sent or received. */
    public RequestView request(UUID id) {
        CurrentUser user = currentUsers.require();
        return store.request(id, user.forceId()).map(this::view)
                .orElseThrow(() -> new NotFoundException("request " + id));
    }

    /** The requests to the user's force, open ones first. */
    public Page<RequestView> requests(int page, int size) {
        CurrentUser user = currentUsers.require();
        return new Page<>(store.requestsTo(user.forceId(), page, size).stream().map(this::view).toList(), page,
                store.countRequestsTo(user.forceId()));
    }

    public long countRequests() {
        return store.countRequestsTo(currentUsers.require().forceId());
    }

    /** Marks a request to the user's force answered. */
    @Transactional
    public RequestView answered(UUID id) {
        CurrentUser user = currentUsers.require();
        CrossForceStore.Request request = store.request(id, user.forceId())
                .filter(r -> r.owningForceId().equals(user.forceId()))
                .orElseThrow(() -> new NotFoundException("request " + id));
        if (!store.answer(id, user.forceId(), user.username(), clock.instant())) {
            throw new org.nmoregister.platform.ConflictException("The request was already marked answered.");
        }
        accessLog.record(AccessAction.CHANGE, "information-request", id.toString(), null,
                "Request from " + code(request.requestingForceId()) + " marked answered");
        return request(id);
    }

    private RequestView view(CrossForceStore.Request r) {
        return new RequestView(r.id(), r.orderId(), code(r.requestingForceId()), code(r.owningForceId()),
                r.requestedBy(), r.requestedAt(),
                r.reason(), r.note(), r.answeredAt(), r.answeredBy());
    }

    private String code(UUID forceId) {
        return forces.byId(forceId).map(Force::code).orElse(String.valueOf(forceId));
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) : text;
    }

    /** Today in the UK. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    Optional<Force> force(String code) {
        return forces.byCode(code);
    }
}
