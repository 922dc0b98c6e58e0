package org.nmoregister.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.flags.internal.MarkerService;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.PlaceLocation;
import org.nmoregister.places.internal.GazetteerImport;
import org.nmoregister.places.internal.GazetteerImporter;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A place marker carries where its zone is drawn: at the property the address gazetteer matches, else at the
 * postcode's centre marked approximate; the control room's place lookup and the breach check measure from that
 * point; the point of contact confirms a doubtful match or corrects it on the QA page, and the markers follow. The
 * postcode (WQ9 1AA) and properties (UPRN 91000000xx) are this test's own.
 */
@IntegrationTest
class PlaceMarkersIntegrationTest {

    /** The postcode's centre. */
    static final Coordinates CENTRE = new Coordinates(53.700000, -1.600000);
    /** 12 Heron Way, about 133 m north of the centre: outside a 100 m zone drawn around the centre. */
    static final Coordinates TWELVE = new Coordinates(53.701200, -1.600000);
    static final Coordinates SIXTEEN = new Coordinates(53.699000, -1.601000);
    static final long TWELVE_UPRN = 9100000001L;
    static final long SIXTEEN_UPRN = 9100000003L;

    private static final String POSTCODES = """
            pcds,lat,long,pfa,oslaua,dointr,doterm
            WQ9 1AA,53.700000,-1.600000,E23000991,E08000901,198001,
            """;
    // Five properties, so the postcode's likely error is its furthest property (14 Heron Way, 145 m: 150 m).
    private static final String PROPERTIES = """
            UPRN,SUB_BUILDING_NAME,BUILDING_NAME,BUILDING_NUMBER,THOROUGHFARE,DEPENDENT_LOCALITY,POST_TOWN,POSTCODE_LOCATOR,LATITUDE,LONGITUDE
            9100000001,,,12,HERON WAY,,YEWDALE,WQ9 1AA,53.701200,-1.600000
            9100000002,,,14,HERON WAY,,YEWDALE,WQ9 1AA,53.701300,-1.600200
            9100000003,,,16,HERON WAY,,YEWDALE,WQ9 1AA,53.699000,-1.601000
            9100000004,,,18,HERON WAY,,YEWDALE,WQ9 1AA,53.699500,-1.599000
            9100000005,,,20,HERON WAY,,YEWDALE,WQ9 1AA,53.700500,-1.598000
            """;
    private static final String OTHERS = ", and must not instruct, encourage or in any way suggest that any other "
            + "person should do so.";
    static final String AT_PROPERTY = "12 Heron Way, Yewdale WQ9 1AA";
    static final String MISSPELT = "16 Heorn Way, Yewdale WQ9 1AA";
    static final String UNKNOWN_HOUSE = "40 Heron Way, Yewdale WQ9 1AA";

    @Autowired
    GazetteerImporter importer;
    @Autowired
    OrderRegister orders;
    @Autowired
    MarkerService markers;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void gazetteer() {
        importer.importNow(GazetteerImport.Kind.POSTCODE_DIRECTORY, "test", "wq-postcodes.csv", stream(POSTCODES),
                null);
        importer.importNow(GazetteerImport.Kind.ADDRESSBASE, "test", "wq-properties.csv", stream(PROPERTIES), null);
    }

