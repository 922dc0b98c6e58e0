package org.nmoregister.transfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ContactDetail;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.Term;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The national existence check as control.southvale against northshire's orders: a name with a typo finds the card
 * (force, heldByAnotherForce, reference, telephone, restrictions in a few words) and nothing else, on the API and
 * the page; both forces' logs have the enquiry; every other way into the order still refuses; a force that turns
 * sharing off is not searched; the force where the respondent lives is told and finds the order even then.
 */
@IntegrationTest
class CrossForceLookupIntegrationTest {

    /** What must never reach another force: the victim's (C8) address and telephone, the other parties, the terms. */
    static final List<String> NEVER = List.of("Acacia", "LS6 2AB", "07700 900123", "Margaret", "Amy ", "Mill Lane",
            "Keeps two dogs", "Tall, beard", "must not use or threaten violence", "Leeds Family Court", "Quarry");

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    final Instant made = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void sharingBackOn() throws Exception {
        sharing("{\"sharesByDefault\": true, \"controlRoomTelephone\": \"0300 555 0101\"}")
                .andExpect(status().isOk());
    }

    @Test
    void aSouthvaleCallHandlerGetsNorthshiresCardAndNothingMoreAndBothForcesSeeWhoLooked() throws Exception {
        sharing("{\"sharesByDefault\": true, \"controlRoomTelephone\": \"0300 555 0101\"}").andExpect(status().isOk());
        String surname = surname();
        var order = create(surname, "3 Mill Lane", "LS12 1AA");

        // a typo in the surname, as the caller says it
        String typo = "William " + surname.substring(0, 3) + surname.substring(4);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> southvale(typo)
                .andExpect(jsonPath("$[0].heldByAnotherForce").value(true)));
        String json = southvale(typo)
                .andExpect(jsonPath("$[0].force").value("northshire"))
                .andExpect(jsonPath("$[0].name").value("William " + surname))
                .andExpect(jsonPath("$[0].role").value("RESPONDENT"))
                .andExpect(jsonPath("$[0].orders.length()").value(0))
                .andExpect(jsonPath("$[0].aliases.length()").value(0))
                .andExpect(jsonPath("$[0].otherForceOrders[0].id").value(order.id().toString()))
                .andExpect(jsonPath("$[0].otherForceOrders[0].force").value("northshire"))
                .andExpect(jsonPath("$[0].otherForceOrders[0].heldByAnotherForce").value(true))
                .andExpect(jsonPath("$[0].otherForceOrders[0].reference").value(order.caseNumber()))
                .andExpect(jsonPath("$[0].otherForceOrders[0].contactTelephone").value("0300 555 0101"))
                .andExpect(jsonPath("$[0].otherForceOrders[0].banner").value("NOT SERVED"))
                .andExpect(jsonPath("$[0].otherForceOrders[0].restrictions", hasItem("No violence or threats against"
                        + " the applicant")))
                .andExpect(jsonPath("$[0].otherForceOrders[0].restrictions", hasItem("No approach within 100 m of a"
                        + " place in LS6")))
                .andExpect(jsonPath("$[0].otherForceOrders[0].officerSafety", hasItem("VIOLENCE")))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain(NEVER);

