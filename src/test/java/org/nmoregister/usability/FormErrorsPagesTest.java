package org.nmoregister.usability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.web.FormErrors;
import org.nmoregister.platform.web.Labels;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Every form's errors follow the one standard: the page answers (not an error page), its title starts "Error:", the
 * summary at the top links to inputs that exist on the page, the message sits beside its input, the words are plain
 * (no field path, no list of codes) and what the user typed is still in the form.
 */
@IntegrationTest
class FormErrorsPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;

    @Test
    void aBreachReportWithABadDateKeepsWhatWasTypedAndLinksToTheField() throws Exception {
        UUID order = order();
        String page = page(post("/breaches").with(csrf()).with(as("officer.northshire"))
                .param("orderId", order.toString()).param("reportedAt", "yesterday teatime")
                .param("reporterKind", "VICTIM").param("reporterName", "Mara Typedname")
                .param("description", "He waited by the gate for an hour, typed by the test"));
        assertStandardErrors(page, "Mara Typedname", "He waited by the gate for an hour, typed by the test");
    }

    @Test
    void recordingServiceWithABadDateKeepsWhatWasTyped() throws Exception {
        UUID order = order();
        String page = page(post("/orders/{id}/service", order).with(csrf()).with(as("officer.northshire"))
                .param("servedAt-day", "31").param("servedAt-month", "Smarch").param("servedAt-year", "2026")
                .param("servedAt-hour", "9").param("servedAt-minute", "15").param("method", "PERSONAL")
                .param("servedBy", "PC Typed 4417").param("reason", "INC-1"));
        assertStandardErrors(page, "PC Typed 4417", "value=\"Smarch\"");
        // the GOV.UK date input: the part that is wrong is named, linked to and marked
        assertThat(page).contains("Date served must be a real date", "href=\"#servedAt-month\"")
                .containsPattern("govuk-input--error\"[^>]*id=\"servedAt-month\"");
    }

    @Test
    void aChangeWithABadDateKeepsWhatWasTyped() throws Exception {
        UUID order = order();
        String page = page(post("/orders/{id}/change", order).with(csrf()).with(as("poc.northshire"))
                .param("kind", "VARIATION").param("effectiveFrom-day", "4").param("effectiveFrom-month", "12")
                .param("effectiveFrom-year", "2026").param("effectiveFrom-hour", "")
                .param("note", "Varied at the return hearing, typed by the test"));
        assertStandardErrors(page, "Varied at the return hearing, typed by the test", "value=\"2026\"");
        assertThat(page).contains("Date in effect must include an hour", "href=\"#effectiveFrom-hour\"");
    }

    @Test
    void thePublicDraftCheckerAsksForTheWording() throws Exception {
        String page = page(post("/draft-check").with(csrf()).param("text", "   ").param("madeAt", "typed-date"));
        assertStandardErrors(page);
        // its dates are the GOV.UK date input: the part that is wrong is named, linked to and kept
        String dated = page(post("/draft-check").with(csrf()).param("text", "The respondent must not contact her.")
                .param("madeAt-day", "30").param("madeAt-month", "2").param("madeAt-year", "2026")
                .param("respondentDateOfBirth-day", "14").param("respondentDateOfBirth-month", "")
                .param("respondentDateOfBirth-year", "1985"));
        assertStandardErrors(dated, "value=\"30\"", "value=\"1985\"");
        assertThat(dated).contains("Date made must be a real date", "href=\"#madeAt-day\"",
                "Respondent&#39;s date of birth must include a month", "href=\"#respondentDateOfBirth-month\"");
    }

    @Test
    void theAccessLogFilterWithABadDateKeepsTheFilter() throws Exception {
        String page = page(get("/access-log").with(as("supervisor.northshire")).param("from-day", "31")
                .param("from-month", "4").param("from-year", "2026").param("to-day", "2").param("to-year", "2026")
                .param("username", "someone.typed"));
        assertStandardErrors(page, "someone.typed", "value=\"31\"");
        assertThat(page).contains("From must be a real date").contains("To must include a month")
                .contains("href=\"#to-month\"");
        assertThat(page).as("only the missing box of the to date is marked")
                .containsPattern("govuk-input--error\"[^>]*id=\"to-month\"|id=\"to-month\"[^>]*govuk-input--error")
                .doesNotContainPattern("govuk-input--error\"[^>]*id=\"to-day\"");
    }

    @Test
    void anImportWithNoFileSaysSoBesideTheFileInput() throws Exception {
        String page = page(multipart("/imports").with(csrf()).with(as("poc.northshire")).param("dryRun", "true"));
        assertStandardErrors(page);
        assertThat(page).contains("Select a CSV file to import");
    }

    @Test
    void theGazetteerKeepsAPostcodeThatIsNotOneAndSaysSoBesideIt() throws Exception {
        String page = page(get("/gazetteer").with(as("admin.northshire")).param("postcode", "NOT A POSTCODE 99"));
        assertStandardErrors(page, "NOT A POSTCODE 99");
        String upload = page(multipart("/gazetteer/imports").with(csrf()).with(as("admin.northshire"))
                .param("source", "upload").param("kind", "POSTCODE_DIRECTORY"));
        assertStandardErrors(upload);
    }

    @Test
    void aQuestionToTheCourtWithABadDueDateKeepsTheLetterTyped() throws Exception {
        UUID order = order();
        String page = page(post("/orders/{id}/quality/liaison", order).with(csrf()).with(as("poc.northshire"))
                .param("kind", "MISSING_DATA").param("note", "The applicant's date of birth, typed by the test")
                .param("dueAt-day", "19").param("dueAt-month", "").param("dueAt-year", "2099")
                .param("dueAt-hour", "17").param("dueAt-minute", ""));
        assertStandardErrors(page, "The applicant's date of birth, typed by the test", "value=\"2099\"");
        assertThat(page).contains("Answer wanted by must include a month", "href=\"#dueAt-month\"");
    }

    @Test
    void anOrderAsAtATimeThatIsNotOneKeepsItAndSaysSo() throws Exception {
        UUID order = order();
        String page = page(get("/orders/{id}", order).with(as("poc.northshire")).param("at-day", "30")
                .param("at-month", "2").param("at-year", "2026").param("at-hour", "14").param("at-minute", "30"));
        assertStandardErrors(page, "value=\"30\"");
        // the GOV.UK date input: the part that is wrong is named and linked to
        assertThat(page).contains("As it stood at must be a real date", "href=\"#at-day\"");
    }

    @Test
    void messagesAreSaidOfTheFieldInPlainWords() {
        FormErrors errors = new FormErrors(new Labels());
        assertThat(errors.id("incidents[0].occurredAt")).isEqualTo("occurredAt");
        assertThat(errors.id("incidents[0].location.postcode")).isEqualTo("postcode");
        assertThat(errors.id("override.reason")).isEqualTo("override.reason");
        assertThat(errors.message(new FieldError("answers.q9", "question 9 needs an answer")))
                .isEqualTo("Question 9 needs an answer");
        assertThat(errors.message(new FieldError("incidents[0].occurredAt", "is required")))
                .isEqualTo("Enter occurred at");
        assertThat(errors.message(new FieldError("incidents[0].channel", "must be one of [PHONE, TEXT, EMAIL]")))
                .isEqualTo("Choose channel from the list");
        assertThat(errors.message(new FieldError("servedAt", "is not a date and time")))
                .isEqualTo("Served at is not a date and time");
        assertThat(errors.message(new FieldError("text", "Enter the wording you want to check.")))
                .isEqualTo("Enter the wording you want to check");
        assertThat(errors.title(List.of(new FieldError("a", "b")), "Report a breach")).isEqualTo(
                "Error: Report a breach");
        assertThat(errors.title(List.of(), "Report a breach")).isEqualTo("Report a breach");
    }

    // ---- the standard ------------------------------------------------------------------------------------------

    private static void assertStandardErrors(String page, String... typed) {
        Matcher title = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(page);
        assertThat(title.find()).isTrue();
        assertThat(HtmlUtils.htmlUnescape(title.group(1)).strip()).as("title").startsWith("Error: ");
        Matcher summary = Pattern.compile("class=\"govuk-error-summary\".*?</ul>", Pattern.DOTALL).matcher(page);
        assertThat(summary.find()).as("an error summary").isTrue();
        List<String> links = new ArrayList<>();
        Matcher link = Pattern.compile("<a href=\"#([^\"]+)\">([^<]*)</a>").matcher(summary.group());
        while (link.find()) {
            links.add(link.group(1));
            String words = HtmlUtils.htmlUnescape(link.group(2));
            assertThat(words).as("summary message").isNotBlank().doesNotContain("[", "].", "_")
                    .doesNotMatch(".*\\b[a-z]+[A-Z][a-zA-Z]*\\b.*"); // no field names such as occurredAt
            // a GOV.UK date input has one message for its boxes (with hour and minute for a moment); the summary links
            // to the box that is wrong
            String input = link.group(1).replaceFirst("-(day|month|year|hour|minute)$", "");
            assertThat(page).as("the message beside #" + link.group(1))
                    .contains("id=\"" + input + "-error\"");
        }
        assertThat(links).as("links in the summary").isNotEmpty();
        for (String id : links) {
            assertThat(page).as("the summary links to an input on the page").containsPattern(
                    "<(input|select|textarea|fieldset)[^>]*\\bid=\"" + Pattern.quote(id) + "\"");
        }
        for (String value : typed) {
            assertThat(HtmlUtils.htmlUnescape(page)).as("what the user typed is kept").contains(value);
        }
    }

    private String page(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        var response = mvc.perform(request.accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        // the page with its errors, answered 200 or (as the draft checker does) 400
        assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 400);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private UUID order() {
        Instant made = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var details = OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(), made, "Orla Fennimore",
                "Piers Fennimore", null);
        return SignedIn.as(users, "poc.northshire", () -> orders.create(details, "Form errors test"));
    }
}