    @Test
    void aPlaceMarkerIsAtItsPropertyOrMarkedApproximateAtItsPostcodesCentreAndTheChecksMeasureFromIt()
            throws Exception {
        UUID id = assuredOrder();
        MarkerView twelve = place(id, AT_PROPERTY);
        assertThat(twelve.precision()).isEqualTo(PlaceLocation.Precision.PROPERTY);
        assertThat(new Coordinates(twelve.latitude(), twelve.longitude())).isEqualTo(TWELVE);
        assertThat(twelve.uprn()).isEqualTo(TWELVE_UPRN);
        assertThat(twelve.matchConfidence()).isEqualTo(1.0);
        assertThat(twelve.likelyErrorMetres()).isZero();
        assertThat(twelve.radiusMetres()).isEqualTo(100);

        MarkerView misspelt = place(id, MISSPELT);
        assertThat(misspelt.precision()).isEqualTo(PlaceLocation.Precision.PROPERTY);
        assertThat(misspelt.uprn()).isEqualTo(SIXTEEN_UPRN);
        assertThat(misspelt.matchConfidence()).isBetween(0.9, 0.999);

        MarkerView unknown = place(id, UNKNOWN_HOUSE);
        assertThat(unknown.precision()).isEqualTo(PlaceLocation.Precision.POSTCODE_CENTRE);
        assertThat(new Coordinates(unknown.latitude(), unknown.longitude())).isEqualTo(CENTRE);
        assertThat(unknown.likelyErrorMetres()).isEqualTo(150);
        assertThat(unknown.uprn()).isNull();
        assertThat(unknown.location().orElseThrow().approximate()).isTrue();

        // The order's page says how each place was put on the map.
        assertThat(mvc.perform(get("/orders/{id}", id).with(poc())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString())
                .contains(AT_PROPERTY + ", within 100 m; located at the property")
                .contains(MISSPELT + ", within 100 m; located at the property that best matches the address: check it")
                .contains(UNKNOWN_HOUSE + ", within 50 m; located by postcode only (may be up to 150 m out)");

        // An officer sees where an ordinary place is, but not where the applicant's confidential home is.
        List<MarkerView> seenByOfficer = as("officer.northshire", () -> markers.forOrder(id));
        assertThat(seenByOfficer).filteredOn(m -> AT_PROPERTY.equals(m.address()))
                .extracting(MarkerView::latitude).containsExactly(TWELVE.latitude());
        assertThat(seenByOfficer).filteredOn(m -> m.kind() == MarkerKind.PROTECTED_PLACE && m.confidential())
                .isNotEmpty().allSatisfy(m -> {
                    assertThat(m.latitude()).isNull();
                    assertThat(m.uprn()).isNull();
                    assertThat(m.location()).isEmpty();
                });

        // The control room: 78 m north of 12 Heron Way is inside its zone, though 211 m from the postcode's centre.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/v1/lookup/places")
                        .param("latitude", "53.7019").param("longitude", "-1.6").param("radiusMetres", "100")
                        .param("reason", "INC-7001").with(httpBasic("control.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.orders[0].id == '" + id + "' && @.address == '" + AT_PROPERTY
                        + "')].inside", hasItem(true)))
                .andExpect(jsonPath("$[?(@.orders[0].id == '" + id + "' && @.address == '" + AT_PROPERTY
                        + "')].located", hasItem("located at the property"))));

        // The breach check, 80 m north of the postcode's centre: 53 m from 12 Heron Way, inside its zone; about
        // 80 m from the unknown house's zone centre, which is only the postcode's.
        dryRun(id, 53.70072, -1.6)
                .andExpect(jsonPath("$.terms[?(@.index == 1)].reason", hasItem(containsString("inside the 100 m zone"))))
                .andExpect(jsonPath("$.terms[?(@.index == 1)].reason", hasItem(not(containsString("postcode")))))
                .andExpect(jsonPath("$.terms[?(@.index == 1)].distanceMetres", hasItem(closeTo(53.4, 1.0))))
                .andExpect(jsonPath("$.terms[?(@.index == 3)].reason", hasItem(containsString("about 80 m from"))))
                .andExpect(jsonPath("$.terms[?(@.index == 3)].reason", hasItem(containsString(
                        "located by postcode only (may be up to 150 m out)"))));
    }

