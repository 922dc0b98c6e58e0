package org.nmoregister.monitoring.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.monitoring.zones.MonitoredZones;
import org.nmoregister.monitoring.zones.Zone;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSummary;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.Role;
import org.nmoregister.security.SystemActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo data (demo profile): Northshire's demo DAPO {@code NX26DAPO0007} gets device {@code DEMO-EM-NX-1}, and the
 * feed reports it out and about, then inside the protected home's zone, so the control room's alert page shows a live
 * entry to open. Runs once, in the background after the demo orders are loaded and assured (it waits for the zone);
 * left alone when the device is linked already.
 */
@Component
class DemoMonitoredDevice {

    private static final Logger log = LoggerFactory.getLogger(DemoMonitoredDevice.class);
    static final String CASE = "NX26DAPO0007";
    static final String DEVICE = "DEMO-EM-NX-1";

    private final boolean enabled;
    private final ForceDirectory forces;
    private final SystemActions system;
    private final OrderRegister orders;
    private final DeviceLinks links;
    private final FeedService feed;
    private final MonitoredZones zones;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoMonitoredDevice(@Value("${nmo.demo.enabled:false}") boolean demo,
                   @Value("${nmo.monitoring.demo-device:true}") boolean device, ForceDirectory forces, SystemActions system,
                   OrderRegister orders, DeviceLinks links, FeedService feed, MonitoredZones zones, JdbcTemplate jdbc,
                   Clock clock) {
        this.enabled = demo && device;
        this.forces = forces;
        this.system = system;
        this.orders = orders;
        this.links = links;
        this.feed = feed;
        this.zones = zones;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(this::seed, "demo-monitoring");
        thread.setDaemon(true);
        thread.start();
    }

    void seed() {
        try {
            UUID force = forces.byCode("northshire").orElseThrow().id();
            Integer linked = jdbc.queryForObject("select count(*) from monitoring_device where force_id = ? "
                    + "and device_id = ?", Integer.class, force, DEVICE);
            if (linked != null && linked > 0) {
                return;
            }
            for (int attempt = 0; attempt < 240; attempt++) {
                List<OrderSummary> found = system.runAs(force, "demo-monitoring", Set.of(Role.POINT_OF_CONTACT),
                        () -> orders.findByCaseNumber(CASE));
                if (!found.isEmpty() && !zones.ofOrder(found.get(0).id()).isEmpty()) {
                    UUID order = found.get(0).id();
                    Zone home = zones.ofOrder(order).get(0);
                    system.runAs(force, "demo-monitoring", Set.of(Role.POINT_OF_CONTACT),
                            () -> links.link(order, DEVICE));
                    Instant now = clock.instant();
                    double lat = home.centre().latitude();
                    double lon = home.centre().longitude();
                    system.runAs(force, "demo-monitoring-feed", Set.of(Role.MONITORING_FEED), () -> feed.locations(
                            List.of(new FeedService.LocationPoint(DEVICE, now.minusSeconds(600), lat + 0.02, lon, 12.0),
                                    new FeedService.LocationPoint(DEVICE, now.minusSeconds(300), lat + 0.005, lon, 9.0),
                                    new FeedService.LocationPoint(DEVICE, now.minusSeconds(60), lat + 0.0003, lon,
                                            6.0))));
                    log.info("Demo monitoring: device {} on order {}, one zone entry", DEVICE, CASE);
                    return;
                }
                Thread.sleep(500);
            }
            log.info("Demo monitoring: order {} has no zone to monitor; no demo device", CASE);
        } catch (Exception e) {
            log.warn("Demo monitoring could not be set up: {}", e.toString());
        }
    }
}
