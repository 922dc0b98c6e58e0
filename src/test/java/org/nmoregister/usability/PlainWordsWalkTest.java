package org.nmoregister.usability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.security.Role;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No page speaks in codes: every GET page of the application (every mapping that answers HTML), filled with real
 * data this test makes (an order waiting for its quality check with findings, an assured and served order with a
 * breach report, a breach check and a risk assessment, a court-feed notification), is rendered as every role, and
 * the text a person sees must hold no developer's identifier: nothing in UPPER_SNAKE_CASE or snake_case, and no
 * single-word constant of the register's own enums (ERROR, PENDING, PHONE) shown as it is written in the code.
 * The draft checker's answer (a POST that renders a page) is walked too, as the public sees it.
 */
@IntegrationTest
class PlainWordsWalkTest {

    private static final Map<Role, String> ACCOUNTS = new EnumMap<>(Map.of(
            Role.POINT_OF_CONTACT, "poc.northshire", Role.OFFICER, "officer.northshire",
            Role.CONTROL_ROOM, "control.northshire", Role.SAFEGUARDING, "safeguarding.northshire",
            Role.SUPERVISOR, "supervisor.northshire", Role.ANALYST, "analyst.northshire",
            Role.ADMIN, "admin.northshire", Role.COURT_FEED, "court-feed.northshire",
            Role.NEIGHBOURHOOD, "neighbourhood.northshire", Role.MONITORING_FEED, "monitoring-feed.northshire"));

    /** Words in capitals that are the domain's own abbreviations, read as such on duty, not codes. */
    private static final Set<String> ABBREVIATIONS = Set.of("NMO", "DAPO", "DAPN", "DVPN", "DVPO", "FMPO", "SPO", "RO", "DASH",
            "MARAC", "PNC", "UPRN", "CPS", "OFFICIAL", "SENSITIVE", "GOV", "UK", "IN", "FORCE", "PDF", "CSV", "BST",
            "GMT", "NFA", "OIC", "ID", "DOB", "MOJ", "HMCTS", "PND", "NPCC", "CAD", "API", "URL", "IDVA", "ISVA", "UTC",
            "RFC", "DV", "SOS", "FL", "FLA", "NICHE", "PENDING", "SERVICE", "ENDED", "HELD", "NOT", "YET", "CHECKED",
            "EXPIRED", "DISCHARGED", "SUSPENDED", "VARIED", "TO", "START", "OK", "BREACH", "POSSIBLE");

