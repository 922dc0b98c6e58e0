package org.nmoregister.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.monitoring.alerts.MonitoringJobs;
import org.nmoregister.monitoring.zones.MonitoredZones;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.places.internal.GazetteerImport;
import org.nmoregister.places.internal.GazetteerImporter;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The electronic-monitoring feed end to end: a DAPO respondent wears a device; the protected home has a 100 m zone.
 * Its postcode (WE8 3MF) and property (UPRN 9140000001) are this test's own; each test links its own device.
 */
@IntegrationTest
class MonitoringFeedIntegrationTest {

    static final double HOME_LAT = 53.720000;
    static final double HOME_LON = -1.640000;
    /** Metres per degree of latitude, near enough for placing test points. */
    static final double M = 111_195;
    static final String HOME = "9 Wren Close";

    @Autowired
    GazetteerImporter importer;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MonitoredZones zones;
    @Autowired
    MonitoringJobs jobs;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    final String device = "EM-T-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void gazetteer() {
        importer.importNow(GazetteerImport.Kind.POSTCODE_DIRECTORY, "test", "we-postcodes.csv", stream("""
                pcds,lat,long,pfa,oslaua,dointr,doterm
                WE8 3MF,53.720400,-1.640300,E23000991,E08000901,198001,
                """), null);
        importer.importNow(GazetteerImport.Kind.ADDRESSBASE, "test", "we-properties.csv", stream("""
                UPRN,SUB_BUILDING_NAME,BUILDING_NAME,BUILDING_NUMBER,THOROUGHFARE,DEPENDENT_LOCALITY,POST_TOWN,POSTCODE_LOCATOR,LATITUDE,LONGITUDE
                9140000001,,,9,WREN CLOSE,,YEWDALE,WE8 3MF,53.720000,-1.640000
                """), null);
    }

    @Test
    void aPointInTheZoneRaisesOneEntryLiveAndByApiAndOnlyALeavingAndReturningRaisesAnother() throws Exception {
        UUID order = monitoredDapo();
        MvcResult live = mvc.perform(get("/monitoring/alerts/stream").with(as("control.northshire")))
                .andExpect(status().isOk()).andReturn();
        assertThat(live.getRequest().isAsyncStarted()).isTrue();

        // a kilometre away: nothing
        send(point(now.minusSeconds(100), 1000, 0, 10)).andExpect(jsonPath("$.stored").value(1))
                .andExpect(jsonPath("$.alertsRaised").value(0));
        assertThat(alerts(order)).isEmpty();

        // 40 m from the home, accurate to 8 m: one ZONE_ENTRY
        Instant sent = Instant.now();
        send(point(now.minusSeconds(90), 40, 0, 8)).andExpect(jsonPath("$.alertsRaised").value(1));
        List<String> ids = alerts(order);
        assertThat(ids).hasSize(1);
        String id = ids.get(0);
        String body = mvc.perform(get("/api/v1/monitoring/alerts/{id}", id).with(as("control.northshire")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("ZONE_ENTRY"))
                .andExpect(jsonPath("$.orderId").value(order.toString()))
                .andExpect(jsonPath("$.at").value(now.minusSeconds(90).toString()))
                .andReturn().getResponse().getContentAsString();
        Instant received = Instant.parse(JsonPath.read(body, "$.receivedAt"));
        assertThat(Duration.between(sent, received)).isLessThan(Duration.ofSeconds(1));
        assertThat((Double) JsonPath.read(body, "$.distanceMetres")).isBetween(35.0, 45.0);
        // the control room is not entitled to the confidential address: the place by its kind and area only
        assertThat(JsonPath.<String>read(body, "$.place")).isEqualTo("the protected person's home, WE8 area");
        assertThat(body).doesNotContain(HOME).doesNotContain("WE8 3MF");
        // the point of contact is
        mvc.perform(get("/api/v1/monitoring/alerts/{id}", id).with(as("poc.northshire")))
                .andExpect(jsonPath("$.placeAddress").value(org.hamcrest.Matchers.containsString(HOME)));
        // the live page was told within the second
        await().atMost(Duration.ofSeconds(1)).until(() -> live.getResponse().getContentAsString().contains(id));
        assertThat(live.getResponse().getContentAsString()).contains("event:alert").contains("\"ZONE_ENTRY\"")
                .doesNotContain(HOME);

        // more points inside: no new alert, the one alert updated
        send(point(now.minusSeconds(80), 20, 10, 5), point(now.minusSeconds(70), 60, -20, 5))
                .andExpect(jsonPath("$.alertsRaised").value(0)).andExpect(jsonPath("$.alertsUpdated").value(1));
        assertThat(alerts(order)).containsExactly(id);
        mvc.perform(get("/api/v1/monitoring/alerts/{id}", id).with(as("control.northshire")))
                .andExpect(jsonPath("$.points").value(3));

        // the same batch again is a resend: held already, nothing new
        send(point(now.minusSeconds(80), 20, 10, 5), point(now.minusSeconds(70), 60, -20, 5))
                .andExpect(jsonPath("$.stored").value(0)).andExpect(jsonPath("$.alreadyHeld").value(2))
                .andExpect(jsonPath("$.alertsUpdated").value(0));
        mvc.perform(get("/api/v1/monitoring/alerts/{id}", id).with(as("control.northshire")))
                .andExpect(jsonPath("$.points").value(3));
        assertThat(jdbc.queryForObject("select count(*) from monitoring_location where device_id = ?", Integer.class,
                device)).isEqualTo(4);

        // closing it while the respondent is still inside: points inside still raise nothing new
        mvc.perform(post("/api/v1/monitoring/alerts/{id}/closure", id).with(as("control.northshire"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"BREACH_REPORTED\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        send(point(now.minusSeconds(65), 30, 0, 5)).andExpect(jsonPath("$.alertsRaised").value(0));

        // leaving, then a point 250 m away whose 300 m circle overlaps the zone: a new, possible, entry
        send(point(now.minusSeconds(60), 1000, 0, 10)).andExpect(jsonPath("$.alertsRaised").value(0));
        send(point(now.minusSeconds(50), 250, 0, 300)).andExpect(jsonPath("$.alertsRaised").value(1));
        List<String> after = alerts(order);
        assertThat(after).hasSize(2);
        mvc.perform(get("/api/v1/monitoring/alerts/{id}", after.get(0)).with(as("control.northshire")))
                .andExpect(jsonPath("$.kind").value("POSSIBLE_ZONE_ENTRY"));

        // another force sees none of it
        mvc.perform(get("/api/v1/monitoring/alerts/{id}", id).with(as("control.southvale")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/monitoring/alerts").param("orderId", order.toString())
                .with(as("control.southvale"))).andExpect(status().isNotFound());

        // the alert's page: the term, the victim-safety actions, a breach report prefilled, a way back
        String page = mvc.perform(get("/monitoring/alerts/{id}", id).with(as("control.northshire")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("must not go within 100 metres of the applicant").contains("safe number")
                .contains("/breaches/new?orderId=" + order).contains("class=\"govuk-back-link\"")
                .doesNotContain(HOME);
        assertThat(jdbc.queryForObject("select count(*) from access_log where subject_type = 'monitoring alert' "
                + "and subject_id = ?", Integer.class, id)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theFeedIsRefusedWholeWithTheIndexAndFieldOfEachWrongPoint() throws Exception {
        monitoredDapo();
        mvc.perform(post("/api/v1/monitoring/locations").with(as("monitoring-feed.northshire"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"deviceId":"%s","at":"%s","latitude":53.7,"longitude":-1.6,"accuracyMetres":5},
                                 {"deviceId":"%s","at":"%s","latitude":95,"longitude":-1.6,"accuracyMetres":-1}]"""
                                .formatted(device, now, device, now.plusSeconds(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("[1].latitude")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("[1].accuracyMetres")));
        mvc.perform(post("/api/v1/monitoring/locations").with(as("monitoring-feed.northshire"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"deviceId":"NOT-LINKED-%s","at":"%s","latitude":53.7,"longitude":-1.6,"accuracyMetres":5}]"""
                                .formatted(UUID.randomUUID().toString().substring(0, 8), now)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("[0].deviceId")));
        mvc.perform(post("/api/v1/monitoring/locations").with(as("monitoring-feed.northshire"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"deviceId":"%s","at":"%s","latitude":53.7,"longitude":-1.6,"accuracyMetres":5,"speed":3}]"""
                                .formatted(device, now)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/monitoring/locations").with(as("monitoring-feed.northshire"))
                .contentType(MediaType.APPLICATION_JSON).content("[]")).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from monitoring_location where device_id = ?", Integer.class,
                device)).isZero();
        // the feed of another force does not know the device; only the feed may send
        mvc.perform(post("/api/v1/monitoring/locations").with(as("monitoring-feed.southvale"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"deviceId":"%s","at":"%s","latitude":53.7,"longitude":-1.6,"accuracyMetres":5}]"""
                                .formatted(device, now)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/monitoring/locations").with(as("control.northshire"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"deviceId":"%s","at":"%s","latitude":53.7,"longitude":-1.6,"accuracyMetres":5}]"""
                                .formatted(device, now)))
                .andExpect(status().isForbidden());
    }

    @Test
    void tamperRaisesOneDeviceAlertAndASilentDeviceRaisesSignalLostUntilItsNextPoint() throws Exception {
        UUID order = monitoredDapo();
        String events = """
                [{"deviceId":"%s","at":"%s","kind":"STRAP"},{"deviceId":"%s","at":"%s","kind":"TAMPER","detail":"case opened"}]"""
                .formatted(device, now.minusSeconds(30), device, now.minusSeconds(20));
        mvc.perform(post("/api/v1/monitoring/events").with(as("monitoring-feed.northshire"))
                        .contentType(MediaType.APPLICATION_JSON).content(events))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(2))
                .andExpect(jsonPath("$.alertsRaised").value(1));
        mvc.perform(post("/api/v1/monitoring/events").with(as("monitoring-feed.northshire"))
                        .contentType(MediaType.APPLICATION_JSON).content(events))
                .andExpect(jsonPath("$.stored").value(0)).andExpect(jsonPath("$.alreadyHeld").value(2));
        mvc.perform(post("/api/v1/monitoring/events").with(as("monitoring-feed.northshire"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"deviceId":"%s","at":"%s","kind":"EXPLODED"}]""".formatted(device, now)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("[0].kind")));
        mvc.perform(get("/api/v1/monitoring/alerts").param("orderId", order.toString())
                        .with(as("control.northshire")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].kind").value("DEVICE_TAMPER"))
                .andExpect(jsonPath("$.items[0].points").value(2));

        // the device's last point was 20 minutes ago: silent past the 15-minute gap
        send(point(now.minus(20, ChronoUnit.MINUTES), 2000, 0, 10)).andExpect(status().isOk());
        jobs.signalLost();
        mvc.perform(get("/api/v1/monitoring/alerts").param("orderId", order.toString())
                        .with(as("control.northshire")))
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.items[0].kind").value("SIGNAL_LOST"));
        jobs.signalLost(); // once per silence
        assertThat(jdbc.queryForObject("select count(*) from monitoring_alert where device_id = ? and kind = "
                + "'SIGNAL_LOST'", Integer.class, device)).isEqualTo(1);
        // a point ends the silence
        send(point(now, 2000, 0, 10));
        assertThat(jdbc.queryForObject("select count(*) from monitoring_alert where device_id = ? and kind = "
                + "'SIGNAL_LOST' and ended_at is not null", Integer.class, device)).isEqualTo(1);
    }

    @Test
    void pointsOlderThanTheRetentionPeriodAreDeletedByTheJobAndTheRestKept() throws Exception {
        monitoredDapo();
        send(point(now.minusSeconds(5), 2000, 0, 10));
        jdbc.update("insert into monitoring_location (force_id, device_id, at, received_at, latitude, longitude, "
                + "accuracy_metres) select force_id, device_id, ?, ?, 53.7, -1.6, 5 from monitoring_device "
                + "where device_id = ? limit 1", Timestamp.from(now.minus(100, ChronoUnit.DAYS)),
                Timestamp.from(now.minus(100, ChronoUnit.DAYS)), device);
        assertThat(jdbc.queryForObject("select count(*) from monitoring_location where device_id = ?", Integer.class,
                device)).isEqualTo(2);
        jobs.deleteExpired();
        assertThat(jdbc.queryForObject("select count(*) from monitoring_location where device_id = ?", Integer.class,
                device)).isEqualTo(1);
    }

    @Test
    void onlyThePointOfContactLinksAndUnlinksADeviceAndAnUnlinkedDeviceIsNotChecked() throws Exception {
        UUID order = monitoredDapo();
        mvc.perform(post("/api/v1/monitoring/devices").with(as("poc.northshire"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"%s\",\"deviceId\":\"%s\"}".formatted(order, device)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/monitoring/devices").with(as("control.northshire"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"%s\",\"deviceId\":\"X-%s\"}".formatted(order, device)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/monitoring/devices").with(as("poc.southvale"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"%s\",\"deviceId\":\"Y-%s\"}".formatted(order, device)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/monitoring/devices").with(as("poc.northshire"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"%s\",\"deviceId\":\"bad id!\"}".formatted(order)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("deviceId"));
        mvc.perform(delete("/api/v1/monitoring/devices/{d}/orders/{o}", device, order)
                .with(as("poc.northshire"))).andExpect(status().isOk());
        // still known to the force (its points are kept), but no longer checked against the order's zones
        send(point(now.minusSeconds(5), 10, 0, 5)).andExpect(jsonPath("$.stored").value(1))
                .andExpect(jsonPath("$.alertsRaised").value(0));
        mvc.perform(get("/api/v1/monitoring/devices/{d}/locations", device).with(as("control.northshire")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
    }

    private UUID monitoredDapo() throws Exception {
        Instant made = now.minus(10, ChronoUnit.DAYS);
        OrderDetails details = new OrderDetails("Leeds Family Court", "EM" + UUID.randomUUID().toString()
                .substring(0, 8).toUpperCase(), OrderType.DAPO, made, false, null, DurationKind.UNTIL_DATE,
                now.plus(100, ChronoUnit.DAYS), true,
                new ProtectedPerson("Ruth Hale", LocalDate.of(1989, 2, 3), List.of(),
                        List.of(new Address(HOME, null, "Yewdale", "WE8 3MF", true)), List.of()),
                List.of(), List.of(),
                new Respondent("Gary Hale", LocalDate.of(1985, 6, 7), List.of(), List.of(), List.of(), null,
                        List.of(), null),
                Relationship.FORMER_SPOUSE,
                List.of(new Term(1, "The respondent must not use or threaten violence against the applicant."),
                        new Term(2, "The respondent must not go within 100 metres of the applicant's home, and must "
                                + "wear an electronic monitoring device.")),
                List.of(new ServiceRecord(made.plus(1, ChronoUnit.HOURS), ServiceMethod.PERSONAL, "PC 4417", null,
                        null)), null, null);
        UUID id = SignedIn.as(users, "poc.northshire", () -> orders.create(details, "monitoring test"));
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(as("poc.northshire")))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> zones.ofOrder(id).size() == 1);
        mvc.perform(post("/api/v1/monitoring/devices").with(as("poc.northshire"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"%s\",\"deviceId\":\"%s\"}".formatted(id, device)))
                .andExpect(status().isCreated());
        return id;
    }

    /** A point {@code north} and {@code east} metres from the home. */
    private String point(Instant at, double north, double east, double accuracy) {
        double lat = HOME_LAT + north / M;
        double lon = HOME_LON + east / (M * Math.cos(Math.toRadians(HOME_LAT)));
        return "{\"deviceId\":\"%s\",\"at\":\"%s\",\"latitude\":%.7f,\"longitude\":%.7f,\"accuracyMetres\":%s}"
                .formatted(device, at, lat, lon, accuracy);
    }

    private ResultActions send(String... points) throws Exception {
        return mvc.perform(post("/api/v1/monitoring/locations").with(as("monitoring-feed.northshire"))
                .contentType(MediaType.APPLICATION_JSON).content("[" + String.join(",", points) + "]"))
                .andExpect(status().isOk());
    }

    private List<String> alerts(UUID order) throws Exception {
        String body = mvc.perform(get("/api/v1/monitoring/alerts").param("orderId", order.toString())
                        .with(as("control.northshire"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.items[*].id");
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
