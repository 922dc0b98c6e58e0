package org.nmoregister.breaches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nmoregister.breaches.crime.CrimeClassification;
import org.nmoregister.breaches.crime.CrimeClassifications;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/**
 * The breach file as a task list, on the real database: after a report, the confirmation and what happens next; each
 * stage on its own page with a back link; a refused change back on its stage page with the error summary and what
 * was typed; a change done back on the file with the task's status moved on and the timeline telling it.
 */
@IntegrationTest
class BreachTaskListIntegrationTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String[] STAGES = {"crime", "response", "arrest", "interview", "investigation", "risk",
            "outcome", "directions"};

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    CrimeClassifications classifications;

    @Test
    void aReportOpensOnWhatHappensNextAndTheTaskList() throws Exception {
        MvcResult reported = report(Instant.now().minus(10, ChronoUnit.MINUTES));
        String location = reported.getResponse().getRedirectedUrl();
        assertThat(location).matches("/breaches/[0-9a-f-]{36}");
        String file = html(mvc.perform(get(location).with(as("officer.northshire"))
                .flashAttrs(reported.getFlashMap()).accept(MediaType.TEXT_HTML)).andReturn().getResponse());
        assertThat(file).contains("id=\"reported-panel\"", "Breach reported", "What happens next", "Record the crime by",
                "Record the first response by", "complete it by");
        assertThat(file).contains("You have completed 1 of 8 tasks.");
        assertThat(status(file, "crime")).isEqualTo("Not started");
        assertThat(status(file, "response")).isEqualTo("Not started");
        assertThat(status(file, "arrest")).isEqualTo("Not started");
        assertThat(status(file, "interview")).isEqualTo("Cannot start yet");
        assertThat(status(file, "outcome")).isEqualTo("Cannot start yet");
        assertThat(status(file, "directions")).isEqualTo("Not needed");
        assertThat(status(file, "risk")).isIn("In progress", "Cannot start yet"); // opened after the commit
        // a task that cannot start yet is not a link; the others link to their own pages
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(file).contains("href=\"/breaches/" + id + "/crime\"").doesNotContain(
                "href=\"/breaches/" + id + "/interview\"");
        assertThat(file).contains("id=\"timeline\"", "Breach reported", "Incident 1 checked against the order");
        // without the flash (opened later) there is no confirmation panel
        assertThat(page("/breaches/" + id, "officer.northshire")).doesNotContain("reported-panel");
    }

    @Test
    void everyStageHasItsOwnPageWithABackLinkAndAFormOnlyForThoseWhoRecordIt() throws Exception {
        String id = id(report(Instant.now().minus(10, ChronoUnit.MINUTES)));
        for (String stage : STAGES) {
            String asOfficer = page("/breaches/" + id + "/" + stage, "officer.northshire");
            assertThat(asOfficer).as(stage).contains("id=\"back-to-file\"", "href=\"/breaches/" + id + "#tasks\"",
                    "id=\"stage-status\"").doesNotContain("Error:");
            String asControlRoom = page("/breaches/" + id + "/" + stage, "control.northshire");
            assertThat(asControlRoom).as(stage).doesNotContain("action=\"/breaches/" + id + "/" + stage + "\"");
        }
        assertThat(page("/breaches/" + id + "/crime", "officer.northshire"))
                .contains("<title>Record the crime – BR-", "action=\"/breaches/" + id + "/crime\"",
                        "id=\"crimedAt-day\"", "id=\"crimedAt-hour\"", "id=\"crimedAt-minute\"");
        assertThat(page("/breaches/" + id + "/directions", "supervisor.northshire")).contains("id=\"send-back\"");
        assertThat(page("/breaches/" + id + "/directions", "officer.northshire")).doesNotContain("id=\"send-back\"");
        // another force's breach is not there
        assertThat(mvc.perform(get("/breaches/" + id + "/crime").with(as("officer.southvale"))
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aRefusedChangeComesBackOnItsStageWithTheErrorAndWhatWasTyped() throws Exception {
        String id = id(report(Instant.now().minus(10, ChronoUnit.MINUTES)));
        MockHttpServletResponse refused = mvc.perform(post("/breaches/" + id + "/crime").with(csrf())
                .with(as("officer.northshire")).param("crimeReference", "CR/TYPED/4417")
                .param("classification", "").param("crimedAt-day", "4").param("crimedAt-month", "")
                .param("crimedAt-year", "2026").param("crimedAt-hour", "14").param("crimedAt-minute", "37")
                .accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        String page = html(refused);
        assertThat(page).contains("<title>Error: Record the crime", "govuk-error-summary",
                "href=\"#crimedAt-month\"", "The date and time the crime was recorded must include a month",
                "value=\"CR/TYPED/4417\"", "value=\"14\"", "value=\"37\"").doesNotContain("Incidents</h2>");
        assertThat(page).contains("id=\"crimedAt-month\"");

        // the service's own refusal of a date is put on the date's boxes, in words
        String before = html(mvc.perform(post("/breaches/" + id + "/response").with(csrf())
                .with(as("officer.northshire")).param("kind", "ATTENDANCE")
                .params(boxes("respondedAt", Instant.now().minus(5, ChronoUnit.DAYS))).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse());
        assertThat(before).contains("<title>Error: First response", "href=\"#respondedAt-day\"",
                "The date and time of the first response is before the breach was reported");
        assertThat(before).containsPattern("<option value=\"ATTENDANCE\" selected");
    }

    @Test
    void aChangeDoneMovesTheTaskOnAndTheTimelineTellsIt() throws Exception {
        String id = id(report(Instant.now().minus(3, ChronoUnit.HOURS)));
        String file = page("/breaches/" + id, "officer.northshire");
        assertThat(status(file, "response")).isEqualTo("Overdue"); // the first-response target is an hour
        assertThat(status(file, "crime")).isEqualTo("Not started");

        CrimeClassification breach = classifications.list().stream().filter(CrimeClassification::isBreachOffence)
                .findFirst().orElseThrow();
        String ref = "CR/" + UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletResponse done = mvc.perform(post("/breaches/" + id + "/crime").with(csrf())
                .with(as("officer.northshire")).param("crimeReference", ref).param("classification", breach.code())
                .params(boxes("crimedAt", Instant.now().minus(1, ChronoUnit.HOURS))).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/breaches/" + id + "#tasks");
        mvc.perform(post("/breaches/" + id + "/response").with(csrf()).with(as("officer.northshire"))
                .param("kind", "ATTENDANCE").params(boxes("respondedAt", Instant.now().minus(2, ChronoUnit.HOURS))));
        mvc.perform(post("/breaches/" + id + "/arrest").with(csrf()).with(as("officer.northshire"))
                .param("decision", "ARRESTED").params(boxes("arrestedAt", Instant.now().minus(90, ChronoUnit.MINUTES))));

        file = page("/breaches/" + id, "officer.northshire");
        assertThat(status(file, "crime")).isEqualTo("Completed");
        assertThat(status(file, "response")).isEqualTo("Completed");
        assertThat(status(file, "arrest")).isEqualTo("Completed");
        assertThat(status(file, "interview")).isEqualTo("Not started");
        assertThat(status(file, "outcome")).isEqualTo("Not started");
        assertThat(file).contains("Crime recorded", ref, "First response", "Attendance", "Arrested");
        // newest first: the crime (an hour ago) above the arrest (90 minutes ago) above the response (2 hours ago)
        String timeline = file.substring(file.indexOf("id=\"timeline\""));
        int crime = timeline.indexOf(">Crime recorded<");
        int arrest = timeline.indexOf(">Arrested<");
        int response = timeline.indexOf(">First response<");
        assertThat(crime).isPositive().isLessThan(arrest);
        assertThat(arrest).isLessThan(response);
        assertThat(page("/breaches/" + id + "/crime", "officer.northshire")).contains("id=\"crime-recorded\"", ref);
    }

    @Test
    void aSupervisorsDirectionIsATaskUntilAnswered() throws Exception {
        String id = id(report(Instant.now().minus(10, ChronoUnit.MINUTES)));
        mvc.perform(post("/breaches/" + id + "/directions").with(csrf()).with(as("supervisor.northshire"))
                .param("reasons", "NO_RESPONSE").param("direction", "Attend the victim today, typed by the test"));
        String file = page("/breaches/" + id, "officer.northshire");
        assertThat(status(file, "directions")).isEqualTo("In progress");
        assertThat(file).contains("1 direction to answer", "Sent back with a direction");
        String refused = html(mvc.perform(post("/breaches/" + id + "/directions").with(csrf())
                .with(as("supervisor.northshire")).param("direction", "Typed but no reason chosen")
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse());
        assertThat(refused).contains("<title>Error: Supervisor", "Typed but no reason chosen");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private MvcResult report(Instant reportedAt) throws Exception {
        UUID order = SignedIn.as(users, "poc.northshire", () -> orders.create(OrderFixtures.withNoticeNmo(
                OrderFixtures.uniqueCaseNumber(), Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS),
                "Tamsin Orrell", "Gideon Orrell", null), "Task list test"));
        String reported = local(reportedAt);
        return mvc.perform(post("/breaches").with(csrf()).with(as("officer.northshire"))
                .param("orderId", order.toString()).param("reportedAt", reported).param("reporterKind", "VICTIM")
                .param("occurredAt", local(reportedAt.minus(1, ChronoUnit.HOURS))).param("conduct", "CONTACT")
                .param("channel", "TEXT").param("description", "Messages overnight, reported for the task list test"))
                .andReturn();
    }

    private static String id(MvcResult reported) {
        String location = reported.getResponse().getRedirectedUrl();
        assertThat(location).as("the report was refused").isNotNull();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String local(Instant at) {
        return at.atZone(UK).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static org.springframework.util.MultiValueMap<String, String> boxes(String name, Instant at) {
        ZonedDateTime t = at.atZone(UK);
        var map = new org.springframework.util.LinkedMultiValueMap<String, String>();
        map.add(name + "-day", String.valueOf(t.getDayOfMonth()));
        map.add(name + "-month", String.valueOf(t.getMonthValue()));
        map.add(name + "-year", String.valueOf(t.getYear()));
        map.add(name + "-hour", String.valueOf(t.getHour()));
        map.add(name + "-minute", String.format("%02d", t.getMinute()));
        return map;
    }

    /** A task's status as the list shows it, without its tag's markup. */
    private static String status(String file, String stage) {
        Matcher m = Pattern.compile("id=\"task-" + stage + "-status\">(.*?)</div>", Pattern.DOTALL).matcher(file);
        assertThat(m.find()).as("task " + stage).isTrue();
        return m.group(1).replaceAll("<[^>]+>", "").strip();
    }

    private String page(String path, String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(as(username)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return html(response);
    }

    private static String html(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
