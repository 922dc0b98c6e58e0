package org.nmoregister.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ContactDetail;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Respondent;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The right to rectification (DPA 2018 s.46) on the real database: a supervisor corrects a respondent's date of
 * birth (a new version with the reason, the old kept), restricts a contested address (every view of the order says
 * so, until a correction settles it), with every decision kept and logged; refusals name the field; another force's
 * case is not found; only supervisors decide; and the page flow with its errors in plain English.
 */
@IntegrationTest
class RectificationIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    final Instant made = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    String respondent;
    String applicant;
    UUID orderId;

    @BeforeEach
    void aNorthshireOrder() {
        // letters only (a name), drawn for each test: each hex digit of a random UUID becomes one of a to p
        String surname = "Rect" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16)))).collect(Collectors.joining());
        respondent = "Rex " + surname;
        applicant = "Ada " + surname;
        String caseNumber = OrderFixtures.uniqueCaseNumber();
        OrderDetails base = OrderFixtures.withoutNoticeNmo(caseNumber, made);
        OrderDetails details = new OrderDetails(base.court(), caseNumber, base.orderType(), made, true,
                base.returnHearing(), DurationKind.UNTIL_FURTHER_ORDER, null, true,
                new ProtectedPerson(applicant, LocalDate.of(1990, 5, 5), List.of(),
                        List.of(new Address("14 Acacia Avenue", null, "Leeds", "LS6 2AB", true)),
                        List.of(new ContactDetail(ContactDetail.Kind.PHONE, "07700 900123", true))),
                List.of(), List.of(), new Respondent(respondent, LocalDate.of(1980, 1, 1), List.of(),
                List.of(new Address("3 Mill Lane", null, "Northtown", "LS12 1AA", false)), List.of(), null,
                List.of(), base.respondent().officerSafety()), base.relationship(), base.terms(), List.of(), null,
                null);
        orderId = SignedIn.as(users, "poc.northshire", () -> orders.create(details, null));
    }

    @Test
    void aDateOfBirthIsRectifiedAsANewVersionAndAContestedAddressIsRestrictedUntilSettled() throws Exception {
        facts("supervisor.northshire").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.role == 'RESPONDENT' && @.fact == 'DATE_OF_BIRTH')].value",
                        hasItem("1980-01-01")))
                .andExpect(jsonPath("$[?(@.role == 'APPLICANT' && @.fact == 'ADDRESS')].confidential",
                        hasItem(true)));
        facts("supervisor.southvale").andExpect(status().isNotFound());
        facts("poc.northshire").andExpect(status().isForbidden());

        // rectified: a new version with the reason, the old one kept
        decide(body("RESPONDENT", respondent, "DATE_OF_BIRTH", "1980-01-01", "1980-01-02", "RECTIFY"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("RECTIFIED"))
                .andExpect(jsonPath("$.outcome").value("order version 2"))
                .andExpect(jsonPath("$.decidedBy").value("supervisor.northshire"));
        mvc.perform(get("/api/v1/orders/{id}", orderId).with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.respondent.dateOfBirth").value("1980-01-02"))
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.versions[?(@.version == 2)].note", hasItem(containsString(
                        "Rectification (DPA 2018 s.46) of the respondent's date of birth, asked by the respondent,"
                                + " by letter: his birth certificate shows the 2nd"))));
        assertThat(jdbc.queryForObject("select details -> 'respondent' ->> 'dateOfBirth' from order_version"
                + " where order_id = ? and version = 1", String.class, orderId)).isEqualTo("1980-01-01");

        // the value seen is no longer held: refused naming the fact, nothing recorded
        decide(body("RESPONDENT", respondent, "DATE_OF_BIRTH", "1980-01-01", "1980-01-03", "RECTIFY"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fact"));
        // limits, missing answers and unknown fields, each named
        decide(body("RESPONDENT", respondent, "NAME", respondent, "Rex", "RECTIFY").replace("his birth certificate"
                + " shows the 2nd", "x".repeat(2001))).andExpect(status().isBadRequest())
                .andExpect(content("reason"));
        decide(body("RESPONDENT", respondent, "NAME", respondent, "Rex", "RECTIFY")
                .replace(", \"decision\": \"RECTIFY\"", "")).andExpect(status().isBadRequest())
                .andExpect(content("decision"));
        decide(body("RESPONDENT", respondent, "NAME", respondent, "Rex", "RECTIFY").replace("{", "{\"extra\": 1, "))
                .andExpect(status().isBadRequest()).andExpect(content("extra"));
        decide(body("RESPONDENT", respondent, "NAME", respondent, "", "RECTIFY")).andExpect(status().isBadRequest())
                .andExpect(content("correctedValue"));
        mvc.perform(post("/api/v1/subject-access/rectifications").with(httpBasic("supervisor.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("RESPONDENT", respondent, "NAME", respondent, "Rex", "RECTIFY")))
                .andExpect(status().isNotFound());

        // restricted: every view of the order says the address is contested
        String address = "3 Mill Lane, Northtown, LS12 1AA";
        decide(body("RESPONDENT", respondent, "ADDRESS", address, null, "RESTRICT"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.decision").value("RESTRICTED"));
        mvc.perform(get("/api/v1/orders/{id}", orderId).param("reason", "INC-1")
                        .with(httpBasic("officer.northshire", "demo")))
                .andExpect(jsonPath("$.contestedFacts[0].fact").value("ADDRESS"))
                .andExpect(jsonPath("$.contestedFacts[0].heldValue").value(address));
        String page = mvc.perform(get("/orders/{id}", orderId).param("reason", "INC-1")
                        .with(user(users.loadUserByUsername("officer.northshire"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The accuracy of these facts is contested", address);
        facts("supervisor.northshire").andExpect(jsonPath("$[?(@.fact == 'ADDRESS' && @.role == 'RESPONDENT')]"
                + ".contested", hasItem(true)));
        String export = mvc.perform(post("/api/v1/subject-access").with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"SAR-R1\", \"name\": \"" + respondent + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(export).contains("Accuracy contested: respondent's address");

        // a correction settles it
        decide(body("RESPONDENT", respondent, "ADDRESS", address, "5 Mill Lane, Northtown, LS12 1AB", "RECTIFY"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("order version 3"));
        mvc.perform(get("/api/v1/orders/{id}", orderId).with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.contestedFacts").doesNotExist())
                .andExpect(jsonPath("$.respondent.addresses[0].line1").value("5 Mill Lane"))
                .andExpect(jsonPath("$.respondent.addresses[0].town").value("Northtown"))
                .andExpect(jsonPath("$.respondent.addresses[0].postcode").value("LS12 1AB"));

        // every decision kept, with who, when and why, and logged
        mvc.perform(get("/api/v1/subject-access/rectifications").param("orderId", orderId.toString())
                        .with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[*].decision", hasItem("RESTRICTED")))
                .andExpect(jsonPath("$[*].requestedBy", hasItem("the respondent, by letter")));
        mvc.perform(get("/api/v1/subject-access/rectifications").param("orderId", orderId.toString())
                        .with(httpBasic("supervisor.southvale", "demo")))
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(jdbc.queryForList("select detail from access_log where subject_id = ? and action = 'CHANGE'",
                String.class, orderId.toString())).anySatisfy(d -> assertThat(d).startsWith(
                "Rectification (DPA 2018 s.46) of the respondent's address, asked by the respondent, by letter:"
                        + " restricted as contested (s.46(4))"));
    }

    @Test
    void thePageRecordsTheRequestAndTheDecisionWithErrorsInPlainEnglish() throws Exception {
        var supervisor = user(users.loadUserByUsername("supervisor.northshire"));
        String page = mvc.perform(get("/retention/rectifications/{id}", orderId).with(supervisor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Put a recorded fact right", respondent, "1 January 1980", "Record the decision")
                .doesNotContain("1980-01-01");
        String key = java.util.Arrays.stream(page.split("govuk-radios__item"))
                .filter(item -> item.contains("The respondent " + respondent + ": name"))
                .map(item -> item.replaceAll("(?s).*?name=\"fact\"[^>]*value=\"([^\"]+)\".*", "$1"))
                .findFirst().orElseThrow();
        assertThat(key).doesNotContain("<");

        String refused = mvc.perform(post("/retention/rectifications/{id}", orderId).with(supervisor).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "Choose the fact to be put right",
                "Enter who asked, and how", "Choose whether to rectify the record or restrict it as contested");
        String kept = mvc.perform(post("/retention/rectifications/{id}", orderId).with(supervisor).with(csrf())
                        .param("fact", key).param("requestedBy", "Rex, in person").param("decision", "RECTIFY")
                        .param("correctedValue", "Rex Corrected").param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(kept).contains("Enter the reason for the decision", "value=\"Rex, in person\"",
                "value=\"Rex Corrected\"");

        mvc.perform(post("/retention/rectifications/{id}", orderId).with(supervisor).with(csrf())
                        .param("fact", key).param("requestedBy", "Rex, in person").param("decision", "RECTIFY")
                        .param("correctedValue", "Rex Corrected").param("reason", "Deed poll seen"))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get("/retention/rectifications/{id}", orderId).with(supervisor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Rectified: order version 2", "Deed poll seen", "Rex Corrected");
        mvc.perform(get("/retention/rectifications/{id}", orderId)
                        .with(user(users.loadUserByUsername("officer.northshire"))))
                .andExpect(status().isForbidden());
    }

    private ResultActions facts(String account) throws Exception {
        return mvc.perform(get("/api/v1/subject-access/cases/{id}/facts", orderId)
                .with(httpBasic(account, "demo")));
    }

    private ResultActions decide(String json) throws Exception {
        return mvc.perform(post("/api/v1/subject-access/rectifications").with(httpBasic("supervisor.northshire",
                "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String body(String role, String person, String fact, String held, String corrected, String decision) {
        return "{\"orderId\": \"" + orderId + "\", \"role\": \"" + role + "\", \"personName\": \"" + person
                + "\", \"fact\": \"" + fact + "\", \"heldValue\": \"" + held + "\""
                + (corrected == null ? "" : ", \"correctedValue\": \"" + corrected + "\"")
                + ", \"reason\": \"his birth certificate shows the 2nd\", \"requestedBy\": \"the respondent, by"
                + " letter\", \"decision\": \"" + decision + "\"}";
    }

    private static org.springframework.test.web.servlet.ResultMatcher content(String field) {
        return result -> assertThat(result.getResponse().getContentAsString()).contains(field);
    }
}
