package org.nmoregister.usability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * A breach report sent after the session ended is not lost: the register keeps it, asks the officer to sign in again,
 * and offers to send exactly what was typed; sending it records the report. Before, the same request answered "You
 * cannot see this page" and the report was gone.
 */
@IntegrationTest
class SessionExpiryIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReportSentAfterTheSessionEndedIsKeptThroughSignInAndRecordedWhenSent() throws Exception {
        UUID order = servedOrder();
        String description = "He followed her from the bus stop " + UUID.randomUUID();
        String when = LocalDateTime.now(ZoneId.of("Europe/London")).minusHours(2).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        // The tab was open from a session that has since ended: no session, and the old page's CSRF token.
        MockHttpSession fresh = new MockHttpSession();
        MockHttpServletResponse refused = mvc.perform(post("/breaches").session(fresh)
                        .param("_csrf", "token-of-the-ended-session")
                        .param("orderId", order.toString()).param("reportedAt", when)
                        .param("reporterKind", "VICTIM").param("reporterName", "Ines Halloran")
                        .param("occurredAt", when).param("conduct", "APPROACH").param("channel", "IN_PERSON")
                        .param("description", description))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).as("not 'You cannot see this page'").isEqualTo(302);
        assertThat(refused.getRedirectedUrl()).endsWith("/login?expired");

        String signIn = mvc.perform(get("/login").param("expired", "").session(fresh)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(signIn).contains("what you were sending has been kept");

        MockHttpServletResponse signedIn = mvc.perform(post("/login").session(fresh).with(csrf())
                .param("username", "officer.northshire").param("password", "demo")).andReturn().getResponse();
        assertThat(signedIn.getRedirectedUrl()).endsWith("/session/resume");
        String resume = mvc.perform(get("/session/resume").session(fresh)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, List<String>> kept = keptFields(resume);
        assertThat(kept.get("description")).containsExactly(description);
        assertThat(kept.get("reporterName")).containsExactly("Ines Halloran");
        assertThat(kept.get("orderId")).containsExactly(order.toString());
        // shown once: the kept form is not kept for ever in the session
        assertThat(mvc.perform(get("/session/resume").session(fresh)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void theResumePageSendsWhatWasTypedAndTheReportIsRecorded() throws Exception {
        UUID order = servedOrder();
        String description = "Parked outside the school gate " + UUID.randomUUID();
        String when = LocalDateTime.now(ZoneId.of("Europe/London")).minusHours(1).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        String page = firstResume(order, when, description);
        assertThat(page).contains("Send what you entered");
        Matcher action = Pattern.compile("<form action=\"([^\"]+)\" method=\"post\" id=\"resume-form\"").matcher(page);
        assertThat(action.find()).isTrue();
        assertThat(action.group(1)).isEqualTo("/breaches");

        MockHttpServletRequestBuilder send = post(action.group(1)).session(lastSession).with(csrf());
        keptFields(page).forEach((name, values) -> send.param(name, values.toArray(String[]::new)));
        MockHttpServletResponse sent = mvc.perform(send).andReturn().getResponse();
        assertThat(sent.getRedirectedUrl()).as(sent.getContentAsString()).startsWith("/breaches/");
        assertThat(jdbc.queryForObject("select count(*) from breach_incident where description = ?", Integer.class,
                description)).isEqualTo(1);
    }

    @Test
    void aSignedInUserWithAStaleTokenIsOfferedTheFormAgainRatherThanRefused() throws Exception {
        MockHttpSession session = signIn("officer.northshire");
        MockHttpServletResponse refused = mvc.perform(post("/breaches").session(session)
                .param("_csrf", "token-of-an-old-tab").param("reporterName", "Kept Name")).andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).endsWith("/session/resume");
        String page = mvc.perform(get("/session/resume").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(keptFields(page).get("reporterName")).containsExactly("Kept Name");
    }

    @Test
    void theTimeoutWarningIsOnEveryPageAndStayingSignedInKeepsTheSession() throws Exception {
        MockHttpSession session = signIn("officer.northshire");
        String page = mvc.perform(get("/orders").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"session-timeout\"").contains("data-timeout-seconds=\"")
                .contains("/js/session-timeout.js").doesNotContain("onclick");
        assertThat(mvc.perform(get("/session/keep-alive").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(204);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private MockHttpSession lastSession;

    /** Sends a report from an ended session, signs in, and returns the page offering to send it. */
    private String firstResume(UUID order, String when, String description) throws Exception {
        MockHttpSession fresh = new MockHttpSession();
        mvc.perform(post("/breaches").session(fresh).param("_csrf", "ended")
                .param("orderId", order.toString()).param("reportedAt", when)
                .param("reporterKind", "VICTIM").param("reporterName", "Ines Halloran")
                .param("occurredAt", when).param("conduct", "APPROACH").param("channel", "IN_PERSON")
                .param("description", description));
        mvc.perform(post("/login").session(fresh).with(csrf())
                .param("username", "officer.northshire").param("password", "demo"));
        lastSession = fresh;
        return mvc.perform(get("/session/resume").session(fresh)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse response = mvc.perform(post("/login").session(session).with(csrf())
                .param("username", username).param("password", "demo")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return session;
    }

    private static Map<String, List<String>> keptFields(String page) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(page);
        while (input.find()) {
            if (!input.group(1).equals("_csrf")) {
                fields.computeIfAbsent(input.group(1), k -> new java.util.ArrayList<>())
                        .add(HtmlUtils.htmlUnescape(input.group(2)));
            }
        }
        return fields;
    }

    private UUID servedOrder() {
        Instant made = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var details = OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(), made, "Ines Halloran",
                "Declan Halloran", made.plus(1, ChronoUnit.DAYS));
        return SignedIn.as(users, "poc.northshire", () -> orders.create(details, "Session expiry test"));
    }
}
