package org.nmoregister.monitoring.feed;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which device a respondent wears: a device is linked to an order (the respondent of that order wears it), and a
 * respondent with two orders has the device linked to each, so every zone of every one of their orders is checked.
 * Links are scoped to the force; another force's order is not found.
 */
@Component
public class DeviceLinks {

    /** A provider's device id: letters, digits, dot, dash, underscore, 1 to 64 characters. */
    public static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public record Link(UUID id, UUID orderId, String deviceId, Instant linkedAt, String linkedBy, Instant unlinkedAt,
                       String unlinkedBy) {
    }

    private final JdbcTemplate jdbc;
    private final OrderRegister orders;
    private final CurrentUsers users;
    private final AccessLog accessLog;
    private final Clock clock;

    DeviceLinks(JdbcTemplate jdbc, OrderRegister orders, CurrentUsers users, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.users = users;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    static void checkDeviceId(String deviceId, String field) {
        if (deviceId == null || deviceId.isBlank()) {
            throw new InvalidRequestException(field, "Enter the device's identifier");
        }
        if (!DEVICE_ID.matcher(deviceId).matches()) {
            throw new InvalidRequestException(field,
                    "A device identifier is 1 to 64 letters, digits, dots, dashes or underscores");
        }
    }

    /** Links the device to the order's respondent; 409 when it is linked to that order already. */
    @Transactional
    public Link link(UUID orderId, String deviceId) {
        if (orderId == null) {
            throw new InvalidRequestException("orderId", "Enter the order's id");
        }
        checkDeviceId(deviceId, "deviceId");
        CurrentUser user = users.require();
        OrderSnapshot order = orders.current(orderId);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        int inserted = jdbc.update("""
                insert into monitoring_device (id, force_id, device_id, order_id, linked_at, linked_by)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""", id, user.forceId(), deviceId, orderId,
                Timestamp.from(now), user.username());
        if (inserted == 0) {
            throw new ConflictException("Device " + deviceId + " is already linked to this order.");
        }
        accessLog.record(AccessAction.CHANGE, "order", orderId.toString(), null,
                "Electronic-monitoring device " + deviceId + " linked to order " + order.details().caseNumber());
        return new Link(id, orderId, deviceId, now, user.username(), null, null);
    }

    /** Ends the device's link to the order; 404 when there is none live. */
    @Transactional
    public Link unlink(UUID orderId, String deviceId) {
        checkDeviceId(deviceId, "deviceId");
        CurrentUser user = users.require();
        orders.current(orderId);
        Instant now = clock.instant();
        List<Link> ended = jdbc.query("""
                update monitoring_device set unlinked_at = ?, unlinked_by = ?
                where force_id = ? and device_id = ? and order_id = ? and unlinked_at is null
                returning id, order_id, device_id, linked_at, linked_by, unlinked_at, unlinked_by""",
                (rs, n) -> link(rs), Timestamp.from(now), user.username(), user.forceId(), deviceId, orderId);
        if (ended.isEmpty()) {
            throw new NotFoundException("Device " + deviceId + " is not linked to this order");
        }
        // the device's open alerts about this order's zones end with the link
        jdbc.update("""
                update monitoring_alert set ended_at = ?, updated_at = ? where force_id = ? and device_id = ?
                and order_id = ? and ended_at is null""", Timestamp.from(now), Timestamp.from(now), user.forceId(),
                deviceId, orderId);
        accessLog.record(AccessAction.CHANGE, "order", orderId.toString(), null,
                "Electronic-monitoring device " + deviceId + " unlinked");
        return ended.get(0);
    }

    /** The order's device links, newest first (the caller has checked the order is the user's force's). */
    public List<Link> ofOrder(UUID orderId) {
        CurrentUser user = users.require();
        return jdbc.query("""
                select id, order_id, device_id, linked_at, linked_by, unlinked_at, unlinked_by from monitoring_device
                where force_id = ? and order_id = ? order by linked_at desc limit 100""", (rs, n) -> link(rs),
                user.forceId(), orderId);
    }

    /** For the feed: of these devices, the live orders of each, and which have ever been linked in the force. */
    record Known(Map<String, List<UUID>> liveOrders, Set<String> everLinked) {
    }

    Known known(UUID forceId, Set<String> deviceIds) {
        Map<String, List<UUID>> live = new HashMap<>();
        Set<String> ever = new HashSet<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select device_id, order_id, unlinked_at is null from monitoring_device
                    where force_id = ? and device_id = any(?)""");
            ps.setObject(1, forceId);
            ps.setArray(2, con.createArrayOf("varchar", deviceIds.toArray()));
            return ps;
        }, rs -> {
            String device = rs.getString(1);
            ever.add(device);
            if (rs.getBoolean(3)) {
                live.computeIfAbsent(device, k -> new java.util.ArrayList<>()).add(rs.getObject(2, UUID.class));
            }
        });
        return new Known(live, ever);
    }

    private static Link link(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp unlinked = rs.getTimestamp("unlinked_at");
        return new Link(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                rs.getString("device_id"), rs.getTimestamp("linked_at").toInstant(), rs.getString("linked_by"),
                unlinked == null ? null : unlinked.toInstant(), rs.getString("unlinked_by"));
    }
}
