package org.nmoregister.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.intake.internal.DocumentReaderTestSupport;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class NotificationPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    /** Signed in to the pages (a session user, so CSRF applies) as the force's point of contact. */
    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    RequestPostProcessor poc() {
        return as("poc.northshire");
    }

    static String unique() {
        return "LS26F" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    String upload(String... lines) throws Exception {
        byte[] pdf = DocumentReaderTestSupport.pdf(lines);
        String location = mvc.perform(multipart("/notifications/upload")
                        .file(new MockMultipartFile("file", "FL404A.pdf", "application/pdf", pdf)).with(csrf()).with(poc()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    MockHttpServletRequestBuilder completeForm(MockHttpServletRequestBuilder request, String caseNumber) {
        var local = LocalDateTime.now(ZoneId.of("Europe/London")).minusDays(1).truncatedTo(ChronoUnit.MINUTES);
        return request.with(csrf()).with(poc())
                .param("court", "Leeds Family Court").param("caseNumber", caseNumber).param("orderType", "NMO")
                .param("madeAt", local.toString()).param("withoutNotice", "false")
                .param("duration", "UNTIL_DATE").param("endsAt", local.plusMonths(6).toString())
                .param("penalNotice", "true")
                .param("applicantName", "Jane Smith").param("applicantDateOfBirth", "1990-05-01")
                .param("applicantAddressLine1", "14 Acacia Avenue").param("applicantAddressTown", "Leeds")
                .param("applicantAddressPostcode", "LS6 2AB").param("applicantAddressConfidential", "true")
                .param("respondentName", "John Smith").param("respondentDateOfBirth", "1988-04-12")
                .param("respondentAliases", "Johnny Smith")
                .param("respondentOfficerSafetyWarnings", "VIOLENCE", "DOGS")
                .param("children", "Amy Smith, 2015-03-03")
                .param("relationship", "FORMER_SPOUSE")
                .param("terms", "The respondent must not use or threaten violence against the applicant.\n"
                        + "The respondent must not contact the applicant.");
    }

    @Test
    void theQueueShowsAnOverdueNotificationMarked() throws Exception {
        String caseNumber = "LS26F" + String.format("%05d", new java.util.Random().nextInt(100_000));
        String id = upload("Leeds Family Court", "Case number " + caseNumber);
        jdbc.update("update notification set received_at = now() - interval '30 hours' where id = ?",
                UUID.fromString(id));

        mvc.perform(get("/notifications").with(poc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Notifications queue")));
        // the queue is paged: the notification is on whichever page of those past the target its age puts it
        String page = org.nmoregister.support.ListPages.pageShowing(mvc, "/notifications?show=overdue", poc(),
                "data-id=\"" + id + "\"");
        assertThat(page).as("the notification is listed as past the triage target").isNotNull();
        int row = page.indexOf("data-id=\"" + id + "\"");
        assertThat(row).isPositive();
        String rowHtml = page.substring(row, page.indexOf("</tr>", row));
        assertThat(rowHtml).contains(caseNumber, "Overdue", "1 day 6 hours");
    }

    @Test
    void theNotificationPageShowsTheDocumentBesideTheForm() throws Exception {
        String id = upload("Leeds Family Court", "The respondent must not contact the applicant.");
        mvc.perform(get("/notifications/" + id).with(poc()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("must not contact the applicant"),
                        containsString("Download the original"), containsString("id=\"respondentName\""),
                        containsString("value=\"Leeds Family Court\""))));
    }

    @Test
    void acceptingIncompleteDataShowsAnErrorSummaryAndAcceptingCompleteDataGoesToTheOrder() throws Exception {
        String id = upload("Some order");
        mvc.perform(post("/notifications/" + id).with(csrf()).with(poc()).param("action", "accept")
                        .param("court", "Leeds Family Court"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"),
                        containsString("href=\"#respondentName\""), containsString("href=\"#terms\""),
                        containsString("href=\"#madeAt\""),
                        // each field's error (and hint) is read out with the field
                        containsString("id=\"terms-error\""),
                        containsString("aria-describedby=\"terms-hint terms-error\""),
                        containsString("aria-describedby=\"respondentName-error\""))));
        assertThat(jdbc.queryForObject("select status from notification where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("NEW");

        // filled from a document: accepted only once the point of contact confirms the reading
        mvc.perform(completeForm(post("/notifications/" + id), unique()).param("action", "accept"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#confirmedRead\"")));
        mvc.perform(completeForm(post("/notifications/" + id), unique()).param("action", "accept")
                        .param("confirmedRead", "yes"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/orders/*"));
        assertThat(jdbc.queryForObject("select status from notification where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("ACCEPTED");
    }

    @Test
    void savingCorrectionsPutsItInReview() throws Exception {
        String id = upload("Some order");
        mvc.perform(post("/notifications/" + id).with(csrf()).with(poc()).param("action", "save")
                        .param("respondentName", "John Smith"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from notification where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("IN_REVIEW");
        assertThat(jdbc.queryForObject("select data->'respondent'->>'name' from notification where id = ?",
                String.class, UUID.fromString(id))).isEqualTo("John Smith");
    }

    @Test
    void manualEntryNeedsToSayWhoToldTheForce() throws Exception {
        mvc.perform(post("/notifications/new").with(csrf()).with(poc()).param("respondentName", "John Smith"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#manualOrigin\"")));
        mvc.perform(post("/notifications/new").with(csrf()).with(poc()).param("manualOrigin", "VICTIM")
                        .param("respondentName", "John Smith"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/notifications/*"));
    }

    @Test
    void rejectingWithoutAReasonShowsTheError() throws Exception {
        String id = upload("Some order");
        mvc.perform(post("/notifications/" + id + "/reject").with(csrf()).with(poc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#reason\"")));
        mvc.perform(post("/notifications/" + id + "/reject").with(csrf()).with(poc()).param("reason", "Not an order"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from notification where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("REJECTED");
    }

    @Test
    void aNonPdfUploadIsRefusedOnThePage() throws Exception {
        mvc.perform(multipart("/notifications/upload")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes()))
                        .with(csrf()).with(poc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#file\"")));
    }

    @Test
    void anotherForcesNotificationIsNotFound() throws Exception {
        String id = upload("Some order");
        mvc.perform(get("/notifications/" + id).with(as("poc.southvale"))).andExpect(status().isNotFound());
    }
}
