package org.nmoregister.monitoring.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.platform.web.ListPage;
import org.nmoregister.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The electronic-monitoring feed: devices linked to orders, and the points and events a provider sends. */
@RestController
@Tag(name = "Electronic monitoring")
class FeedApiController {

    private final FeedService feed;
    private final DeviceLinks links;
    private final OrderRegister orders;
    private final CurrentUsers users;
    private final AccessLog accessLog;
    private final JdbcTemplate jdbc;

    FeedApiController(FeedService feed, DeviceLinks links, OrderRegister orders, CurrentUsers users,
                      AccessLog accessLog, JdbcTemplate jdbc) {
        this.feed = feed;
        this.links = links;
        this.orders = orders;
        this.users = users;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
    }

    /** A device and the order whose respondent wears it. */
    record DeviceLinkRequest(UUID orderId, String deviceId) {
    }

    @PostMapping("/api/v1/monitoring/devices")
    @PreAuthorize(MonitoringAccess.DEVICE_KEEPERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link a monitoring device to an order's respondent",
            description = "Every protected place and exclusion zone of the order is then checked against the "
                    + "device's points. Link the device to each order the respondent is bound by. 409 when already "
                    + "linked to that order; 404 for an order not of your force.")
    DeviceLinks.Link link(@RequestBody DeviceLinkRequest request) {
        return links.link(request.orderId(), request.deviceId());
    }

    @DeleteMapping("/api/v1/monitoring/devices/{deviceId}/orders/{orderId}")
    @PreAuthorize(MonitoringAccess.DEVICE_KEEPERS)
    @Operation(summary = "End a device's link to an order (the device is removed, or the order is over)")
    DeviceLinks.Link unlink(@PathVariable String deviceId, @PathVariable UUID orderId) {
        return links.unlink(orderId, deviceId);
    }

    @GetMapping("/api/v1/monitoring/devices")
    @PreAuthorize(MonitoringAccess.ALERT_READERS)
    @Operation(summary = "The devices linked (and once linked) to an order, newest first")
    List<DeviceLinks.Link> devices(@RequestParam UUID orderId) {
        orders.consult(orderId, "electronic-monitoring devices", "Safeguarding: electronic-monitoring devices of the order");
        return links.ofOrder(orderId);
    }

    @PostMapping("/api/v1/monitoring/locations")
    @PreAuthorize(MonitoringAccess.FEED)
    @Operation(summary = "Send location points: [{deviceId, at, latitude, longitude, accuracyMetres}, ...]",
            description = "Up to nmo.monitoring.max-batch (5,000) points. Stored before the answer; a point already "
                    + "held for the device at that time is not stored twice (alreadyHeld). Each new point is checked "
                    + "against every zone of the orders its device is linked to, and the alerts it raises reach the "
                    + "control room at once. 400 names the index and field of each wrong point (the whole batch is "
                    + "refused: send it again corrected).")
    FeedService.Receipt locations(@RequestBody List<FeedService.LocationPoint> points) {
        return feed.locations(points);
    }

    @PostMapping("/api/v1/monitoring/events")
    @PreAuthorize(MonitoringAccess.FEED)
    @Operation(summary = "Send device events: [{deviceId, at, kind, detail}, ...]",
            description = "kind: TAMPER, STRAP, LOW_BATTERY, NO_SIGNAL or CHARGING. Stored before the answer, "
                    + "idempotent per device, time and kind. TAMPER and STRAP raise DEVICE_TAMPER, NO_SIGNAL raises "
                    + "SIGNAL_LOST, LOW_BATTERY raises LOW_BATTERY (CHARGING ends it).")
    FeedService.Receipt events(@RequestBody List<FeedService.DeviceEvent> events) {
        return feed.events(events);
    }

    /** A point as stored. */
    record StoredPoint(String deviceId, Instant at, Instant receivedAt, double latitude, double longitude,
                       double accuracyMetres) {
    }

    record PointPage(List<StoredPoint> items, int page, int pageSize, long total) {
    }

    @GetMapping("/api/v1/monitoring/devices/{deviceId}/locations")
    @PreAuthorize(MonitoringAccess.ALERT_READERS)
    @Operation(summary = "The points a device has sent, newest first, 25 a page",
            description = "Where the respondent wearing it was: written to the access log. With at=<time>, only "
                    + "the point of that time (to check one was stored).")
    PointPage locations(@PathVariable String deviceId, @RequestParam(required = false) Integer page,
                        @RequestParam(required = false) Instant at) {
        DeviceLinks.checkDeviceId(deviceId, "deviceId");
        UUID forceId = users.require().forceId();
        int number = page == null ? 1 : page;
        if (number < 1 || number > 100_000) {
            throw new org.nmoregister.platform.InvalidRequestException("page", "The page must be from 1 to 100000");
        }
        Timestamp exact = at == null ? null : Timestamp.from(at);
        Long total = jdbc.queryForObject("select count(*) from monitoring_location where force_id = ? "
                + "and device_id = ? and (?::timestamptz is null or at = ?::timestamptz)", Long.class, forceId,
                deviceId, exact, exact);
        if (total == null || total == 0) {
            Integer linked = jdbc.queryForObject("select count(*) from monitoring_device where force_id = ? "
                    + "and device_id = ?", Integer.class, forceId, deviceId);
            if (linked == null || linked == 0) {
                throw new org.nmoregister.platform.NotFoundException("Device " + deviceId);
            }
        }
        List<StoredPoint> items = jdbc.query("select device_id, at, received_at, latitude, longitude, accuracy_metres "
                        + "from monitoring_location where force_id = ? and device_id = ? "
                        + "and (?::timestamptz is null or at = ?::timestamptz) order by at desc limit ? offset ?",
                (rs, n) -> new StoredPoint(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)),
                forceId, deviceId, exact, exact, ListPage.SIZE, (number - 1) * ListPage.SIZE);
        accessLog.record(AccessAction.VIEW, "monitoring device", deviceId, null,
                "Locations of device " + deviceId + ": page " + number + ", " + items.size() + " points");
        return new PointPage(items, number, ListPage.SIZE, total == null ? 0 : total);
    }
}
