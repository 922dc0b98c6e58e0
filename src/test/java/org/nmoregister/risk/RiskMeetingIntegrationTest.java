package org.nmoregister.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nmoregister.risk.internal.RiskAssessmentService;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The daily risk meeting: the agenda from every contributor, recording actions and owners, past meetings, PDFs. */
@IntegrationTest
@Import(RiskTestConfiguration.class)
class RiskMeetingIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RiskAssessments risk;
    @Autowired
    RiskAssessmentService assessments;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    /** A victim assessed HIGH (15 yes) now, MARAC referral outstanding. */
    UUID highRisk(String victim) {
        return SignedIn.as(users, "officer.northshire", () -> {
            UUID id = risk.open(RiskFixtures.breach(victim, 0));
            assessments.complete(id, RiskFixtures.answers(15), null, null, null);
            return id;
        });
    }

    @Test
    void theAgendaTakesEverySectionInOrderWithThisModulesHighRiskCases() throws Exception {
        String victim = "Olivia Brennan " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = highRisk(victim);
        String page = mvc.perform(get("/risk/meeting").with(user(as("supervisor.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record the meeting and its actions")))
                .andReturn().getResponse().getContentAsString();
        int breaches = page.indexOf("Breaches since the last meeting");
        int high = page.indexOf("High risk (");
        int repeat = page.indexOf("Repeat victims");
        int arrests = page.indexOf("Outstanding arrests");
        assertThat(breaches).isPositive().isLessThan(high);
        assertThat(high).isLessThan(repeat);
        assertThat(repeat).isLessThan(arrests);
        assertThat(page.indexOf("BR-TEST-1")).isBetween(breaches, high);
        assertThat(page.indexOf(victim)).isBetween(high, repeat);
        assertThat(page.indexOf("RV-TEST-1")).isBetween(repeat, arrests);
        assertThat(page.indexOf("AR-TEST-1")).isGreaterThan(arrests);
        assertThat(page).contains("MARAC referral outstanding").contains("/risk/assessments/" + id);
        assertThat(jdbc.queryForObject("select count(*) from access_log where subject_id = ? and action = 'VIEW' "
                + "and username = 'supervisor.northshire' and detail = 'On the risk meeting''s agenda'",
                Integer.class, id.toString())).isGreaterThanOrEqualTo(1);

        Instant[] period = RiskTestConfiguration.lastPeriod.get();
        assertThat(Duration.between(period[1], Instant.now()).abs()).isLessThan(Duration.ofMinutes(2));
        Timestamp lastHeld = jdbc.query("select max(held_at) from risk_meeting m join force f on f.id = m.force_id "
                + "where f.code = 'northshire'", rs -> rs.next() ? rs.getTimestamp(1) : null);
        assertThat(period[0]).isEqualTo(lastHeld == null ? period[1].minus(Duration.ofHours(24)) : lastHeld.toInstant());
    }

    @Test
    void aMeetingIsRecordedWithActionsAndOwnersAndTheNextAgendaStartsFromIt() throws Exception {
        String agenda = mvc.perform(get("/risk/meeting").with(user(as("safeguarding.northshire"))))
                .andReturn().getResponse().getContentAsString();
        String from = hidden(agenda, "coversFrom");
        String to = hidden(agenda, "coversTo");

        mvc.perform(record(from, to, "safeguarding.northshire")
                        .param("actions[0].text", "Arrange arrest enquiry").param("actions[0].owner", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("actions[0].owner")));

        // the due date is the GOV.UK date input: a part that is wrong is named, linked to, and nothing is kept
        String wrongDate = mvc.perform(record(from, to, "safeguarding.northshire")
                        .param("actions[0].text", "Arrange arrest enquiry today")
                        .param("actions[0].owner", "PS 123 Khan").param("actions[0].dueDay", "31")
                        .param("actions[0].dueMonth", "11").param("actions[0].dueYear", "2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrongDate).contains("There is a problem", "must be a real date", "href=\"#action1-due-day\"",
                "value=\"31\"", "Arrange arrest enquiry today");

        String location = mvc.perform(record(from, to, "safeguarding.northshire")
                        .param("actions[0].text", "Arrange arrest enquiry today")
                        .param("actions[0].owner", "PS 123 Khan").param("actions[0].dueDay", "30")
                        .param("actions[0].dueMonth", "11").param("actions[0].dueYear", "2026")
                        .param("actions[1].section", "OTHER").param("actions[1].reference", "Refuge capacity")
                        .param("actions[1].text", "Ask the IDVA service about refuge spaces")
                        .param("actions[1].owner", "DC Ellis"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/risk/meeting/");
        UUID meetingId = UUID.fromString(location.substring("/risk/meeting/".length()));

        mvc.perform(get("/risk/meeting/{id}", meetingId).with(user(as("safeguarding.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zo\u00eb \u0141ukasiewicz")))
                .andExpect(content().string(containsString("Arrange arrest enquiry today")))
                .andExpect(content().string(containsString("PS 123 Khan")))
                .andExpect(content().string(containsString("Refuge capacity")))
                .andExpect(content().string(containsString("2 outstanding")));
        // The record names victims and respondents: an analyst, who needs figures, does not read it.
        mvc.perform(get("/risk/meeting/{id}", meetingId).with(user(as("analyst.northshire"))))
                .andExpect(status().isForbidden());

        Timestamp held = jdbc.queryForObject("select held_at from risk_meeting where id = ?", Timestamp.class, meetingId);
        mvc.perform(get("/risk/meeting").with(user(as("supervisor.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("since the last meeting")))
                .andExpect(content().string(containsString("/risk/meeting/" + meetingId)));
        assertThat(RiskTestConfiguration.lastPeriod.get()[0]).isEqualTo(held.toInstant());

        String actionId = jdbc.queryForObject("select id from risk_meeting_action where meeting_id = ? and position = 0",
                String.class, meetingId);
        mvc.perform(post("/risk/meeting/{id}/actions/{a}/done", meetingId, actionId)
                        .with(user(as("supervisor.northshire"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/risk/meeting/{id}", meetingId).with(user(as("supervisor.northshire"))))
                .andExpect(content().string(containsString("by supervisor.northshire")))
                .andExpect(content().string(containsString("1 outstanding")));

        byte[] pdf = mvc.perform(get("/risk/meeting/{id}.pdf", meetingId).with(user(as("safeguarding.northshire"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("Daily risk meeting: record", "Northshire", "Arrange arrest enquiry today",
                "Owner: PS 123 Khan", "Refuge capacity", "DC Ellis", "BR-TEST-1", "Other business",
                "done", "OFFICIAL-SENSITIVE", "Zo\u00eb \u0141ukasiewicz");
    }

    @Test
    void theAgendaPrintsAsAPdfWithEveryItem() throws Exception {
        String victim = "Hannah Cole " + UUID.randomUUID().toString().substring(0, 6);
        highRisk(victim);
        byte[] pdf = mvc.perform(get("/risk/meeting/agenda.pdf").with(user(as("supervisor.northshire"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Daily risk meeting: agenda", "Breaches since the last meeting", "BR-TEST-1",
                "High risk", victim, "RV-TEST-1", "AR-TEST-1", "Owner:");
    }

    @Test
    void onlyTheMeetingsRolesReachItAndAnotherForcesMeetingIsNotFound() throws Exception {
        mvc.perform(get("/risk/meeting").with(user(as("officer.northshire")))).andExpect(status().isForbidden());
        // The agenda names victims and respondents: analysts, who need figures, do not see it.
        mvc.perform(get("/risk/meeting").with(user(as("analyst.northshire")))).andExpect(status().isForbidden());
        mvc.perform(post("/risk/meeting").with(user(as("analyst.northshire"))).with(csrf()).param("chair", "x"))
                .andExpect(status().isForbidden());

        String agenda = mvc.perform(get("/risk/meeting").with(user(as("supervisor.northshire"))))
                .andReturn().getResponse().getContentAsString();
        String location = mvc.perform(record(hidden(agenda, "coversFrom"), hidden(agenda, "coversTo"),
                        "supervisor.northshire"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring("/risk/meeting/".length());
        mvc.perform(get("/risk/meeting/{id}", id).with(user(as("supervisor.southvale")))).andExpect(status().isNotFound());
        mvc.perform(get("/risk/meeting/{id}.pdf", id).with(user(as("supervisor.southvale")))).andExpect(status().isNotFound());

        mvc.perform(get("/risk/meeting").with(user(as("supervisor.southvale"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("could not be gathered")))
                .andExpect(content().string(not(containsString("/risk/meeting/" + id))));
    }

    MockHttpServletRequestBuilder record(String from, String to, String username) {
        return post("/risk/meeting").with(user(as(username))).with(csrf())
                .param("chair", "Zo\u00eb \u0141ukasiewicz").param("coversFrom", from).param("coversTo", to)
                .param("actions[0].section", "BREACHES_SINCE_LAST_MEETING").param("actions[0].reference", "BR-TEST-1")
                .param("actions[0].summary", "Contact by text, 02:10 (test contributor)");
    }

    static String hidden(String page, String name) {
        int at = page.indexOf("name=\"" + name + "\"");
        int value = page.indexOf("value=\"", at) + 7;
        assertThat(at).isPositive();
        return page.substring(value, page.indexOf('"', value));
    }

    static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