    /** A code written the developer's way: two or more words joined by underscores, in capitals or small letters. */
    private static final Pattern SNAKE = Pattern.compile("\\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)\\b");
    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z]{3,}\\b");

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    JsonMapper json;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    record Fixture(UUID pendingOrder, UUID assuredOrder, String caseNumber, UUID breachId, UUID assessmentId,
                   String notificationId) {
    }

    @Test
    void noPageShowsACodeToAnyRole() throws Exception {
        Fixture f = fixture();
        Set<String> enumConstants = enumConstantsOfTheRegister();
        assertThat(enumConstants).contains("PENDING_QA", "PROTECTED_PERSON", "OTHER_WEAPONS");

        List<String> found = new ArrayList<>();
        Set<String> pages = new TreeSet<>();
        int rendered = 0;
        for (var entry : pageHandlers().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                for (String url : urls(pattern, f)) {
                    for (Role role : Role.values()) {
                        MockHttpServletResponse response = mvc.perform(get(url).with(user(details(role)))
                                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
                        if (!isHtml(response)) {
                            continue;
                        }
                        rendered++;
                        if (response.getStatus() == 200) {
                            pages.add(pattern);
                        }
                        codesIn(visibleText(response), enumConstants)
                                .forEach(code -> found.add(role + " GET " + url + " (" + response.getStatus()
                                        + ") shows " + code));
                    }
                }
            }
        }
        // The public draft checker's answer, with wording that raises findings of every kind it can.
        for (String text : List.of("The respondent must not go near the applicant's home or contact her.",
                "The respondent must not go within 100 metres of 14 Acacia Avenue, Leeds LS6 2AB, nor of the "
                        + "applicant's place of work, except to attend the solicitors for mediation.")) {
            MockHttpServletResponse answer = mvc.perform(post("/draft-check").with(csrf()).param("text", text)
                    .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
            rendered++;
            codesIn(visibleText(answer), enumConstants).forEach(code -> found.add("public POST /draft-check shows "
                    + code));
        }
        System.out.printf("Plain-words walk: %d pages rendered, %d page mappings answered 200%n", rendered,
                pages.size());
        assertThat(found).as("codes shown on pages").isEmpty();
        // The walk must have reached the fixture's own pages, or it would pass by seeing nothing.
        assertThat(pages).contains("/orders/{id}", "/orders/{id}/quality", "/breaches/{id}", "/notifications/{id}",
                "/risk/assessments/{id}", "/quality", "/notifications", "/breaches", "/access-log", "/lookup",
                "/safeguarding/contacts/{taskId}", "/transfers/{id}", "/transfers", "/orders/{orderId}/transfer",
                "/orders/{orderId}/victim-moved");
    }

    @Test
    void everyLinkFromTheAccessLogToAnOrderOpensIt() throws Exception {
        Fixture f = fixture();
        // The log filtered to the walk's own order: the whole force's log pages other tests' entries in front of it.
        String log = mvc.perform(get("/access-log").param("caseNumber", f.caseNumber())
                        .with(user(details(Role.SUPERVISOR))).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("href=\"(/orders[^\"]*)\"").matcher(log);
        Set<String> links = new LinkedHashSet<>();
        while (link.find()) {
            links.add(HtmlUtils.htmlUnescape(link.group(1)));
        }
        assertThat(links).as("links to the walk's orders").anyMatch(l -> l.contains(f.assuredOrder().toString()));
        for (String href : links) {
            int status = mvc.perform(get(href).with(user(details(Role.SUPERVISOR))).accept(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(href).isIn(200, 302);
        }
    }

    @Test
    void everyCodeHasWordsAndDatesAreWrittenAsGovUkWritesThem() {
        var labels = new org.nmoregister.platform.web.Labels();
        assertThat(labels.of(org.nmoregister.quality.QualityStatus.PENDING_QA)).isEqualTo("Waiting for quality check");
        assertThat(labels.of("street_or_area")).isEqualTo("Street or area");
        assertThat(labels.of(org.nmoregister.orders.OrderType.NMO)).isEqualTo("Non-molestation order");
        assertThat(labels.of("NMO")).isEqualTo("NMO");
        assertThat(labels.of(org.nmoregister.orders.Respondent.OfficerSafety.Warning.OTHER_WEAPONS))
                .isEqualTo("Other weapons");
        assertThat(labels.text("Breach BR-1 reported by PARTNER_AGENCY; 1 incident(s)"))
                .isEqualTo("Breach BR-1 reported by partner agency; 1 incident(s)");
        assertThat(labels.literals("One of: VIOLENCE, OTHER_WEAPONS")).containsExactly(
                new org.nmoregister.platform.web.Labels.Part("One of: ", false),
                new org.nmoregister.platform.web.Labels.Part("VIOLENCE", true),
                new org.nmoregister.platform.web.Labels.Part(", ", false),
                new org.nmoregister.platform.web.Labels.Part("OTHER_WEAPONS", true));
        assertThat(org.nmoregister.platform.web.UkTime.written(Instant.parse("2026-12-04T14:30:00Z")))
                .isEqualTo("4 December 2026 at 2:30pm");
        assertThat(org.nmoregister.platform.web.UkTime.written(Instant.parse("2026-07-01T11:00:00Z")))
                .isEqualTo("1 July 2026 at midday");
        assertThat(org.nmoregister.platform.web.UkTime.written(Instant.parse("2026-07-01T08:05:00Z")))
                .isEqualTo("1 July 2026 at 9:05am");
    }

    @Test
    void theDetectorFindsCodesInTheWaysPagesShowedThem() {
        Set<String> enums = Set.of("ERROR", "PHONE", "PENDING_QA");
        assertThat(codesIn("Status PENDING_QA", enums)).containsExactly("PENDING_QA");
        assertThat(codesIn("Place: street_or_area", enums)).containsExactly("street_or_area");
        assertThat(codesIn("ERROR PROXIMITY_WITHOUT_DISTANCE", enums)).containsExactlyInAnyOrder("ERROR",
                "PROXIMITY_WITHOUT_DISTANCE");
        assertThat(codesIn("PHONE 07700 900123", enums)).containsExactly("PHONE");
        assertThat(codesIn("IN FORCE: NMO LS26F1234. Waiting for a quality check. OFFICIAL-SENSITIVE", enums))
                .isEmpty();
    }

    // ---- the detector -------------------------------------------------------------------------------------------

    static List<String> codesIn(String text, Set<String> enumConstants) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher snake = SNAKE.matcher(text);
        while (snake.find()) {
            codes.add(snake.group(1));
        }
        Matcher capitals = CAPITALS.matcher(text);
        while (capitals.find()) {
            String word = capitals.group();
            if (enumConstants.contains(word) && !ABBREVIATIONS.contains(word)) {
                codes.add(word);
            }
        }
        return List.copyOf(codes);
    }

    /** What a person sees: the page's text and the labels of its controls, without markup, scripts or styles. */
    static String visibleText(MockHttpServletResponse response) throws IOException {
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        StringBuilder seen = new StringBuilder();
        Matcher title = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(html);
        if (title.find()) {
            seen.append(title.group(1)).append('\n');
        }
        Matcher body = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL).matcher(html);
        String text = body.find() ? body.group(1) : html;
        // values a person reads in controls: placeholders, button values, alt texts, aria labels
        Matcher shown = Pattern.compile("(?:placeholder|alt|aria-label|title)=\"([^\"]*)\"").matcher(text);
        while (shown.find()) {
            seen.append(shown.group(1)).append('\n');
        }
        // text marked as code is what a person types as it is (an import file's column names and values)
        text = text.replaceAll("(?s)<code[^>]*>.*?</code>", " ").replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<[^>]+>", " ");
        return seen.append(HtmlUtils.htmlUnescape(text)).toString();
    }

    private static boolean isHtml(MockHttpServletResponse response) {
        String type = response.getContentType();
        return type != null && type.startsWith("text/html");
    }

    /** Every enum constant of the register's own code: the codes a page could show by mistake. */
    static Set<String> enumConstantsOfTheRegister() throws IOException {
        Set<String> constants = new TreeSet<>();
        var resolver = new PathMatchingResourcePatternResolver();
        var readers = new CachingMetadataReaderFactory(resolver);
        for (Resource resource : resolver.getResources("classpath*:org/nmoregister/**/*.class")) {
            String name = readers.getMetadataReader(resource).getClassMetadata().getClassName();
            try {
                Class<?> type = Class.forName(name, false, PlainWordsWalkTest.class.getClassLoader());
                if (type.isEnum()) {
                    for (Object constant : type.getEnumConstants()) {
                        constants.add(((Enum<?>) constant).name());
                    }
                }
            } catch (ReflectiveOperationException | LinkageError e) {
                // a test-only class not loadable here holds no page's code
            }
        }
        return constants;
    }

    // ---- the pages ----------------------------------------------------------------------------------------------

    private Map<RequestMappingInfo, HandlerMethod> pageHandlers() {
        Map<RequestMappingInfo, HandlerMethod> found = new LinkedHashMap<>();
        handlerMapping.getHandlerMethods().forEach((mapping, handler) -> {
            var methods = mapping.getMethodsCondition().getMethods();
            boolean api = mapping.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"));
            if (handler.getBeanType().getPackageName().startsWith("org.nmoregister") && !api
                    && (methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                found.put(mapping, handler);
            }
        });
        return found;
    }

    private List<String> urls(String pattern, Fixture f) throws Exception {
        List<String> urls = new ArrayList<>();
        if (pattern.contains("{")) {
            if (pattern.startsWith("/orders/{")) {
                urls.add(fill(pattern, f.pendingOrder().toString()));
                urls.add(fill(pattern, f.assuredOrder().toString()));
            } else if (pattern.startsWith("/breaches/{id}")) {
                urls.add(fill(pattern, f.breachId().toString()));
            } else if (pattern.startsWith("/safeguarding/contacts/{")) {
                urls.add(fill(pattern, contactTaskOf(f.assuredOrder()).toString()));
            } else if (pattern.startsWith("/risk/assessments/{")) {
                urls.add(fill(pattern, f.assessmentId().toString()));
            } else if (pattern.startsWith("/safeguarding/plans/{")) {
                urls.add(fill(pattern, f.assuredOrder().toString()));
            } else if (pattern.startsWith("/transfers/{")) {
                urls.add(fill(pattern, transferOf(f.pendingOrder())));
            } else if (pattern.startsWith("/notifications/{")) {
                urls.add(fill(pattern, f.notificationId()));
            } else if (pattern.startsWith("/monitoring/alerts/{")) {
                urls.add(fill(pattern, monitoringAlertOf(f.assuredOrder())));
            } else if (pattern.contains("{weekStart}")) {
                urls.add(fill(pattern, LocalDate.now().toString()));
            } else {
                urls.add(fill(pattern, UUID.randomUUID().toString())); // a page that says it is not there
            }
            return urls;
        }
        urls.add(pattern);
        switch (pattern) {
            case "/lookup" -> {
                urls.add("/lookup?q=Kestrelbrook&reason=INC-2026-0412");
                urls.add("/lookup?q=" + f.caseNumber() + "&reason=INC-2026-0412");
            }
            case "/orders" -> urls.add("/orders?caseNumber=" + f.caseNumber());
            case "/access-log" -> urls.add("/access-log?caseNumber=" + f.caseNumber());
            case "/breaches/new" -> urls.add("/breaches/new?orderId=" + f.assuredOrder());
            default -> {
            }
        }
        return urls;
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String transfer;

    /** A request to transfer the order to southvale, made once by northshire's point of contact (issue 13). */
    private String transferOf(UUID orderId) {
        if (transfer == null) {
            transfer = org.nmoregister.support.SignedIn.as(users, "poc.northshire", () -> {
                try {
                    String answer = mvc.perform(post("/api/v1/transfers").with(user(details(Role.POINT_OF_CONTACT)))
                                    .contentType(MediaType.APPLICATION_JSON).content("{\"orderId\": \"" + orderId
                                            + "\", \"toForce\": \"southvale\", \"reason\": \"VICTIM_MOVED\"}"))
                            .andReturn().getResponse().getContentAsString();
                    return answer.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return transfer;
    }

    /** The assured order's victim contact, made by the safeguarding module once the assurance is handled. */
    private UUID contactTaskOf(UUID orderId) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> !jdbc.queryForList(
                "select id from safeguarding_task where order_id = ? and kind = 'VICTIM_CONTACT'", UUID.class,
                orderId).isEmpty());
        return jdbc.queryForList("select id from safeguarding_task where order_id = ? and kind = 'VICTIM_CONTACT'",
                UUID.class, orderId).get(0);
    }

    private static String fill(String pattern, String value) {
        return pattern.replaceAll("\\{[^}]+}", value);
    }

    // ---- the fixture --------------------------------------------------------------------------------------------

    private Fixture fixture() throws Exception {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String caseNumber = "LS26W" + tag;
        Instant made = now.minus(10, ChronoUnit.DAYS);
        var applicant = new ProtectedPerson("Mara Kestrelbrook", LocalDate.of(1991, 2, 3), List.of(),
                List.of(new Address("14 Acacia Avenue", null, "Leeds", "LS6 2AB", false)), List.of());
        var respondent = new Respondent("Tobias Kestrelbrook", LocalDate.of(1987, 6, 5), List.of("Toby Kestrel"),
                List.of(new Address("3 Mill Lane", null, "Leeds", "LS12 1AA", false)), List.of(),
                "Tall, beard", List.of(), null);
        // wording that raises findings: nearness with no distance, a vague place, a duty to notify
        List<Term> vague = List.of(
                new Term(1, "The respondent must not use or threaten violence against the applicant."),
                new Term(2, "The respondent must not go near the applicant's home or her workplace."),
                new Term(3, "The respondent must not contact the applicant, except through solicitors."));
        var pending = new OrderDetails("Leeds Family Court", caseNumber + "P", OrderType.NMO, made, true,
                null, DurationKind.UNTIL_DATE, now.plus(100, ChronoUnit.DAYS), true, applicant, List.of(), List.of(),
                respondent, Relationship.FORMER_SPOUSE, vague, List.of(), null, null);
        UUID pendingOrder = as(Role.POINT_OF_CONTACT, () -> orders.create(pending, "Plain-words walk"));
        List<Term> clear = List.of(
                new Term(1, "The respondent must not use or threaten violence against the applicant."),
                new Term(2, "The respondent must not go within 100 metres of 14 Acacia Avenue, Leeds LS6 2AB."));
        var assured = new OrderDetails("Leeds Family Court", caseNumber, OrderType.NMO, made, false, null,
                DurationKind.UNTIL_DATE, now.plus(100, ChronoUnit.DAYS), true, applicant, List.of(), List.of(),
                respondent, Relationship.FORMER_SPOUSE, clear,
                List.of(new ServiceRecord(made.plus(1, ChronoUnit.DAYS), ServiceMethod.PERSONAL, "PC 4417", null,
                        "Served at 3 Mill Lane")), null, null);
        UUID assuredOrder = as(Role.POINT_OF_CONTACT, () -> orders.create(assured, "Plain-words walk"));
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", assuredOrder).with(user(details(Role.SUPERVISOR)))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"overrideReason\": \"Court confirmed by phone the order is as made (walk test)\"}"));
        await().atMost(Duration.ofSeconds(20)).until(() -> body("/api/v1/orders/" + assuredOrder + "/markers")
                .contains("PROTECTED_PLACE"));
        // A safety plan with a measure of a kind whose code has underscores, so the walk sees its label is shown.
        mvc.perform(post("/api/v1/safeguarding/plans/{id}/measures", assuredOrder)
                .with(user(details(Role.SAFEGUARDING))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"person\": \"" + applicant.name() + "\", \"kind\": \"TARGET_HARDENING\", "
                        + "\"owner\": \"Crime prevention officer\", \"reviewOn\": \""
                        + LocalDate.now().plusMonths(1) + "\"}"));

        MockHttpServletResponse reported = mvc.perform(post("/api/v1/breaches").with(user(details(Role.OFFICER)))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"orderId": "%s", "reportedAt": "%s", "reporterKind": "VICTIM", "reporterName": "Mara",
                         "incidents": [{"occurredAt": "%s", "conduct": "APPROACH", "channel": "IN_PERSON",
                           "description": "He waited at the end of the road", "weapon": "OTHER_WEAPONS",
                           "location": {"postcode": "LS6 2AB", "address": "outside 14 Acacia Avenue",
                                        "placeKind": "HOME"}}]}
                        """.formatted(assuredOrder, now.minus(1, ChronoUnit.HOURS), now.minus(2, ChronoUnit.HOURS))))
                .andReturn().getResponse();
        if (reported.getStatus() != 201 && reported.getStatus() != 200) {
            // the weapon field is optional in the report; without it the report is still made
            reported = mvc.perform(post("/api/v1/breaches").with(user(details(Role.OFFICER)))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"orderId": "%s", "reportedAt": "%s", "reporterKind": "VICTIM", "reporterName": "Mara",
                             "incidents": [{"occurredAt": "%s", "conduct": "APPROACH", "channel": "IN_PERSON",
                               "description": "He waited at the end of the road",
                               "location": {"postcode": "LS6 2AB", "address": "outside 14 Acacia Avenue",
                                            "placeKind": "HOME"}}]}
                            """.formatted(assuredOrder, now.minus(1, ChronoUnit.HOURS),
                            now.minus(2, ChronoUnit.HOURS)))).andReturn().getResponse();
        }
        assertThat(reported.getStatus()).as(reported.getContentAsString()).isBetween(200, 299);
        UUID breachId = UUID.fromString(json.readTree(reported.getContentAsString()).get("id").asString());
        // the risk module opens the assessment after the report commits, in its own transaction: wait for it
        java.util.concurrent.atomic.AtomicReference<String> opened = new java.util.concurrent.atomic.AtomicReference<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> {
            JsonNode risk = json.readTree(body("/api/v1/breaches/" + breachId)).get("risk");
            opened.set(risk == null || risk.get("assessmentId") == null ? "" : risk.get("assessmentId").asString());
            return !opened.get().isBlank();
        });
        UUID assessmentId = UUID.fromString(opened.get());

        String notification = mvc.perform(post("/api/v1/notifications").with(user(details(Role.COURT_FEED)))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.ofEntries(
                                Map.entry("source", "COURT_FEED"),
                                Map.entry("externalReference", "WALK-" + tag),
                                Map.entry("court", "Leeds Family Court"),
                                Map.entry("caseNumber", caseNumber + "N"),
                                Map.entry("orderType", "NMO"),
                                Map.entry("madeAt", made.toString()),
                                Map.entry("withoutNotice", true),
                                Map.entry("returnHearing", Map.of("at", made.plus(14, ChronoUnit.DAYS).toString(),
                                        "court", "Leeds Family Court")),
                                Map.entry("endsAt", made.plus(14, ChronoUnit.DAYS).plus(6, ChronoUnit.HOURS)
                                        .toString()),
                                Map.entry("untilFurtherOrder", false),
                                Map.entry("penalNotice", true),
                                Map.entry("applicant", Map.of("name", "Mara Kestrelbrook", "dateOfBirth",
                                        "1991-02-03", "address", Map.of("line1", "14 Acacia Avenue", "town", "Leeds",
                                                "postcode", "LS6 2AB", "confidential", false))),
                                Map.entry("respondent", Map.of("name", "Tobias Kestrelbrook", "dateOfBirth",
                                        "1987-06-05", "address", Map.of("line1", "3 Mill Lane", "town", "Leeds",
                                                "postcode", "LS12 1AA"))),
                                Map.entry("relationship", "FORMER_SPOUSE"),
                                Map.entry("terms", vague.stream().map(Term::text).toList())))))
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(notification).has("id")).as(notification).isTrue();
        String notificationId = json.readTree(notification).get("id").asString();
        return new Fixture(pendingOrder, assuredOrder, caseNumber, breachId, assessmentId, notificationId);
    }

    private String body(String url) throws Exception {
        MockHttpServletRequestBuilder request = get(url).with(user(details(Role.POINT_OF_CONTACT)));
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private UserDetails details(Role role) {
        return users.loadUserByUsername(ACCOUNTS.get(role));
    }

    private <T> T as(Role role, java.util.function.Supplier<T> work) {
        return SignedIn.as(users, ACCOUNTS.get(role), work);
    }

    private String monitoringAlert;

    /** A tamper alert on the order (its device linked by the point of contact, the event sent by the feed). */
    private String monitoringAlertOf(UUID orderId) throws Exception {
        if (monitoringAlert == null) {
            String device = "WORDS-" + UUID.randomUUID().toString().substring(0, 8);
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                            "/api/v1/monitoring/devices").with(user(details(Role.POINT_OF_CONTACT)))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"orderId\": \"" + orderId + "\", \"deviceId\": \"" + device + "\"}"));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                            "/api/v1/monitoring/events").with(user(details(Role.MONITORING_FEED)))
                    .contentType(MediaType.APPLICATION_JSON).content("[{\"deviceId\": \"" + device + "\", \"at\": \""
                            + java.time.Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                            + "\", \"kind\": \"STRAP\"}]"));
            monitoringAlert = jdbc.queryForObject("select id::text from monitoring_alert where device_id = ?",
                    String.class, device);
        }
        return monitoringAlert;
    }
}