        // the page: the card under "Held by another force", no address or C8 detail anywhere
        String page = mvc.perform(get("/lookup").param("q", typo).param("reason", "INC-20261204-0913")
                        .with(signedIn("control.southvale")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Held by another force", order.caseNumber(), "0300 555 0101",
                "No approach within 100 m of a place in LS6", "Ask Northshire Police for more").doesNotContain(NEVER);

        // the places lookup (GET /api/v1/lookup/places) at the protected home's postcode: northshire's place as
        // another force's, with no address or postcode (and no area: the home is confidential) and the card
        String places = mvc.perform(get("/api/v1/lookup/places").param("postcode", "LS6 2AB")
                        .param("reason", "INC-20261204-0913").with(httpBasic("control.southvale", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        tools.jackson.databind.JsonNode theirs = null;
        for (tools.jackson.databind.JsonNode place : new tools.jackson.databind.json.JsonMapper().readTree(places)) {
            for (tools.jackson.databind.JsonNode card : place.path("otherForceOrders")) {
                if (card.path("id").asString().equals(order.id().toString())) {
                    theirs = place;
                }
            }
        }
        assertThat(theirs).as(places).isNotNull();
        assertThat(theirs.path("heldByAnotherForce").asBoolean()).isTrue();
        assertThat(theirs.path("force").asString()).isEqualTo("northshire");
        assertThat(theirs.path("address").isNull() || theirs.path("address").isMissingNode()).as(places).isTrue();
        assertThat(theirs.path("postcode").isNull() || theirs.path("postcode").isMissingNode()).as(places).isTrue();
        assertThat(theirs.path("area").isNull() || theirs.path("area").isMissingNode()).as(places).isTrue();
        assertThat(theirs.path("orders").size()).isZero();
        assertThat(theirs.toString()).doesNotContain("Acacia").doesNotContain("Margaret");

        // northshire's access log: who, which force, why, what was shown and the sharing then
        mvc.perform(get("/api/v1/access-log").param("subjectId", order.id().toString())
                        .with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(jsonPath("$[*].reason", hasItem("INC-20261204-0913")))
                .andExpect(jsonPath("$[*].forceCode", hasItem("southvale")))
                .andExpect(jsonPath("$[*].detail", hasItem(containsString("Enquiry from southvale by control.southvale"))))
                .andExpect(jsonPath("$[*].detail", hasItem(containsString("northshire shares with this force"))));
        // and southvale's own
        mvc.perform(get("/api/v1/access-log").param("subjectId", order.id().toString())
                        .with(httpBasic("supervisor.southvale", "demo")))
                .andExpect(jsonPath("$[*].detail", hasItem(containsString("Held by another force (northshire)"))));
        // northshire's point of contact's daily list
        mvc.perform(get("/api/v1/cross-force/enquiries").with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].orderId", hasItem(order.id().toString())))
                .andExpect(jsonPath("$.items[*].fromForce", hasItem("southvale")));
        mvc.perform(get("/cross-force").with(signedIn("poc.northshire")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("INC-20261204-0913")));
        // southvale's own list has none of it (it is northshire's order)
        mvc.perform(get("/api/v1/cross-force/enquiries").with(httpBasic("poc.southvale", "demo")))
                .andExpect(jsonPath("$.items[*].orderId", not(hasItem(order.id().toString()))));

        // every other way into the order still refuses southvale
        for (String path : List.of("/api/v1/orders/" + order.id(), "/orders/" + order.id())) {
            mvc.perform(get(path).param("reason", "INC-20261204-0913").with(signedIn("control.southvale")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/breaches/new").param("orderId", order.id().toString())
                        .with(signedIn("control.southvale")))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(NEVER)
                        .doesNotContain(order.caseNumber()));
        mvc.perform(post("/api/v1/breaches").with(httpBasic("control.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\": \"" + order.id() + "\"}"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(400, 403, 404));

        // asking for more: recorded for northshire's point of contact, logged in both forces
        String asked = mvc.perform(post("/api/v1/cross-force/requests").with(httpBasic("control.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\": \"" + order.id() + "\", \"reason\": \"INC-20261204-0913\","
                                + " \"note\": \"Call PC 12 on 01632 960001\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.toForce").value("northshire"))
                .andReturn().getResponse().getContentAsString();
        String requestId = com.jayway.jsonpath.JsonPath.read(asked, "$.id");
        mvc.perform(get("/api/v1/cross-force/requests").with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.items[*].id", hasItem(requestId)));
        mvc.perform(get("/cross-force/requests").with(signedIn("poc.northshire")))
                .andExpect(content().string(containsString("Call PC 12 on 01632 960001")));
        mvc.perform(get("/api/v1/cross-force/requests").with(httpBasic("poc.southvale", "demo")))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(requestId))));
        mvc.perform(post("/api/v1/cross-force/requests/{id}/answered", requestId)
                        .with(httpBasic("poc.southvale", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cross-force/requests/{id}/answered", requestId)
                        .with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answeredBy").value("poc.northshire"));
        // the page's button, as the card sends it
        mvc.perform(post("/cross-force/ask").with(signedIn("control.southvale")).with(csrf())
                        .param("orderId", order.id().toString()).param("reason", "INC-20261204-0913"))
                .andExpect(status().is3xxRedirection());
        // an order of southvale's own cannot be "asked" about; nor one nobody holds
        mvc.perform(post("/api/v1/cross-force/requests").with(httpBasic("control.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\": \"" + order.id() + "\", \"reason\": \"INC-20261204-0913\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cross-force/requests").with(httpBasic("control.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\": \"" + UUID.randomUUID() + "\", \"reason\": \"INC-20261204-0913\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aForceThatTurnsSharingOffIsNotSearchedAndTheLogsSayWhichSettingsApplied() throws Exception {
        String surname = surname();
        var order = create(surname, "3 Mill Lane", "LS12 1AA");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> southvale("William " + surname)
                .andExpect(jsonPath("$[0].otherForceOrders[0].id").value(order.id().toString())));

        sharing("{\"sharesByDefault\": false, \"controlRoomTelephone\": \"0300 555 0101\"}")
                .andExpect(jsonPath("$.sharesWith.length()").value(0));
        southvale("William " + surname).andExpect(jsonPath("$.length()").value(0));
        // the northshire control room still finds its own order in full
        mvc.perform(get("/api/v1/lookup/people").param("name", "William " + surname).param("reason", "INC-1")
                        .with(httpBasic("control.northshire", "demo")))
                .andExpect(jsonPath("$[0].orders[0].id").value(order.id().toString()))
                .andExpect(jsonPath("$[0].force").value("northshire"))
                .andExpect(jsonPath("$[0].heldByAnotherForce").value(false));

        // off by default but on for southvale by an exception: searched again, and the log says why
        sharing("{\"sharesByDefault\": false, \"exceptions\": {\"southvale\": true}}")
                .andExpect(jsonPath("$.sharesWith[0]").value("southvale"));
        southvale("William " + surname).andExpect(jsonPath("$[0].otherForceOrders[0].id").value(order.id().toString()));
        mvc.perform(get("/api/v1/access-log").param("subjectId", order.id().toString())
                        .with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(jsonPath("$[*].detail", hasItem(containsString("an exception to its default, which is off"))));
        // the caller's log says the same of the same lookup: both forces' logs show the settings then in force
        mvc.perform(get("/api/v1/access-log").param("subjectId", order.id().toString())
                        .with(httpBasic("supervisor.southvale", "demo")))
                .andExpect(jsonPath("$[*].detail", hasItem(containsString("an exception to its default, which is off"))))
                .andExpect(jsonPath("$[*].detail", hasItem(containsString("northshire shares with this force"))));

        // refused whole, naming the field
        sharing("{\"sharesByDefault\": true, \"exceptions\": {\"nowhere\": true}}")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("exceptions")));
        sharing("{\"sharesByDefault\": true, \"controlRoomTelephone\": \"call us\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("controlRoomTelephone")));
        mvc.perform(put("/api/v1/cross-force/sharing").with(httpBasic("poc.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sharesByDefault\": true}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cross-force/sharing").with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.sharesByDefault").value(false))
                .andExpect(jsonPath("$.exceptions.southvale").value(true));
    }

    @Test
    void theForceWhereTheRespondentLivesIsToldAndFindsTheOrderEvenWithSharingOff() throws Exception {
        sharing("{\"sharesByDefault\": false}").andExpect(status().isOk());
        String surname = surname();
        // the respondent lives in southvale's area (SV); the victim's address stays in northshire
        var order = create(surname, "21 Quarry Hill", "SV3 9QH");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/v1/cross-force/notices").with(httpBasic("poc.southvale", "demo")))
                        .andExpect(jsonPath("$.items[*].orderId", hasItem(order.id().toString()))));
        String notices = mvc.perform(get("/api/v1/cross-force/notices").with(httpBasic("poc.southvale", "demo")))
                .andExpect(jsonPath("$.items[?(@.orderId == '" + order.id() + "')].area", hasItem("SV3")))
                .andExpect(jsonPath("$.items[?(@.orderId == '" + order.id() + "')].fromForce", hasItem("northshire")))
                .andReturn().getResponse().getContentAsString();
        assertThat(notices).doesNotContain(NEVER).doesNotContain("SV3 9QH");
        mvc.perform(get("/cross-force/notices").with(signedIn("poc.southvale")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(order.caseNumber())));
        // sharing is off, but southvale was told: its lookup finds the card
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> southvale("William " + surname)
                .andExpect(jsonPath("$[0].otherForceOrders[0].id").value(order.id().toString())));
        String json = southvale("William " + surname).andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain(NEVER).doesNotContain("SV3 9QH");
        // northshire's notices list does not have it (it sent it), and northshire's log records the disclosure
        mvc.perform(get("/api/v1/cross-force/notices").with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.items[*].orderId", not(hasItem(order.id().toString()))));
        mvc.perform(get("/api/v1/access-log").param("subjectId", order.id().toString())
                        .with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(jsonPath("$[*].detail", hasItem(containsString("Existence notice of " + order.caseNumber()
                        + " sent to southvale"))));
    }

    /**
     * Part 5: a victim whose respondent lives in southvale's area moves (into southvale's area, the worst case). The
     * page offers the C8 protection, answered yes because she moved because of him; the new address is recorded;
     * and nothing southvale can read about the order (its notices, the card in its lookup by either name, the page,
     * its marker and the marker's export, its access log) holds the new address or its postcode district.
     */
    @Test
    void aVictimsNewAddressIsOfferedC8AndNeverReachesTheRespondentsForce() throws Exception {
        String surname = surname();
        var order = create(surname, "21 Quarry Hill", "SV3 9QH");
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", order.id())
                        .with(httpBasic("supervisor.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"overrideReason\": \"Court confirmed the order by telephone\"}"))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("select count(*) from marker m join "
                + "force f on f.id = m.force_id where m.order_id = ? and f.code = 'southvale' and m.withdrawn_at is null",
                Integer.class, order.id()) > 0);

        // who moved and why: because of the respondent, so the C8 question starts answered yes
        String asked = mvc.perform(post("/orders/{id}/victim-moved", order.id()).with(signedIn("poc.northshire"))
                        .with(csrf()).param("person", "applicant").param("because", "RESPONDENT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asked).containsPattern("value=\"yes\"\\s+checked");
        // for another reason it must be answered: nothing is recorded until it is
        String unanswered = mvc.perform(post("/orders/{id}/victim-moved/address", order.id())
                        .with(signedIn("poc.northshire")).with(csrf()).param("person", "applicant")
                        .param("because", "OTHER").param("line1", "9 Larkspur Close").param("town", "Southtown")
                        .param("postcode", "SV2 4LR"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unanswered).contains("There is a problem");
        String street = "9 Larkspur " + surname + " Close";
        mvc.perform(post("/orders/{id}/victim-moved/address", order.id()).with(signedIn("poc.northshire"))
                        .with(csrf()).param("person", "applicant").param("because", "RESPONDENT")
                        .param("line1", street).param("town", "Southtown").param("postcode", "SV2 4LR")
                        .param("confidential", "yes"))
                .andExpect(status().is3xxRedirection());
        String asPoc = mvc.perform(get("/api/v1/orders/{id}", order.id()).param("reason", "INC-1")
                        .with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.applicant.addresses[0].line1").value(street))
                .andExpect(jsonPath("$.applicant.addresses[0].confidential").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(asPoc).contains("SV2 4LR");
        // the new version assured: the respondent's force is still told (he still lives there) and its marker on him
        // follows the new version
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", order.id())
                        .with(httpBasic("supervisor.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"overrideReason\": \"Victim's new address confirmed by the officer in case\"}"))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("select count(*) from marker m join "
                + "force f on f.id = m.force_id where m.order_id = ? and f.code = 'southvale' and m.withdrawn_at is null"
                + " and m.order_version = 2", Integer.class, order.id()) > 0);

        List<String> seenBySouthvale = new java.util.ArrayList<>();
        for (String account : List.of("poc.southvale", "supervisor.southvale", "control.southvale")) {
            for (String url : List.of("/api/v1/cross-force/notices", "/cross-force/notices",
                    "/api/v1/lookup/people?name=William+" + surname + "&reason=INC-5",
                    "/api/v1/lookup/people?name=Margaret+" + surname + "&reason=INC-5",
                    "/lookup?q=William+" + surname + "&reason=INC-5", "/api/v1/access-log")) {
                seenBySouthvale.add(account + " " + url + ": " + mvc.perform(get(url).with(signedIn(account)))
                        .andReturn().getResponse().getContentAsString());
            }
        }
        seenBySouthvale.addAll(jdbc.queryForList("select e.payload::text from marker_export e join marker m on "
                + "m.id = e.marker_id join force f on f.id = m.force_id where m.order_id = ? and f.code = 'southvale'",
                String.class, order.id()));
        seenBySouthvale.addAll(jdbc.queryForList("select concat_ws(' ', m.person_name, m.address, m.area) from marker m"
                + " join force f on f.id = m.force_id where m.order_id = ? and f.code = 'southvale'", String.class,
                order.id()));
        assertThat(String.join("\n", seenBySouthvale)).contains(order.caseNumber())
                .doesNotContain("Larkspur").doesNotContain("SV2 4LR").doesNotContain("SV24LR")
                .doesNotContainPattern("\\bSV2\\b");
    }

    @Test
    void anAdministratorChangesTheSharingOnItsPageWithErrorsInPlainEnglishAndThePointOfContactReadsThem()
            throws Exception {
        sharing("{\"sharesByDefault\": true, \"controlRoomTelephone\": \"0300 555 0101\"}").andExpect(status().isOk());
        mvc.perform(get("/cross-force/sharing").with(signedIn("admin.northshire")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Save the sharing settings")))
                .andExpect(content().string(containsString("Southvale Constabulary")))
                .andExpect(content().string(containsString("value=\"0300 555 0101\"")));

        // a telephone that is not one: the summary and the field's message in plain words, what was typed kept,
        // nothing changed
        String refused = mvc.perform(post("/cross-force/sharing").with(signedIn("admin.northshire")).with(csrf())
                        .param("sharesByDefault", "no").param("controlRoomTelephone", "call us")
                        .param("force-southvale", "ALWAYS"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "Error: Sharing with other forces",
                "Enter the control room&#39;s telephone number", "value=\"call us\"")
                .doesNotContain("controlRoomTelephone must", "ALWAYS</");
        mvc.perform(get("/api/v1/cross-force/sharing").with(httpBasic("admin.northshire", "demo")))
                .andExpect(jsonPath("$.sharesByDefault").value(true));
        // nothing chosen for the default, and a choice the page never offers
        String unanswered = mvc.perform(post("/cross-force/sharing").with(signedIn("admin.northshire")).with(csrf())
                        .param("controlRoomTelephone", "0300 555 0101").param("force-southvale", "SOMETIMES"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unanswered).contains("Select whether other forces&#39; lookups find this force&#39;s orders",
                "Choose whether Southvale Constabulary finds this force&#39;s orders from the list");

        // saved: off by default, on for southvale, a new telephone; logged as the API logs it
        mvc.perform(post("/cross-force/sharing").with(signedIn("admin.northshire")).with(csrf())
                        .param("sharesByDefault", "no").param("controlRoomTelephone", "0300 555 0188")
                        .param("force-southvale", "ALWAYS"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/cross-force/sharing").with(httpBasic("admin.northshire", "demo")))
                .andExpect(jsonPath("$.sharesByDefault").value(false))
                .andExpect(jsonPath("$.controlRoomTelephone").value("0300 555 0188"))
                .andExpect(jsonPath("$.exceptions.southvale").value(true));
        mvc.perform(get("/api/v1/access-log").with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(jsonPath("$[*].detail", hasItem(containsString("Sharing for the national existence check:"
                        + " off by default, exceptions {southvale=true}; 24/7 telephone 0300 555 0188"))));

        // the point of contact reads them, with no form; only an administrator may send it
        String read = mvc.perform(get("/cross-force/sharing").with(signedIn("poc.northshire")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(read).contains("0300 555 0188", "Only an administrator can change these settings",
                "Southvale Constabulary").doesNotContain("Save the sharing settings");
        mvc.perform(post("/cross-force/sharing").with(signedIn("poc.northshire")).with(csrf())
                        .param("sharesByDefault", "yes"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cross-force/sharing").with(signedIn("control.northshire")))
                .andExpect(status().isForbidden());
    }

    /** Pages are signed in through the sign-in page, not HTTP Basic. */
    private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String account) {
        return user(users.loadUserByUsername(account));
    }

    private ResultActions sharing(String json) throws Exception {
        return mvc.perform(put("/api/v1/cross-force/sharing").with(httpBasic("admin.northshire", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions southvale(String name) throws Exception {
        return mvc.perform(get("/api/v1/lookup/people").param("name", name).param("reason", "INC-20261204-0913")
                .with(httpBasic("control.southvale", "demo"))).andExpect(status().isOk());
    }

    record Created(UUID id, String caseNumber) {
    }

    /**
     * A northshire order against William (living at {@code respondentStreet}, {@code respondentPostcode}) protecting
     * Margaret at a confidential home in LS6 2AB with a 100-metre zone, her daughter Amy, officer-safety warnings.
     */
    private Created create(String surname, String respondentStreet, String respondentPostcode) {
        String caseNumber = OrderFixtures.uniqueCaseNumber();
        OrderDetails base = OrderFixtures.withoutNoticeNmo(caseNumber, made);
        var respondent = new Respondent("William " + surname, LocalDate.of(1984, 2, 9), List.of("Billy " + surname),
                List.of(new Address(respondentStreet, null, "Northtown", respondentPostcode, false)), List.of(),
                "Tall, beard", List.of(), base.respondent().officerSafety());
        var applicant = new ProtectedPerson("Margaret " + surname, LocalDate.of(1987, 6, 1), List.of(),
                List.of(new Address("14 Acacia Avenue", null, "Leeds", "LS6 2AB", true)),
                List.of(new ContactDetail(ContactDetail.Kind.PHONE, "07700 900123", true)));
        OrderDetails details = new OrderDetails(base.court(), caseNumber, base.orderType(), made, true,
                base.returnHearing(), DurationKind.UNTIL_FURTHER_ORDER, null, true, applicant, List.of(),
                List.of(ProtectedPerson.named("Amy " + surname, LocalDate.of(2015, 3, 3))), respondent,
                base.relationship(),
                List.of(new Term(1, "The respondent must not use or threaten violence against the applicant, and must "
                                + "not instruct, encourage or in any way suggest that any other person should do so."),
                        new Term(2, "The respondent must not go within 100 metres of 14 Acacia Avenue, Leeds LS6 2AB.")),
                List.of(), null, null);
        UUID id = SignedIn.as(users, "poc.northshire", () -> orders.create(details, null));
        return new Created(id, caseNumber);
    }

    private static String surname() {
        String[] syllables = {"ka", "lo", "mer", "dun", "ri", "vel", "sto", "ban", "tor", "quin", "haw", "zel"};
        Random random = new Random(UUID.randomUUID().getMostSignificantBits());
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            name.append(syllables[random.nextInt(syllables.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
