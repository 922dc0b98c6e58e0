package org.nmoregister.flags.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.flags.MarkerKind;
import org.nmoregister.flags.MarkerView;
import org.nmoregister.flags.Withdrawal;
import org.nmoregister.orders.ConfidentialValues;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.platform.StorableTime;
import org.nmoregister.orders.OrderVersionRecorded;
import org.nmoregister.orders.OrderMovedToForce;
import org.springframework.context.event.EventListener;
import org.nmoregister.places.PlaceChoices;
import org.nmoregister.places.PlaceLocation;
import org.nmoregister.quality.OrderQualityAssured;
import org.nmoregister.quality.PlaceConfirmed;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.nmoregister.security.Role;
import org.nmoregister.security.SystemActions;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps an order's markers in step with it. The people and places come from the quality-assured version only
 * (wording that has not been assured is not flagged), but the order's end comes from every version as soon as it is
 * recorded: a discharge or an extension is a court's fact, and a flag must not outlive, or fall short of, the order.
 */
@Service
public class MarkerService implements org.nmoregister.flags.LocationsOfInterest,
        org.nmoregister.flags.RespondentNotices {

    private final MarkerRepository markers;
    private final MarkerExportRepository exports;
    private final OrderRegister orders;
    private final SystemActions system;
    private final CurrentUsers currentUsers;
    private final ExportProperties exportProperties;
    private final JsonMapper json;
    private final Clock clock;
    private final Confidentiality confidentiality;
    private final PlaceChoices places;
    private final JdbcTemplate jdbc;
    private final ForceDirectory forces;

    MarkerService(MarkerRepository markers, MarkerExportRepository exports, OrderRegister orders,
                  SystemActions system, CurrentUsers currentUsers,
                  ExportProperties exportProperties, JsonMapper json, Clock clock,
                  Confidentiality confidentiality, PlaceChoices places, JdbcTemplate jdbc, ForceDirectory forces) {
        this.jdbc = jdbc;
        this.forces = forces;
        this.markers = markers;
        this.exports = exports;
        this.orders = orders;
        this.system = system;
        this.currentUsers = currentUsers;
        this.exportProperties = exportProperties;
        this.json = json;
        this.clock = clock;
        this.confidentiality = confidentiality;
        this.places = places;
    }

    /** Raises the assured version's markers from the version and clauses the event carries. */
    @ApplicationModuleListener
    void on(OrderQualityAssured assured) {
        apply(assured.order());
    }

    /**
     * Moves the end of the order's markers when a version changes it. A version that changes nothing about the end
     * (a service, a correction of a name) leaves them as they are.
     */
    @ApplicationModuleListener
    void on(OrderVersionRecorded recorded) {
        if (recorded.changes().end()) {
            updateEnd(recorded.order());
        }
    }

    /**
     * Moves the order's place markers to where the point of contact says the place is: each marker whose point
     * changes is replaced by a new version at the new point, and both changes are exported.
     */
    @ApplicationModuleListener
    void on(PlaceConfirmed confirmed) {
        relocate(confirmed.orderId(), new ExportedOrder(confirmed.court(), confirmed.caseNumber(),
                confirmed.orderType()));
    }

    /** Locates the order's active place markers afresh; a marker whose point changed is replaced by a new version. */
    @Transactional
    void relocate(UUID orderId, ExportedOrder order) {
        Instant now = clock.instant();
        List<MarkerEntity> active = markers.activeForOrderLocked(orderId).stream()
                .filter(m -> m.kind == MarkerKind.PROTECTED_PLACE).toList();
        if (active.isEmpty()) {
            return;
        }
        Map<MarkerEntity, PlaceLocation> moves = new LinkedHashMap<>();
        for (MarkerEntity marker : active) {
            PlaceLocation location = places.locate(orderId, marker.address).orElse(null);
            if (Relocation.moved(marker, location)) {
                marker.withdrawnAt = now;
                marker.withdrawal = Withdrawal.RELOCATED;
                moves.put(marker, location);
            } else {
                marker.locate(location);
            }
        }
        markers.saveAllAndFlush(active);
        raiseRelocated(moves, order, now);
    }

    /** Exports the withdrawal of each moved marker and raises and exports its new version at the new point. */
    private void raiseRelocated(Map<MarkerEntity, PlaceLocation> moves, ExportedOrder details, Instant now) {
        moves.forEach((old, location) -> {
            queue(old, "WITHDRAWN", details, now);
            MarkerEntity fresh = markers.save(old.relocatedTo(location, now));
            queue(fresh, "RAISED", details, now);
        });
    }

    /** Raises, keeps or replaces the order's markers to match a quality-assured version. */
    @Transactional
    void apply(OrderSnapshot version) {
        Instant now = clock.instant();
        // A Location of Interest follows the safety plan, not the order's versions.
        // Nor do the markers other forces keep because they were told of the order: they follow the subject marker.
        List<MarkerEntity> active = new ArrayList<>(markers.activeForOrderLocked(version.orderId()).stream()
                .filter(m -> m.kind != MarkerKind.LOCATION_OF_INTEREST && !m.heldElsewhere()).toList());
        if (active.stream().anyMatch(m -> m.orderVersion > version.version())) {
            return; // a later version has been applied already
        }
        OrderDetails details = version.details();
        Instant end = end(details);
        Map<String, DesiredMarker> desired = new LinkedHashMap<>();
        MarkerPlan.of(details, version.clauses().clauses()).forEach(m -> desired.put(m.key(), m));
        List<MarkerEntity> changed = new ArrayList<>();
        Map<MarkerEntity, PlaceLocation> moves = new LinkedHashMap<>();
        for (MarkerEntity marker : active) {
            if (desired.remove(marker.markerKey) != null) {
                marker.orderVersion = version.version();
                if (marker.endVersion == null || marker.endVersion <= version.version()) {
                    marker.expiresAt = end;
                    marker.endVersion = version.version();
                }
                if (marker.kind == MarkerKind.PROTECTED_PLACE) {
                    PlaceLocation location = places.locate(version.orderId(), marker.address).orElse(null);
                    if (Relocation.moved(marker, location)) {
                        marker.withdrawnAt = now;
                        marker.withdrawal = Withdrawal.RELOCATED;
                        moves.put(marker, location);
                    } else {
                        marker.locate(location);
                    }
                }
            } else {
                marker.withdrawnAt = now;
                marker.withdrawal = Withdrawal.VARIED;
                queue(marker, "WITHDRAWN", details, now);
                changed.add(marker);
            }
        }
        markers.saveAllAndFlush(active);
        raiseRelocated(moves, ExportedOrder.of(details), now);
        for (DesiredMarker wanted : desired.values()) {
            MarkerEntity fresh = new MarkerEntity(version.forceId(), version.orderId(), version.version(), wanted, now,
                    end);
            fresh.endVersion = version.version();
            if (wanted.kind() == MarkerKind.PROTECTED_PLACE) {
                fresh.locate(places.locate(version.orderId(), wanted.address()).orElse(null));
            }
            MarkerEntity marker = markers.save(fresh);
            queue(marker, "RAISED", details, now);
            changed.add(marker);
        }
        syncNotices(version.orderId(), Withdrawal.VARIED, now);
    }

    /**
     * Moves the markers' end to what a recorded version says, unless a newer version's end is already on them (the
     * events of two versions recorded close together may be handled in either order).
     */
    @Transactional
    void updateEnd(OrderSnapshot version) {
        Instant end = end(version.details());
        List<MarkerEntity> active = markers.activeForOrderLocked(version.orderId());
        boolean moved = false;
        for (MarkerEntity marker : active) {
            if (marker.kind == MarkerKind.LOCATION_OF_INTEREST) {
                continue; // not ended by the order's end: the safety plan withdraws it
            }
            if (marker.endVersion != null && marker.endVersion > version.version()) {
                continue;
            }
            marker.endVersion = version.version();
            marker.expiresAt = end;
            moved = true;
        }
        if (moved) {
            markers.saveAll(active);
        }
    }

    /**
     * A case transferred to another force (an accepted transfer), in the transfer's own transaction: each active
     * marker of the sending force is withdrawn ({@link Withdrawal#TRANSFERRED}) and raised afresh under the receiving
     * force, and both changes are exported through the outbox; the places chosen for the order move with it. A
     * failure here rolls the whole transfer back.
     */
    @EventListener
    @Transactional
    void on(OrderMovedToForce moved) {
        Instant now = clock.instant();
        ExportedOrder order = ExportedOrder.of(moved.order().details());
        List<MarkerEntity> active = markers.activeForOrderLocked(moved.orderId()).stream()
                .filter(m -> m.forceId.equals(moved.fromForceId())).toList();
        for (MarkerEntity marker : active) {
            marker.withdrawnAt = now;
            marker.withdrawal = Withdrawal.TRANSFERRED;
        }
        markers.saveAllAndFlush(active);
        for (MarkerEntity marker : active) {
            queue(marker, "WITHDRAWN", order, now);
            MarkerEntity raised = markers.save(marker.transferredTo(moved.toForceId(), now));
            queue(raised, "RAISED", order, now);
        }
        places.moveToForce(moved.orderId(), moved.fromForceId(), moved.toForceId());
        // the force the case moved to was told of it: its own markers, raised above, take over from the notice's
        withdrawNotice(moved.orderId(), moved.toForceId(), Withdrawal.TRANSFERRED, now);
    }

    /**
     * Withdraws every marker whose order has ended, as at the exact end (not when this runs), and queues the
     * withdrawal for export.
     */
    @Transactional
    public int withdrawEnded() {
        Instant now = clock.instant();
        List<MarkerEntity> due = markers.dueForWithdrawal(now);
        for (MarkerEntity marker : due) {
            // a marker another force keeps of this order is read as the force that holds the order
            UUID holder = marker.heldElsewhere() ? marker.heldByForceId : marker.forceId;
            OrderDetails details = system.runAs(holder, "flags-expiry", Set.of(Role.POINT_OF_CONTACT),
                    () -> orders.current(marker.orderId).details());
            marker.withdrawnAt = marker.expiresAt;
            marker.withdrawal = details.dischargedAt() != null && !details.dischargedAt().isAfter(marker.expiresAt)
                    ? Withdrawal.DISCHARGED : Withdrawal.EXPIRED;
            queue(marker, "WITHDRAWN", details, now);
        }
        markers.saveAll(due);
        return due.size();
    }

    @Override
    @Transactional
    public UUID raise(UUID forceId, UUID orderId, int orderVersion, String personName, String address,
                      String postcode, boolean confidential) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("a Location of Interest needs an address");
        }
        Instant now = clock.instant();
        DesiredMarker wanted = new DesiredMarker(MarkerKind.LOCATION_OF_INTEREST, personName, null, List.of(),
                "PROTECTED_PERSON", "HOME", address, postcode, null, confidential);
        for (MarkerEntity marker : markers.activeForOrderLocked(orderId)) {
            if (marker.kind == MarkerKind.LOCATION_OF_INTEREST && marker.markerKey.equals(wanted.key())) {
                return marker.id; // raised already: the same place is flagged once
            }
        }
        MarkerEntity fresh = new MarkerEntity(forceId, orderId, orderVersion, wanted, now, null);
        fresh.locate(places.locate(orderId, address).orElse(null));
        MarkerEntity marker = markers.save(fresh);
        OrderDetails details = orders.current(orderId).details();
        queue(marker, "RAISED", details, now);
        return marker.id;
    }

    @Override
    @Transactional
    public void withdraw(UUID forceId, UUID orderId, UUID markerId) {
        Instant now = clock.instant();
        for (MarkerEntity marker : markers.activeForOrderLocked(orderId)) {
            if (marker.id.equals(markerId) && marker.kind == MarkerKind.LOCATION_OF_INTEREST
                    && marker.forceId.equals(forceId)) {
                marker.withdrawnAt = now;
                marker.withdrawal = Withdrawal.NO_LONGER_NEEDED;
                markers.save(marker);
                queue(marker, "WITHDRAWN", orders.current(orderId).details(), now);
            }
        }
    }

    /**
     * The order's markers as the user may see them. To someone not entitled to C8 details, a place marker of a
     * confidential address (flagged when raised, or recognised now in any of the forms the masking rule knows) is
     * flagged confidential with its address and postcode withheld, and any other confidential value is withheld.
     */
    @Transactional(readOnly = true)
    public List<MarkerView> forOrder(UUID orderId) {
        var user = currentUsers.require();
        orders.current(orderId); // not found unless the order is the user's force's
        List<MarkerView> views = markers.findByOrderIdAndForceIdOrderByRaisedAtAsc(orderId, user.forceId()).stream()
                .map(MarkerEntity::view).toList();
        if (confidentiality.entitled(user)) {
            return views;
        }
        ConfidentialValues values = confidentiality.valuesOf(orderId);
        return Confidentiality.withhold(views.stream().map(v -> withheld(v, values)).toList(), values);
    }

    private static MarkerView withheld(MarkerView v, ConfidentialValues values) {
        boolean confidential = v.confidential() || values.appearsIn(v.address()) || values.appearsIn(v.postcode());
        if (!confidential || v.address() == null && v.postcode() == null) {
            return v;
        }
        // the point and the UPRN name the address as surely as its words do
        return new MarkerView(v.id(), v.forceId(), v.orderId(), v.orderVersion(), v.kind(), v.personName(),
                v.dateOfBirth(), v.aliases(), v.partyRole(), v.placeKind(), Confidentiality.WITHHELD, null,
                v.radiusMetres(), true, v.raisedAt(), v.expiresAt(), v.withdrawnAt(), v.withdrawal(), null, null,
                null, null, null, null);
    }

    private void queue(MarkerEntity marker, String change, OrderDetails order, Instant now) {
        queue(marker, change, ExportedOrder.of(order), now);
    }

    private void queue(MarkerEntity marker, String change, ExportedOrder order, Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("change", change);
        payload.put("marker", marker.view());
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("id", marker.orderId);
        about.put("court", order.court());
        about.put("caseNumber", order.caseNumber());
        about.put("type", order.type());
        payload.put("order", about);
        if (marker.heldElsewhere()) {
            // the told force's systems learn whose order it is and whom to call, nothing more than the card's fields
            Map<String, Object> heldBy = new LinkedHashMap<>();
            Force owner = forces.byId(marker.heldByForceId).orElse(null);
            heldBy.put("force", owner == null ? null : owner.code());
            heldBy.put("forceName", owner == null ? null : owner.name());
            heldBy.put("contactTelephone", marker.heldByContact);
            heldBy.put("reference", marker.heldByReference);
            heldBy.put("respondentArea", marker.area);
            heldBy.put("label", label(marker));
            payload.put("heldByAnotherForce", true);
            payload.put("heldBy", heldBy);
            about.remove("court");
        }
        String text = json.writeValueAsString(payload);
        for (ExportProperties.Target target : exportProperties.targets()) {
            exports.save(new MarkerExportEntity(marker.id, target.name(), change, text, now));
        }
    }

    // ---- Markers in a force told of the order (issue 13, part 4) ----

    /** A standing notice the transfers module gave: which force was told, by whom, and what to label the marker. */
    private record Notice(UUID toldForceId, UUID owningForceId, String contact, String reference, String orderType,
                          String area) {
    }

    @Override
    @Transactional
    public void given(UUID orderId, UUID owningForceId, UUID toldForceId, String area, String contactTelephone,
                      String reference, String orderType) {
        if (owningForceId.equals(toldForceId)) {
            throw new IllegalArgumentException("a force is never told of its own order");
        }
        Instant now = clock.instant();
        jdbc.update("""
                insert into marker_notice (order_id, told_force_id, owning_force_id, contact_telephone, reference,
                    order_type, area, given_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id, told_force_id) do update set owning_force_id = excluded.owning_force_id,
                    contact_telephone = excluded.contact_telephone, reference = excluded.reference,
                    order_type = excluded.order_type, area = excluded.area, given_at = excluded.given_at,
                    withdrawn_at = null""",
                orderId, toldForceId, owningForceId, contactTelephone, reference, orderType, area,
                java.sql.Timestamp.from(now));
        syncNotices(orderId, Withdrawal.VARIED, now);
    }

    @Override
    @Transactional
    public void withdrawn(UUID orderId, UUID toldForceId, Withdrawal why) {
        withdrawNotice(orderId, toldForceId, why, clock.instant());
    }

    private void withdrawNotice(UUID orderId, UUID toldForceId, Withdrawal why, Instant now) {
        jdbc.update("update marker_notice set withdrawn_at = ? where order_id = ? and told_force_id = ?"
                + " and withdrawn_at is null", java.sql.Timestamp.from(now), orderId, toldForceId);
        syncNotices(orderId, why, now);
    }

    /**
     * Keeps one marker in each told force for each active subject marker of the order's own force: raised once the
     * order has been assured (when its subject marker is), replaced when the subject marker or the label changes,
     * withdrawn with {@code why} when the notice is no longer standing. Every change is exported.
     */
    private void syncNotices(UUID orderId, Withdrawal why, Instant now) {
        List<Notice> notices = jdbc.query("select told_force_id, owning_force_id, contact_telephone, reference,"
                        + " order_type, area from marker_notice where order_id = ? and withdrawn_at is null",
                (rs, n) -> new Notice(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)), orderId);
        List<MarkerEntity> active = markers.activeForOrderLocked(orderId);
        // an ended order's subject marker still counts until the job withdraws it: the told force's marker is then
        // withdrawn with it, as at the exact end, rather than now
        List<MarkerEntity> subjects = active.stream().filter(m -> !m.heldElsewhere() && m.kind == MarkerKind.SUBJECT)
                .toList();
        Map<String, Notice> noticeOf = new LinkedHashMap<>();
        Map<String, MarkerEntity> subjectOf = new LinkedHashMap<>();
        for (Notice notice : notices) {
            for (MarkerEntity subject : subjects) {
                if (subject.forceId.equals(notice.toldForceId())) {
                    continue; // the told force holds the order now: its own markers are the real ones
                }
                String key = noticeKey(notice, subject);
                noticeOf.put(key, notice);
                subjectOf.put(key, subject);
            }
        }
        List<MarkerEntity> changed = new ArrayList<>();
        for (MarkerEntity marker : active) {
            if (!marker.heldElsewhere()) {
                continue;
            }
            MarkerEntity subject = subjectOf.remove(marker.markerKey);
            if (subject != null) {
                marker.orderVersion = subject.orderVersion;
                marker.expiresAt = subject.expiresAt;
                marker.endVersion = subject.endVersion;
            } else {
                marker.withdrawnAt = now;
                marker.withdrawal = why;
                queue(marker, "WITHDRAWN", exported(marker, noticeOfMarker(notices, marker)), now);
            }
            changed.add(marker);
        }
        markers.saveAllAndFlush(changed);
        subjectOf.forEach((key, subject) -> {
            if (subject.expiresAt != null && !subject.expiresAt.isAfter(now)) {
                return; // the order has ended: nothing new to raise
            }
            Notice notice = noticeOf.get(key);
            MarkerEntity raised = markers.save(MarkerEntity.notice(subject, notice.toldForceId(),
                    notice.owningForceId(), notice.contact(), notice.reference(), notice.area(), key, now));
            queue(raised, "RAISED", new ExportedOrder(null, notice.reference(), notice.orderType()), now);
        });
    }

    private static Notice noticeOfMarker(List<Notice> notices, MarkerEntity marker) {
        return notices.stream().filter(n -> n.toldForceId().equals(marker.forceId)).findFirst().orElse(null);
    }

    private ExportedOrder exported(MarkerEntity marker, Notice notice) {
        String type = notice != null ? notice.orderType() : jdbc.query("select order_type from marker_notice"
                        + " where order_id = ? and told_force_id = ?", (rs, n) -> rs.getString(1), marker.orderId,
                marker.forceId).stream().findFirst().orElse(null);
        return new ExportedOrder(null, marker.heldByReference, type);
    }

    /** What makes a told force's marker the same one: the force, the owning force's label, the subject it mirrors. */
    private static String noticeKey(Notice notice, MarkerEntity subject) {
        String what = notice.owningForceId() + "|" + notice.contact() + "|" + notice.reference() + "|"
                + notice.area() + "|" + subject.markerKey;
        return "NOTICE|" + notice.toldForceId() + "|"
                + UUID.nameUUIDFromBytes(what.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** How the told force's systems and pages name such a marker: whose order it is and whom to call. */
    String label(MarkerEntity marker) {
        String owner = forces.byId(marker.heldByForceId).map(Force::name).orElse("another force");
        return "Order held by " + owner + (marker.heldByReference == null ? "" : " (reference "
                + marker.heldByReference + ")") + ": the respondent lives in "
                + (marker.area == null ? "this force's area" : marker.area) + ". Call " + owner + "'s control room"
                + (marker.heldByContact == null ? "" : " on " + marker.heldByContact) + " (24 hours) for more.";
    }

    /** What a marker's export names of its order. */
    record ExportedOrder(String court, String caseNumber, String type) {
        static ExportedOrder of(OrderDetails order) {
            return new ExportedOrder(order.court(), order.caseNumber(), order.orderType().name());
        }
    }

    static Instant end(OrderDetails details) {
        Instant end = OrderStatusRule.endOf(details).orElse(null);
        if (details.dischargedAt() != null && (end == null || details.dischargedAt().isBefore(end))) {
            return StorableTime.clamp(details.dischargedAt());
        }
        return StorableTime.clamp(end);
    }
}
