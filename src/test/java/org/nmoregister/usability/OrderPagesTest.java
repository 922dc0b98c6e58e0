package org.nmoregister.usability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The order page follows the work: a title naming the order, a back link first, officer safety and the status
 * before the detail, and only the actions the order's status allows, refused by the endpoints too.
 */
@IntegrationTest
class OrderPagesTest {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;

    @Test
    void theTitleNamesTheOrderAndTheBackLinkAndOfficerSafetyComeFirst() throws Exception {
        Instant made = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String caseNumber = OrderFixtures.uniqueCaseNumber();
        UUID id = create(OrderFixtures.withoutNoticeNmo(caseNumber, made));
        String page = page(get("/orders/{id}", id).param("reason", "INC-7").with(as("officer.northshire")));

        assertThat(title(page)).isEqualTo("Non-molestation order " + caseNumber + " – NMO Register");
        int back = page.indexOf("govuk-back-link");
        int banner = page.indexOf("id=\"status-banner\"");
        int heading = page.indexOf("<h1");
        int safety = page.indexOf("id=\"officer-safety\"");
        assertThat(back).as("a back link").isPositive();
        assertThat(banner).as("the status").isPositive();
        assertThat(safety).as("officer safety").isPositive();
        assertThat(back).as("the back link comes before the status").isLessThan(banner);
        assertThat(banner).as("the status comes before the heading").isLessThan(heading);
        assertThat(safety).as("officer safety comes straight after the heading")
                .isGreaterThan(heading)
                .isLessThan(page.indexOf("id=\"version-line\""))
                .isLessThan(page.indexOf("id=\"terms\""))
                .isLessThan(page.indexOf("Respondent (bound by the order)"));
        String warning = HtmlUtils.htmlUnescape(page.substring(safety, page.indexOf("</div>", safety)));
        assertThat(warning).contains("Violence", "Dogs", "Keeps two dogs at the address").doesNotContain("DOGS");
        assertThat(page).as("an order that applies can be served").contains("id=\"record-service\"");
    }

    @Test
    void aDischargedOrderOffersNoServiceOrVariationAndTheEndpointsRefuseThem() throws Exception {
        Instant made = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant discharged = made.plus(5, ChronoUnit.DAYS);
        UUID id = create(OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(), made, "Ines Halloran",
                "Ruairi Halloran", null));
        OrderDetails current = SignedIn.as(users, "poc.northshire", () -> orders.current(id).details());
        SignedIn.as(users, "poc.northshire", () -> orders.addVersion(id, ChangeKind.DISCHARGE, discharged,
                current.withDischargedAt(discharged), "Discharged on the applicant's application"));

        for (String role : new String[] {"officer.northshire", "poc.northshire"}) {
            String page = page(get("/orders/{id}", id).param("reason", "INC-7").with(as(role)));
            assertThat(page).contains("DISCHARGED").doesNotContain("id=\"record-service\"", ">Record service<",
                    "id=\"record-change\"", "Record a variation");
        }
        assertThat(page(get("/orders/{id}", id).param("reason", "INC-7").with(as("poc.northshire"))))
                .as("the record can still be put right").contains("id=\"record-correction\"");

        String refused = page(post("/orders/{id}/service", id).with(csrf()).with(as("officer.northshire"))
                .param("servedAt", INPUT.format(Instant.now().minus(1, ChronoUnit.HOURS).atZone(UkTime.LONDON)))
                .param("method", "PERSONAL").param("servedBy", "PC 4417 Typed").param("reason", "INC-7"));
        assertThat(title(refused)).startsWith("Error: ");
        assertThat(HtmlUtils.htmlUnescape(refused)).contains("The order was discharged on "
                + UkTime.written(discharged) + ": a service after that cannot be recorded").contains("PC 4417 Typed");
        assertThat(SignedIn.as(users, "poc.northshire", () -> orders.current(id).details().service()))
                .as("nothing recorded").isEmpty();

