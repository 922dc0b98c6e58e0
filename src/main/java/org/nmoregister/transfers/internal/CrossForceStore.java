package org.nmoregister.transfers.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.transfers.SharingSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The module's tables: sharing settings and exceptions, postcode areas, existence notices, information requests. */
@Component
class CrossForceStore {

    /** An existence notice: the force told, the order, the owning force, the respondent's district, when. */
    record Notice(UUID id, UUID orderId, UUID owningForceId, UUID notifiedForceId, String area, Instant notifiedAt) {
    }

    /** A request for more than the card. */
    record Request(UUID id, UUID orderId, UUID owningForceId, UUID requestingForceId, String requestedBy,
                   Instant requestedAt, String reason, String note, Instant answeredAt, String answeredBy) {
    }

    private final JdbcTemplate jdbc;

    CrossForceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, SharingSettings> allSettings() {
        Map<UUID, Map<UUID, Boolean>> exceptions = new HashMap<>();
        jdbc.query("select force_id, partner_force_id, shares from force_sharing_exception", rs -> {
            exceptions.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                    .put(rs.getObject(2, UUID.class), rs.getBoolean(3));
        });
        Map<UUID, SharingSettings> settings = new HashMap<>();
        jdbc.query("select force_id, shares_by_default, control_room_telephone from force_sharing", rs -> {
            UUID force = rs.getObject(1, UUID.class);
            settings.put(force, new SharingSettings(force, rs.getBoolean(2),
                    exceptions.getOrDefault(force, Map.of()), rs.getString(3)));
        });
        exceptions.forEach((force, map) -> settings.putIfAbsent(force,
                new SharingSettings(force, true, map, null)));
        return settings;
    }

    /** Replaces a force's settings whole (the caller's transaction makes it all or nothing). */
    void replace(SharingSettings settings, String by, Instant at) {
        jdbc.update("""
                insert into force_sharing (force_id, shares_by_default, control_room_telephone, updated_at, updated_by)
                values (?, ?, ?, ?, ?)
                on conflict (force_id) do update set shares_by_default = excluded.shares_by_default,
                    control_room_telephone = excluded.control_room_telephone, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by""",
                settings.forceId(), settings.sharesByDefault(), settings.controlRoomTelephone(), Timestamp.from(at),
                by);
        jdbc.update("delete from force_sharing_exception where force_id = ?", settings.forceId());
        settings.exceptions().forEach((partner, shares) -> jdbc.update(
                "insert into force_sharing_exception (force_id, partner_force_id, shares) values (?, ?, ?)",
                settings.forceId(), partner, shares));
    }

    /** Postcode areas and districts, upper case, to the force code that polices them. */
    Map<String, String> postcodeAreas() {
        Map<String, String> areas = new HashMap<>();
        jdbc.query("select area, force_code from force_postcode_area", rs -> {
            areas.put(rs.getString(1), rs.getString(2));
        });
        return areas;
    }

    /** The standing notices: by the force told, by the owning force, the orders. */
    Map<UUID, Map<UUID, Set<UUID>>> standingNotices() {
        Map<UUID, Map<UUID, Set<UUID>>> notices = new HashMap<>();
        jdbc.query("select notified_force_id, owning_force_id, order_id from existence_notice where withdrawn_at is null",
                rs -> {
                    notices.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .computeIfAbsent(rs.getObject(2, UUID.class), k -> new java.util.HashSet<>())
                            .add(rs.getObject(3, UUID.class));
                });
        return notices;
    }

