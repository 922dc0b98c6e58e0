package org.nmoregister.orders;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OrderApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister register;
    @Autowired
    UserDetailsService users;

    final Instant made = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    UUID orderId;
    String caseNumber;

    @BeforeEach
    void anOrderInNorthshire() {
        caseNumber = OrderFixtures.uniqueCaseNumber();
        orderId = SignedIn.as(users, "poc.northshire",
                () -> register.create(OrderFixtures.withoutNoticeNmo(caseNumber, made), "test"));
    }

    @Test
    void noCredentialsIs401() throws Exception {
        mvc.perform(get("/api/v1/orders/{id}", orderId)).andExpect(status().isUnauthorized());
    }

    @Test
    void anotherForcesOrderIs404() throws Exception {
        mvc.perform(get("/api/v1/orders/{id}", orderId).param("reason", "INC-1")
                        .with(httpBasic("officer.southvale", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anOfficerMustGiveAReasonAndSeesConfidentialDetailsWithheld() throws Exception {
        mvc.perform(get("/api/v1/orders/{id}", orderId).with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(get("/api/v1/orders/{id}", orderId).param("reason", "INC 4471")
                        .with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_SERVICE"))
                .andExpect(jsonPath("$.banner").value("NOT SERVED"))
                .andExpect(jsonPath("$.confidentialDetailsWithheld").value(true))
                .andExpect(jsonPath("$.applicant.addresses[0].line1").value(Confidentiality.WITHHELD))
                .andExpect(jsonPath("$.applicant.addresses[0].postcode").doesNotExist())
                .andExpect(jsonPath("$.terms[1].text", not(containsString("Acacia"))))
                .andExpect(jsonPath("$.respondent.addresses[0].line1").value("3 Mill Lane"));
        mvc.perform(get("/api/v1/access-log").param("subjectId", orderId.toString())
                        .with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reason", hasItem("INC 4471")))
                .andExpect(jsonPath("$[*].username", hasItem("officer.northshire")));
    }

    @Test
    void thePointOfContactSeesConfidentialDetails() throws Exception {
        mvc.perform(get("/api/v1/orders/{id}", orderId).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicant.addresses[0].line1").value("14 Acacia Avenue"))
                .andExpect(jsonPath("$.confidentialDetailsWithheld").value(false));
    }

    @Test
    void serviceThenVariationAndAsAt() throws Exception {
        Instant served = made.plus(1, ChronoUnit.HOURS);
        mvc.perform(post("/api/v1/orders/{id}/service", orderId).with(httpBasic("officer.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"servedAt\":\"" + served + "\",\"method\":\"PERSONAL\",\"servedBy\":\"PC 1234 Patel\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.version").value(2));
        Instant varied = made.plus(2, ChronoUnit.DAYS);
        mvc.perform(post("/api/v1/orders/{id}/versions", orderId).with(httpBasic("poc.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EXTENSION\",\"effectiveFrom\":\"" + varied + "\",\"endsAt\":\""
                                + made.plus(180, ChronoUnit.DAYS) + "\",\"note\":\"Extended at the return hearing\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.versions.length()").value(3));
        mvc.perform(get("/api/v1/orders/{id}", orderId).param("at", made.plusSeconds(60).toString())
                        .with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("PENDING_SERVICE"));
        mvc.perform(get("/api/v1/orders/{id}", orderId).param("at", varied.minusSeconds(1).toString())
                        .with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.status").value("IN_FORCE"));
        mvc.perform(get("/api/v1/orders").param("caseNumber", caseNumber).with(httpBasic("officer.northshire", "demo")))
                .andExpect(jsonPath("$[0].id").value(orderId.toString()))
                .andExpect(jsonPath("$[0].version").value(3));
    }

    @Test
    void aDischargedOrderIsNotServedOrVariedAfterItsDischargeButEarlierServiceIsKept() throws Exception {
        Instant discharged = made.plus(1, ChronoUnit.DAYS);
        mvc.perform(post("/api/v1/orders/{id}/versions", orderId).with(httpBasic("poc.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"DISCHARGE\",\"effectiveFrom\":\"" + discharged + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISCHARGED"));
        mvc.perform(post("/api/v1/orders/{id}/service", orderId).with(httpBasic("officer.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"servedAt\":\"" + discharged.plus(1, ChronoUnit.HOURS)
                                + "\",\"method\":\"PERSONAL\",\"servedBy\":\"PC 1234 Patel\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("servedAt"));
        mvc.perform(post("/api/v1/orders/{id}/versions", orderId).with(httpBasic("poc.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EXTENSION\",\"effectiveFrom\":\"" + discharged.plus(1, ChronoUnit.HOURS)
                                + "\",\"endsAt\":\"" + made.plus(180, ChronoUnit.DAYS) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")));
        // served the evening it was made, learned of later: still recorded, it decides what bound him that day
        mvc.perform(post("/api/v1/orders/{id}/service", orderId).with(httpBasic("officer.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"servedAt\":\"" + made.plus(6, ChronoUnit.HOURS)
                                + "\",\"method\":\"PERSONAL\",\"servedBy\":\"PC 1234 Patel\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISCHARGED"));
        mvc.perform(get("/api/v1/orders/{id}", orderId).param("at", made.plus(7, ChronoUnit.HOURS).toString())
                        .with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.status").value("IN_FORCE"));
    }

    @Test
    void anOrderUntilTheReturnHearingIsContinuedAfterTheHearingsListedTime() throws Exception {
        Instant longAgo = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        OrderDetails interim = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), longAgo)
                .withEnd(DurationKind.UNTIL_NEXT_HEARING, null);
        UUID id = SignedIn.as(users, "poc.northshire", () -> register.create(interim, "test"));
        Instant hearing = interim.returnHearing().at();
        // heard in the afternoon of the day it was listed for: the court continues the order for six months
        mvc.perform(post("/api/v1/orders/{id}/versions", id).with(httpBasic("poc.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EXTENSION\",\"effectiveFrom\":\"" + hearing.plus(4, ChronoUnit.HOURS)
                                + "\",\"duration\":\"UNTIL_DATE\",\"endsAt\":\"" + hearing.plus(180, ChronoUnit.DAYS)
                                + "\",\"note\":\"Continued at the return hearing\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void aBadChangeIs400NamingTheFieldAndChangesNothing() throws Exception {
        mvc.perform(post("/api/v1/orders/{id}/versions", orderId).with(httpBasic("poc.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EXTENSION\",\"effectiveFrom\":\"" + made.plusSeconds(10)
                                + "\",\"endsAt\":\"" + made.plusSeconds(5) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("endsAt")));
        mvc.perform(post("/api/v1/orders/{id}/service", orderId).with(httpBasic("poc.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"servedAt\": \"yesterday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("servedAt"));
        mvc.perform(get("/api/v1/orders/{id}", orderId).with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void onlyThePointOfContactRecordsChanges() throws Exception {
        mvc.perform(post("/api/v1/orders/{id}/versions", orderId).with(httpBasic("officer.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"DISCHARGE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/orders/{id}", orderId).with(httpBasic("court-feed.northshire", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOrderPageShowsTheBannerAndAsksOfficersForAReason() throws Exception {
        var officer = users.loadUserByUsername("officer.northshire");
        mvc.perform(get("/orders/{id}", orderId).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Why are you reading this order?")));
        mvc.perform(get("/orders/{id}", orderId).param("reason", "LOG 99").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NOT SERVED")))
                .andExpect(content().string(containsString(Confidentiality.WITHHELD)))
                .andExpect(content().string(not(containsString("Acacia"))));
        var poc = users.loadUserByUsername("poc.northshire");
        mvc.perform(post("/orders/{id}/change", orderId).with(user(poc)).with(csrf())
                        .param("kind", "DISCHARGE").param("effectiveFrom", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")));
        // many orders name a Johnny Smith, newest first and a page at a time: this one is on one of the pages
        org.assertj.core.api.Assertions.assertThat(org.nmoregister.support.ListPages.pageShowing(mvc,
                "/orders?name=johnny  SMITH", user(poc), caseNumber)).isNotNull();
    }
}