        String variation = page(post("/orders/{id}/change", id).with(csrf()).with(as("poc.northshire"))
                .param("kind", "VARIATION")
                .param("effectiveFrom", INPUT.format(Instant.now().minus(1, ChronoUnit.HOURS).atZone(UkTime.LONDON)))
                .param("note", "Varied, typed by the test"));
        assertThat(title(variation)).startsWith("Error: ");
        assertThat(HtmlUtils.htmlUnescape(variation)).contains("it cannot be varied, extended or discharged after that");
        assertThat(SignedIn.as(users, "poc.northshire", () -> orders.current(id).changeKind()))
                .isEqualTo(ChangeKind.DISCHARGE);

        String changeForm = page(get("/orders/{id}/change", id).with(as("poc.northshire")));
        assertThat(changeForm).contains("id=\"order-ended\"").contains("value=\"CORRECTION\"")
                .doesNotContain("value=\"VARIATION\"", "value=\"EXTENSION\"");
    }

    @Test
    void aServiceMadeBeforeTheDischargeCanStillBeRecordedLate() throws Exception {
        Instant made = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant discharged = made.plus(5, ChronoUnit.DAYS);
        UUID id = create(OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(), made, "Ines Halloran",
                "Ruairi Halloran", null));
        OrderDetails current = SignedIn.as(users, "poc.northshire", () -> orders.current(id).details());
        SignedIn.as(users, "poc.northshire", () -> orders.addVersion(id, ChangeKind.DISCHARGE, discharged,
                current.withDischargedAt(discharged), "Discharged"));
        assertThat(page(get("/orders/{id}", id).param("reason", "INC-7").with(as("officer.northshire"))))
                .contains("id=\"record-late-service\"");

        MvcResult result = mvc.perform(post("/orders/{id}/service", id).with(csrf()).with(as("officer.northshire"))
                .param("servedAt", INPUT.format(made.plus(1, ChronoUnit.DAYS).atZone(UkTime.LONDON)))
                .param("method", "PERSONAL").param("servedBy", "PC 4417").accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(SignedIn.as(users, "poc.northshire", () -> orders.current(id).details().service())).hasSize(1);
    }

    @Test
    void anExpiredOrderOffersNoService() throws Exception {
        Instant made = Instant.now().minus(200, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID id = create(OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(), made, "Ines Halloran",
                "Ruairi Halloran", null));
        String page = page(get("/orders/{id}", id).param("reason", "INC-7").with(as("officer.northshire")));
        assertThat(page).contains("EXPIRED").doesNotContain("id=\"record-service\"");
        String refused = page(post("/orders/{id}/service", id).with(csrf()).with(as("officer.northshire"))
                .param("servedAt", INPUT.format(Instant.now().minus(1, ChronoUnit.HOURS).atZone(UkTime.LONDON)))
                .param("method", "PERSONAL").param("servedBy", "PC 4417"));
        assertThat(HtmlUtils.htmlUnescape(refused)).contains("The order ended on ");
    }

    @Test
    void aNameThatManyOrdersShareIsFoundAPageAtATimeWithTheTotal() throws Exception {
        String respondent = "Ruairi Pagename" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        Instant made = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 27; i++) {
            create(OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(), made.minusSeconds(i * 60L),
                    "Ines Pagename", respondent, null));
        }
        String first = page(get("/orders").param("name", respondent).with(as("poc.northshire")));
        assertThat(first).contains("data-list-total=\"27\"", "Showing 1 to 25 of 27");
        String second = page(get("/orders").param("name", respondent).param("page", "2").with(as("poc.northshire")));
        assertThat(second).contains("Showing 26 to 27 of 27");
        String past = page(get("/orders").param("name", respondent).param("page", "3").with(as("poc.northshire")));
        assertThat(HtmlUtils.htmlUnescape(past)).contains("There is no page 3 of this list");
    }

    private static String title(String page) {
        Matcher title = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(page);
        assertThat(title.find()).as("a title").isTrue();
        return HtmlUtils.htmlUnescape(title.group(1)).strip();
    }

    private UUID create(OrderDetails details) {
        return SignedIn.as(users, "poc.northshire", () -> orders.create(details, "Order page test"));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 400);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