    /** Notifies the force (again, if it was withdrawn); true when it was not standing before. */
    boolean notify(UUID orderId, UUID owningForceId, UUID notifiedForceId, String area, Instant at) {
        boolean standing = jdbc.queryForObject("select count(*) from existence_notice where order_id = ?"
                + " and notified_force_id = ? and withdrawn_at is null", Long.class, orderId, notifiedForceId) > 0;
        jdbc.update("""
                insert into existence_notice (id, order_id, owning_force_id, notified_force_id, area, notified_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (order_id, notified_force_id) do update set area = excluded.area,
                    owning_force_id = excluded.owning_force_id,
                    notified_at = case when existence_notice.withdrawn_at is null then existence_notice.notified_at
                                       else excluded.notified_at end,
                    withdrawn_at = null""",
                UUID.randomUUID(), orderId, owningForceId, notifiedForceId, area, Timestamp.from(at));
        return !standing;
    }

    /** Withdraws the order's standing notices to forces not in {@code keep}; returns the forces withdrawn. */
    List<UUID> withdrawOthers(UUID orderId, Set<UUID> keep, Instant at) {
        List<UUID> standing = jdbc.queryForList(
                "select notified_force_id from existence_notice where order_id = ? and withdrawn_at is null",
                UUID.class, orderId);
        List<UUID> withdrawn = standing.stream().filter(f -> !keep.contains(f)).toList();
        for (UUID force : withdrawn) {
            jdbc.update("update existence_notice set withdrawn_at = ? where order_id = ? and notified_force_id = ?",
                    Timestamp.from(at), orderId, force);
        }
        return withdrawn;
    }

    List<Notice> noticesTo(UUID forceId, int page, int size) {
        return jdbc.query("""
                select id, order_id, owning_force_id, notified_force_id, area, notified_at from existence_notice
                where notified_force_id = ? and withdrawn_at is null order by notified_at desc, id
                limit ? offset ?""",
                (rs, n) -> new Notice(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5),
                        rs.getTimestamp(6).toInstant()),
                forceId, size, (long) (page - 1) * size);
    }

    long countNoticesTo(UUID forceId) {
        return jdbc.queryForObject(
                "select count(*) from existence_notice where notified_force_id = ? and withdrawn_at is null",
                Long.class, forceId);
    }

    void saveRequest(Request r) {
        jdbc.update("""
                insert into information_request (id, order_id, owning_force_id, requesting_force_id, requested_by,
                    requested_at, reason, note) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                r.id(), r.orderId(), r.owningForceId(), r.requestingForceId(), r.requestedBy(),
                Timestamp.from(r.requestedAt()), r.reason(), r.note());
    }

    private static final String REQUEST_COLUMNS = "id, order_id, owning_force_id, requesting_force_id, requested_by,"
            + " requested_at, reason, note, answered_at, answered_by";

    private static Request request(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp answered = rs.getTimestamp(9);
        return new Request(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
                rs.getString(8), answered == null ? null : answered.toInstant(), rs.getString(10));
    }

    /** Requests to the force (open first, newest first). */
    List<Request> requestsTo(UUID forceId, int page, int size) {
        return jdbc.query("select " + REQUEST_COLUMNS + " from information_request where owning_force_id = ?"
                        + " order by answered_at is not null, requested_at desc, id limit ? offset ?",
                (rs, n) -> request(rs), forceId, size, (long) (page - 1) * size);
    }

    long countRequestsTo(UUID forceId) {
        return jdbc.queryForObject("select count(*) from information_request where owning_force_id = ?", Long.class,
                forceId);
    }

    /** A request the force sent or received; empty for another's. */
    Optional<Request> request(UUID id, UUID forceId) {
        return jdbc.query("select " + REQUEST_COLUMNS + " from information_request where id = ?"
                        + " and (owning_force_id = ? or requesting_force_id = ?)",
                (rs, n) -> request(rs), id, forceId, forceId).stream().findFirst();
    }

    /** Marks a request to the force answered; false when it is not the force's or was answered already. */
    boolean answer(UUID id, UUID owningForceId, String by, Instant at) {
        return jdbc.update("update information_request set answered_at = ?, answered_by = ? where id = ?"
                + " and owning_force_id = ? and answered_at is null", Timestamp.from(at), by, id, owningForceId) == 1;
    }
}
