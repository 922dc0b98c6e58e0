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
                .param("child-0-name", "Amy Smith").param("child-0-dob-day", "3").param("child-0-dob-month", "3")
                .param("child-0-dob-year", "2015").param("child-1-name", "").param("child-1-dob-day", "")
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
    void continuingWithIncompleteDataShowsCheckYourAnswersWithAcceptDisabledAndTheReasonsLinkedToTheFields()
            throws Exception {
        String id = upload("Some order");
        // filled from a document: nothing goes further until the point of contact confirms the reading
        mvc.perform(post("/notifications/" + id).with(csrf()).with(poc()).param("action", "continue")
                        .param("court", "Leeds Family Court"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"),
                        containsString("href=\"#confirmedRead\""), containsString("<title>Error: "))));
        mvc.perform(post("/notifications/" + id).with(csrf()).with(poc()).param("action", "continue")
                        .param("court", "Leeds Family Court").param("confirmedRead", "yes"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/notifications/*/check?confirmedRead=yes"));
        String check = mvc.perform(get("/notifications/" + id + "/check").param("confirmedRead", "yes").with(poc()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("You cannot accept this notification yet",
                        "href=\"/notifications/" + id + "#respondentName\"", "href=\"/notifications/" + id + "#terms\"",
                        "href=\"/notifications/" + id + "#madeAt-day\"", "Enter the respondent&#39;s name",
                        "Leeds Family Court")
                .containsPattern("<button[^>]*id=\"accept\"[^>]*disabled")
                .doesNotContain("respondent.name", "orderType:", "[NMO");
        assertThat(jdbc.queryForObject("select status from notification where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("IN_REVIEW");

        // accepting anyway (a stale or forged page) is refused on the server, and nothing is recorded
        mvc.perform(post("/notifications/" + id + "/accept").with(csrf()).with(poc()).param("confirmedRead", "yes"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("<title>Error: Check before you accept"),
                        containsString("href=\"#problems\""), containsString("cannot be accepted until"))));
        assertThat(jdbc.queryForObject("select status from notification where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("IN_REVIEW");

        // completed: Continue, check, Accept, the confirmation
        String caseNumber = unique();
        mvc.perform(completeForm(post("/notifications/" + id), caseNumber).param("action", "continue")
                        .param("confirmedRead", "yes"))
                .andExpect(status().is3xxRedirection());
        String complete = mvc.perform(get("/notifications/" + id + "/check").with(poc()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(complete).doesNotContain("You cannot accept").doesNotContainPattern("id=\"accept\"[^>]*disabled")
                .contains(caseNumber, "Former spouse", "Violence", "Confidential (C8)", "Amy Smith, born 3 March 2015",
                        "1. The respondent must not use or threaten violence")
                .doesNotContain("FORMER_SPOUSE", "UNTIL_DATE")
                // reached without confirming on the form (from the queue): the check page asks for it
                .contains("id=\"confirmedRead\"");
        mvc.perform(post("/notifications/" + id + "/accept").with(csrf()).with(poc()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#confirmedRead\"")));
        mvc.perform(post("/notifications/" + id + "/accept").with(csrf()).with(poc()).param("confirmedRead", "yes"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/notifications/*/accepted"));
        assertThat(jdbc.queryForObject("select status from notification where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("ACCEPTED");
        mvc.perform(get("/notifications/" + id + "/accepted").with(poc()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-panel--confirmation"),
                        containsString("Notification accepted"), containsString(caseNumber),
                        containsString("/quality"))));
        // decided: the check page and accepting again lead back to the notification, which says so
        mvc.perform(get("/notifications/" + id + "/check").with(poc()))
                .andExpect(redirectedUrlPattern("/notifications/*"));
        mvc.perform(post("/notifications/" + id + "/accept").with(csrf()).with(poc()).param("confirmedRead", "yes"))
                .andExpect(redirectedUrlPattern("/notifications/*"));
    }

    @Test
    void aCompleteCourtNotificationGoesFromTheQueueStraightToTheCheckAndNextNotificationOpensTheNextOne()
            throws Exception {
        String first = courtNotification(unique(), true);
        String incomplete = courtNotification(unique(), false);
        String page = org.nmoregister.support.ListPages.pageShowing(mvc, "/notifications", poc(),
                "data-id=\"" + first + "\"");
        assertThat(page).contains("href=\"/notifications/" + first + "/check\"");
        // the queue is the whole force's, paged: the incomplete one may be on another page than the first
        assertThat(org.nmoregister.support.ListPages.pageShowing(mvc, "/notifications", poc(),
                "data-id=\"" + incomplete + "\"")).contains("href=\"/notifications/" + incomplete + "\"");
        // a supervisor reads the queue but does not accept: the notification's own page
        String asSupervisor = org.nmoregister.support.ListPages.pageShowing(mvc, "/notifications",
                as("supervisor.northshire"), "data-id=\"" + first + "\"");
        assertThat(asSupervisor).doesNotContain("/notifications/" + first + "/check");

        mvc.perform(post("/notifications/" + first + "/accept").with(csrf()).with(poc()))
                .andExpect(redirectedUrlPattern("/notifications/*/accepted"));
        mvc.perform(get("/notifications/" + first + "/accepted").with(poc()))
                .andExpect(content().string(containsString("id=\"next-notification\"")));
        // the next one is the most urgent still open: some notification, never the one just accepted
        String next = mvc.perform(get("/notifications/next").param("after", first).with(poc()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(next).startsWith("/notifications/").doesNotContain(first);
        mvc.perform(get("/notifications/" + incomplete + "/check").with(poc()))
                .andExpect(content().string(containsString("You cannot accept this notification yet")));
    }

    @Test
    void theDateInputsAreReadAndAMissingPartIsNamedWithTheInputKept() throws Exception {
        String id = upload("Some order");
        mvc.perform(post("/notifications/" + id).with(csrf()).with(poc()).param("action", "save")
                        .param("madeAt-day", "3").param("madeAt-month", "").param("madeAt-year", "2026")
                        .param("madeAt-hour", "14").param("madeAt-minute", "30")
                        .param("respondentDateOfBirth-day", "12").param("respondentDateOfBirth-month", "Apr")
                        .param("respondentDateOfBirth-year", "88"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Date made must include a month"),
                        containsString("href=\"#madeAt-month\""), containsString("Year must include 4 numbers"),
                        containsString("href=\"#respondentDateOfBirth-year\""),
                        matchesPattern("(?s).*name=\"madeAt-hour\"\\s+value=\"14\".*"),
                        matchesPattern("(?s).*name=\"respondentDateOfBirth-month\"\\s+value=\"Apr\".*"),
                        // only the wrong box is marked
                        matchesPattern("(?s).*class=\"[^\"]*govuk-input--error\"[^>]*id=\"madeAt-month\".*"),
                        matchesPattern("(?s).*class=\"[^\"]*width-2\"[^>]*id=\"madeAt-day\".*"))));
        mvc.perform(post("/notifications/" + id).with(csrf()).with(poc()).param("action", "save")
                        .param("madeAt-day", "3").param("madeAt-month", "March").param("madeAt-year", "2026")
                        .param("madeAt-hour", "14").param("madeAt-minute", "30")
                        .param("respondentDateOfBirth-day", "12").param("respondentDateOfBirth-month", "4")
                        .param("respondentDateOfBirth-year", "1988"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select data->>'madeAt' from notification where id = ?", String.class,
                UUID.fromString(id))).startsWith("2026-03-03T14:30");
        assertThat(jdbc.queryForObject("select data->'respondent'->>'dateOfBirth' from notification where id = ?",
                String.class, UUID.fromString(id))).isEqualTo("1988-04-12");
        mvc.perform(get("/notifications/" + id).with(poc()))
                .andExpect(content().string(allOf(matchesPattern("(?s).*name=\"madeAt-day\"\\s+value=\"3\".*"),
                        matchesPattern("(?s).*name=\"madeAt-minute\"\\s+value=\"30\".*"))));
    }

    @Test
    void eachChildIsAskedOnItsOwnAndAnotherCanBeAddedWithoutSavingAnything() throws Exception {
        String id = upload("Some order");
        mvc.perform(get("/notifications/" + id).with(poc()))
                .andExpect(content().string(allOf(containsString("id=\"child-0-name\""),
                        containsString("id=\"child-0-dob-day\""), containsString("id=\"add-child\""))));
        Long rowVersion = jdbc.queryForObject("select row_version from notification where id = ?", Long.class,
                UUID.fromString(id));
        // "Add another child": the page again as typed, one row more with the cursor in it, nothing saved
        mvc.perform(post("/notifications/" + id).with(csrf()).with(poc()).param("action", "addChild")
                        .param("child-0-name", "Amy Smith").param("child-0-dob-day", "3")
                        .param("child-0-dob-month", "3").param("child-0-dob-year", "2015"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(matchesPattern("(?s).*name=\"child-0-name\"[^>]*value=\"Amy Smith\".*"),
                        matchesPattern("(?s).*name=\"child-0-dob-year\"\\s+value=\"2015\".*"),
                        matchesPattern("(?s).*id=\"child-1-name\"[^>]*autofocus.*"))));
        assertThat(jdbc.queryForObject("select row_version from notification where id = ?", Long.class,
                UUID.fromString(id))).isEqualTo(rowVersion);
        // a date that does not exist belongs to that child's boxes; a date with no name asks for the name
        mvc.perform(post("/notifications/" + id).with(csrf()).with(poc()).param("action", "save")
                        .param("child-0-name", "Amy Smith").param("child-0-dob-day", "3")
                        .param("child-0-dob-month", "3").param("child-0-dob-year", "2015")
                        .param("child-1-name", "Ben Smith").param("child-1-dob-day", "30")
                        .param("child-1-dob-month", "2").param("child-1-dob-year", "2018")
                        .param("child-2-name", "").param("child-2-dob-day", "9")
                        .param("child-2-dob-month", "7").param("child-2-dob-year", "2019"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Child 2’s date of birth must be a real date"),
                        containsString("href=\"#child-1-dob-day\""),
                        containsString("Enter the name of child 3, or clear their date of birth"),
                        containsString("href=\"#child-2-name\""),
                        matchesPattern("(?s).*name=\"child-1-name\"[^>]*value=\"Ben Smith\".*"))));
        // corrected: both children saved with their dates, the empty row ignored
        mvc.perform(post("/notifications/" + id).with(csrf()).with(poc()).param("action", "save")
                        .param("child-0-name", "Amy Smith").param("child-0-dob-day", "3")
                        .param("child-0-dob-month", "3").param("child-0-dob-year", "2015")
                        .param("child-1-name", "Ben Smith").param("child-1-dob-day", "28")
                        .param("child-1-dob-month", "Feb").param("child-1-dob-year", "2018")
                        .param("child-2-name", " ").param("child-2-dob-day", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select data->'children' from notification where id = ?", String.class,
                UUID.fromString(id))).contains("Amy Smith", "2015-03-03", "Ben Smith", "2018-02-28");
        mvc.perform(get("/notifications/" + id).with(poc()))
                .andExpect(content().string(allOf(matchesPattern("(?s).*name=\"child-1-name\"[^>]*value=\"Ben Smith\".*"),
                        matchesPattern("(?s).*name=\"child-1-dob-month\"\\s+value=\"2\".*"),
                        containsString("id=\"child-2-name\""))));
    }

    @Test
    void theDuplicatePickerNarrowsByNameCaseCourtOrDateWithoutScript() throws Exception {
        String caseNumber = unique();
        String earlier = courtNotification(caseNumber, true);
        String again = upload("Leeds Family Court", "Case number " + caseNumber);
        String all = mvc.perform(get("/notifications/" + again).with(poc())).andReturn().getResponse()
                .getContentAsString();
        // the one with the same case number comes first, marked as a likely repeat
        int radios = all.indexOf("name=\"duplicateOf\"");
        assertThat(all.substring(radios, radios + 200)).contains(earlier);
        assertThat(all).contains("Likely repeat", "data-search=", "/js/duplicate-picker.js");
        String narrowed = mvc.perform(get("/notifications/" + again).param("dq", caseNumber.toLowerCase())
                .with(poc())).andReturn().getResponse().getContentAsString();
        assertThat(narrowed).contains("value=\"" + earlier + "\"", "1 notification match");
        String none = mvc.perform(get("/notifications/" + again).param("dq", "Zzyzx" + caseNumber)
                .with(poc())).andReturn().getResponse().getContentAsString();
        assertThat(none).doesNotContain("value=\"" + earlier + "\"").contains("No notification of the last 90 days matches");
        mvc.perform(post("/notifications/" + again + "/duplicate").with(csrf()).with(poc()).param("duplicateOf", earlier))
                .andExpect(redirectedUrlPattern("/notifications?duplicate*"));
    }

    /** A court's feed delivery, complete (ready to accept) or without its terms. */
    String courtNotification(String caseNumber, boolean complete) throws Exception {
        var made = java.time.Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String json = """
                {"source": "COURT_FEED", "externalReference": "FL-%s", "court": "Leeds Family Court",
                 "caseNumber": "%s", "orderType": "NMO", "madeAt": "%s", "withoutNotice": false,
                 "endsAt": "%s", "untilFurtherOrder": false, "penalNotice": true,
                 "applicant": {"name": "Priya Sharma"}, "respondent": {"name": "Karl Dawson"},
                 "relationship": "FORMER_COHABITANT", "terms": ["The respondent must not contact the applicant."]}
                """.formatted(caseNumber, caseNumber, made, made.plus(180, ChronoUnit.DAYS));
        String body = mvc.perform(post("/api/v1/notifications").with(as("court-feed.northshire"))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = body.replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        if (!complete) {
            // the feed sent it whole; a point of contact's correction took the terms out
            jdbc.update("update notification set data = data - 'terms' where id = ?", UUID.fromString(id));
        }
        return id;
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