    @Test
    void thePointOfContactConfirmsADoubtfulMatchOrCorrectsItAndTheMarkersFollow() throws Exception {
        UUID id = assuredOrder();
        MarkerView misspeltBefore = place(id, MISSPELT);
        MarkerView twelveBefore = place(id, AT_PROPERTY);

        // The QA page asks about the misspelt address only, with its candidate and "none of these".
        String page = mvc.perform(get("/orders/{id}/quality", id).with(poc()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Which property is " + MISSPELT + "?")
                .contains("value=\"" + SIXTEEN_UPRN + "\"").contains("16 Heron Way, Yewdale WQ9 1AA")
                .contains("value=\"POSTCODE_CENTRE\"")
                .doesNotContain("Which property is " + AT_PROPERTY);

        // Nothing chosen: the error beside the radios, in words.
        mvc.perform(post("/orders/{id}/quality/places", id).with(poc()).with(csrf())
                        .param("place", MISSPELT).param("index", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Error: Quality assurance")))
                .andExpect(content().string(containsString("href=\"#property-0\"")))
                .andExpect(content().string(containsString(
                        "Select the property the order means, or none of these")));
        // A property that is not a candidate, and a place the order does not name, are refused.
        mvc.perform(post("/orders/{id}/quality/places", id).with(poc()).with(csrf())
                        .param("place", MISSPELT).param("property", String.valueOf(TWELVE_UPRN + 99)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the properties listed")));
        mvc.perform(post("/orders/{id}/quality/places", id).with(poc()).with(csrf())
                        .param("place", "1 Elsewhere Road, Yewdale WQ9 1AA").param("property", "POSTCODE_CENTRE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That place is not one the order names")));
        // A supervisor sees the candidates but does not choose.
        assertThat(mvc.perform(get("/orders/{id}/quality", id).with(user(users.loadUserByUsername(
                "supervisor.northshire")))).andReturn().getResponse().getContentAsString())
                .contains("Which property is " + MISSPELT + "?").contains("disabled=\"disabled\"")
                .doesNotContain("id=\"confirm-place-0\"");
        mvc.perform(post("/orders/{id}/quality/places", id).with(user(users.loadUserByUsername(
                        "supervisor.northshire"))).with(csrf())
                        .param("place", MISSPELT).param("property", String.valueOf(SIXTEEN_UPRN)))
                .andExpect(status().isForbidden());
        // Only the point of contact chooses.
        mvc.perform(post("/orders/{id}/quality/places", id).with(user(users.loadUserByUsername("officer.northshire")))
                        .with(csrf()).param("place", MISSPELT).param("property", String.valueOf(SIXTEEN_UPRN)))
                .andExpect(status().isForbidden());

        // Confirming the property the register found keeps the marker, now sure of it.
        mvc.perform(post("/orders/{id}/quality/places", id).with(poc()).with(csrf())
                        .param("place", MISSPELT).param("property", String.valueOf(SIXTEEN_UPRN)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/orders/" + id + "/quality"));
        await().atMost(Duration.ofSeconds(10)).until(() -> place(id, MISSPELT).matchConfidence() == 1.0);
        assertThat(place(id, MISSPELT).id()).isEqualTo(misspeltBefore.id());
        assertThat(jdbc.queryForObject("select count(*) from access_log where subject_id = ? and username = ? "
                + "and detail = ?", Integer.class, id.toString(), "poc.northshire",
                "Place confirmed at property UPRN " + SIXTEEN_UPRN)).isEqualTo(1);
        assertThat(mvc.perform(get("/orders/{id}/quality", id).with(poc())).andReturn().getResponse()
                .getContentAsString()).contains("Chosen by poc.northshire");

        // "None of these" for 12 Heron Way moves its zone to the postcode's centre: a new version of the marker.
        mvc.perform(post("/orders/{id}/quality/places", id).with(poc()).with(csrf())
                        .param("place", AT_PROPERTY).param("property", "POSTCODE_CENTRE"))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(10)).until(() -> !place(id, AT_PROPERTY).id().equals(twelveBefore.id()));
        MarkerView twelve = place(id, AT_PROPERTY);
        assertThat(twelve.precision()).isEqualTo(PlaceLocation.Precision.POSTCODE_CENTRE);
        assertThat(new Coordinates(twelve.latitude(), twelve.longitude())).isEqualTo(CENTRE);
        assertThat(twelve.radiusMetres()).isEqualTo(100);
        MarkerView replaced = all(id).stream().filter(m -> m.id().equals(twelveBefore.id())).findFirst().orElseThrow();
        assertThat(replaced.withdrawal()).isEqualTo(Withdrawal.RELOCATED);
        assertThat(replaced.withdrawnAt()).isNotNull();
        assertThat(replaced.precision()).as("the old version keeps where it was").isEqualTo(
                PlaceLocation.Precision.PROPERTY);
        assertThat(mvc.perform(get("/orders/{id}", id).with(poc())).andReturn().getResponse().getContentAsString())
                .contains("(moved to where the place is)");

        // The breach check now judges 12 Heron Way from the postcode's centre, and says so.
        dryRun(id, 53.70072, -1.6)
                .andExpect(jsonPath("$.terms[?(@.index == 1)].reason", hasItem(containsString("about 80 m from"))))
                .andExpect(jsonPath("$.terms[?(@.index == 1)].reason", hasItem(containsString(
                        "located by postcode only"))));
    }

    private UUID assuredOrder() throws Exception {
        Instant made = now.minus(20, ChronoUnit.DAYS);
        OrderDetails base = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made);
        OrderDetails details = new OrderDetails(base.court(), base.caseNumber(), OrderType.NMO, made, false, null,
                base.duration(), now.plus(100, ChronoUnit.DAYS), true, base.applicant(), List.of(), List.of(),
                base.respondent(), base.relationship(), List.of(
                new Term(1, "The respondent must not go within 100 metres of " + AT_PROPERTY + OTHERS),
                new Term(2, "The respondent must not go within 100 metres of " + MISSPELT + OTHERS),
                new Term(3, "The respondent must not go within 50 metres of " + UNKNOWN_HOUSE + OTHERS),
                new Term(4, "The respondent must not go within 100 metres of the applicant's home" + OTHERS)),
                List.of(new ServiceRecord(made.plus(1, ChronoUnit.DAYS), ServiceMethod.PERSONAL, "PC 4417", null,
                        null)), null, null);
        UUID id = as("poc.northshire", () -> orders.create(details, "place marker test"));
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> active(id).stream()
                .filter(m -> m.kind() == MarkerKind.PROTECTED_PLACE).count() == 4);
        return id;
    }

    private ResultActions dryRun(UUID orderId, double latitude, double longitude) throws Exception {
        return mvc.perform(post("/api/v1/breaches/check").with(httpBasic("control.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orderId": "%s", "occurredAt": "%s", "conduct": "APPROACH", "channel": "IN_PERSON",
                                 "latitude": %s, "longitude": %s}""".formatted(orderId,
                                now.minus(1, ChronoUnit.HOURS), latitude, longitude)))
                .andExpect(status().isOk());
    }

    private MarkerView place(UUID id, String address) {
        return active(id).stream().filter(m -> address.equals(m.address())).findFirst().orElseThrow();
    }

    private List<MarkerView> all(UUID id) {
        return as("poc.northshire", () -> markers.forOrder(id));
    }

    private List<MarkerView> active(UUID id) {
        Instant at = Instant.now();
        return all(id).stream().filter(m -> m.activeAt(at)).toList();
    }

    private RequestPostProcessor poc() {
        return user(users.loadUserByUsername("poc.northshire"));
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return SignedIn.as(users, username, work);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
