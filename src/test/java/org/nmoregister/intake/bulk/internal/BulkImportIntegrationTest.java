package org.nmoregister.intake.bulk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.intake.bulk.RowReport;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class BulkImportIntegrationTest {

    private static final String HEADER = "Court,Case Number,Order Type,Made At,Without Notice,Return Hearing At,"
            + "Ends At,Until Further Order,Penal Notice,Applicant Name,Applicant DOB,Respondent Name,Respondent DOB,"
            + "Respondent Aliases,Terms,Served At,Service Method,Served By,Discharged At\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    AccessLog accessLog;
    @Autowired
    UserDetailsService users;
    @Autowired
    RowImporter rowImporter;
    @Autowired
    ImportJobStore store;
    @Autowired
    org.nmoregister.security.CurrentUsers currentUsers;

    private final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String csv() {
        return HEADER
                + "Test Family Court,GOOD" + suffix + ",NMO,01/10/2026 10:00,no,,01/10/2027 16:00,,yes,Jane Test,"
                + "01/05/1990,John Test,12/04/1988,Johnny Test; JT,\"1. Must not use violence. 2. Must not contact "
                + "the applicant.\",02/10/2026 18:00,PERSONAL,PC 1 Test,\n"
                + "Test Family Court,UNSERVED" + suffix + ",NMO,2026-10-05T09:30,yes,2026-10-19T10:00,"
                + "2026-10-19T16:00,,yes,Ann Test,,Bob Test,,,Must not pester | Must not threaten,,,,\n"
                + "Test Family Court,BAD" + suffix + ",injunction,31/02/2026,no,,,yes,yes,Cat Test,,,,,"
                + "Must not pester,,,,\n"
                + "Test Family Court,ENDED" + suffix + ",Restraining order,01/06/2026,no,,,yes,no,Dee Test,,"
                + "Ed Test,,,Must not contact Dee Test,02/06/2026 09:00,BAILIFF,,01/09/2026 12:00\n";
    }

    private MvcResult upload(String filename, String body, boolean dryRun, String username) throws Exception {
        return mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", filename, "text/csv", body.getBytes(StandardCharsets.UTF_8)))
                        .param("dryRun", Boolean.toString(dryRun))
                        .with(httpBasic(username, "demo")))
                .andReturn();
    }

    private String startAndWait(String body, boolean dryRun) throws Exception {
        MvcResult started = upload("orders.csv", body, dryRun, "poc.northshire");
        assertThat(started.getResponse().getStatus()).isEqualTo(202);
        String id = JsonPath.read(started.getResponse().getContentAsString(), "$.id");
        assertThat(started.getResponse().getHeader("Location")).isEqualTo("/api/v1/imports/" + id);
        for (int attempt = 0; attempt < 300; attempt++) {
            String job = mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("poc.northshire", "demo")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            String status = JsonPath.read(job, "$.status");
            if (status.equals("FINISHED") || status.equals("FAILED")) {
                assertThat(status).isEqualTo("FINISHED");
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The import did not finish in 30 seconds");
    }

    private void signInAs(String username) {
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private <T> T as(String username, Supplier<T> work) {
        signInAs(username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void importsGoodRowsWholeListsBadRowsAndSkipsWhatIsAlreadyHeld() throws Exception {
        String id = startAndWait(csv(), false);

        String job = mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.totalRows").value(4))
                .andExpect(jsonPath("$.rowsDone").value(4))
                .andExpect(jsonPath("$.imported").value(3))
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.rows[0].rowNumber").value(2))
                .andExpect(jsonPath("$.rows[0].caseNumber").value("GOOD" + suffix))
                .andExpect(jsonPath("$.rows[0].outcome").value("IMPORTED"))
                .andExpect(jsonPath("$.rows[1].outcome").value("IMPORTED"))
                .andExpect(jsonPath("$.rows[2].rowNumber").value(4))
                .andExpect(jsonPath("$.rows[2].outcome").value("ERROR"))
                .andExpect(jsonPath("$.rows[3].outcome").value("IMPORTED"))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, String>> errors = JsonPath.read(job, "$.rows[2].errors");
        assertThat(errors).extracting(e -> e.get("field"))
                .contains("order_type", "made_at", "respondent_name");
        assertThat(errors).contains(Map.of("field", "made_at", "reason", "'31/02/2026' is not a real date"));

        UUID good = UUID.fromString(JsonPath.read(job, "$.rows[0].orderId"));
        UUID unserved = UUID.fromString(JsonPath.read(job, "$.rows[1].orderId"));
        UUID ended = UUID.fromString(JsonPath.read(job, "$.rows[3].orderId"));
        as("poc.northshire", () -> {
            var goodNow = orders.current(good);
            assertThat(goodNow.version()).isEqualTo(2);
            assertThat(goodNow.changeKind()).isEqualTo(ChangeKind.SERVICE);
            assertThat(goodNow.status()).isEqualTo(OrderStatus.IN_FORCE);
            assertThat(goodNow.details().service()).singleElement().satisfies(service -> {
                assertThat(service.method()).isEqualTo(ServiceMethod.PERSONAL);
                assertThat(service.servedBy()).isEqualTo("PC 1 Test");
                assertThat(service.servedAt()).isEqualTo(Instant.parse("2026-10-02T17:00:00Z"));
            });
            assertThat(goodNow.details().respondent().aliases()).containsExactly("Johnny Test", "JT");
            assertThat(goodNow.details().terms()).extracting(Term::number).containsExactly(1, 2);
            assertThat(orders.history(good)).extracting(v -> v.changeKind())
                    .containsExactly(ChangeKind.MADE, ChangeKind.SERVICE);

            var unservedNow = orders.current(unserved);
            assertThat(unservedNow.version()).isEqualTo(1);
            assertThat(unservedNow.details().withoutNotice()).isTrue();
            assertThat(unservedNow.details().returnHearing().court()).isEqualTo("Test Family Court");
            assertThat(orders.asAt(unserved, Instant.parse("2026-10-10T00:00:00Z")).orElseThrow().status())
                    .isEqualTo(OrderStatus.PENDING_SERVICE);

            var endedNow = orders.current(ended);
            assertThat(endedNow.details().orderType()).isEqualTo(OrderType.RESTRAINING_ORDER);
            assertThat(endedNow.details().duration()).isEqualTo(DurationKind.UNTIL_FURTHER_ORDER);
            assertThat(endedNow.status()).isEqualTo(OrderStatus.DISCHARGED);
            assertThat(orders.history(ended)).extracting(v -> v.changeKind())
                    .containsExactly(ChangeKind.MADE, ChangeKind.SERVICE, ChangeKind.DISCHARGE);

            assertThat(orders.findExisting("Test Family Court", "BAD" + suffix, OrderType.NMO)).isEmpty();
            assertThat(accessLog.search(new AccessLog.Query("poc.northshire", id, null, null, 10)))
                    .singleElement().satisfies(entry -> {
                        assertThat(entry.action()).isEqualTo(AccessAction.COLLECT);
                        assertThat(entry.subjectType()).isEqualTo("import");
                    });
            return null;
        });

        String again = startAndWait(csv(), false);
        mvc.perform(get("/api/v1/imports/" + again).with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.skipped").value(3))
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.rows[0].outcome").value("SKIPPED"))
                .andExpect(jsonPath("$.rows[2].outcome").value("ERROR"))
                .andExpect(jsonPath("$.rows[3].outcome").value("SKIPPED"));
        as("poc.northshire", () -> {
            assertThat(orders.history(good)).hasSize(2);
            return null;
        });
    }

    @Test
    void aDryRunChecksEveryRowAndImportsNothing() throws Exception {
        String id = startAndWait(csv(), true);
        mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.imported").value(3))
                .andExpect(jsonPath("$.rows[0].outcome").value("VALID"))
                .andExpect(jsonPath("$.rows[0].orderId").doesNotExist())
                .andExpect(jsonPath("$.rows[2].outcome").value("ERROR"));
        as("poc.northshire", () -> {
            assertThat(orders.findExisting("Test Family Court", "GOOD" + suffix, OrderType.NMO)).isEmpty();
            assertThat(orders.findExisting("Test Family Court", "ENDED" + suffix, OrderType.RESTRAINING_ORDER))
                    .isEmpty();
            return null;
        });
    }

    @Test
    void aRowWhoseServiceFailsLeavesNothingBehind() {
        signInAs("poc.northshire");
        Instant made = Instant.parse("2026-10-01T10:00:00Z");
        OrderDetails order = new OrderDetails("Test Family Court", "HALF" + suffix, OrderType.NMO, made, false, null,
                DurationKind.UNTIL_FURTHER_ORDER, null, true, ProtectedPerson.named("Fay Test", null), List.of(),
                List.of(), new Respondent("Gus Test", null, null, null, null, null, null, null),
                Relationship.NOT_KNOWN, List.of(new Term(1, "Must not pester")), List.of(), null, null);
        // The register refuses service before the order was made, after the order itself has been written.
        ServiceRecord impossible = new ServiceRecord(made.minusSeconds(86_400), ServiceMethod.PERSONAL, "PC 1",
                null, null);

        RowReport report = rowImporter.importRow(new ParsedRow(7, "HALF" + suffix, order, impossible, null,
                List.of()), "test.csv", false);

        assertThat(report.outcome()).isEqualTo(RowReport.Outcome.ERROR);
        assertThat(report.errors()).extracting(RowReport.RowError::field).contains("served_at");
        assertThat(orders.findExisting("Test Family Court", "HALF" + suffix, OrderType.NMO)).isEmpty();

        RowReport retried = rowImporter.importRow(new ParsedRow(7, "HALF" + suffix, order, null, null, List.of()),
                "test.csv", false);
        assertThat(retried.outcome()).isEqualTo(RowReport.Outcome.IMPORTED);
        assertThat(orders.current(retried.orderId()).version()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAnOrderCsvIsRefusedWith400() throws Exception {
        MvcResult binary = upload("orders.xlsx", "PK\u0003\u0004 not a csv", false, "poc.northshire");
        assertThat(binary.getResponse().getStatus()).isEqualTo(400);
        assertThat(binary.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat((String) JsonPath.read(binary.getResponse().getContentAsString(), "$.errors[0].field"))
                .isEqualTo("file");

        MvcResult noColumns = upload("people.csv", "name,age\nAnn,3\n", false, "poc.northshire");
        assertThat(noColumns.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(noColumns.getResponse().getContentAsString(), "$.errors[0].reason"))
                .contains("missing: court, case_number");

        MvcResult tooBig = upload("big.csv", HEADER + "x".repeat(6 * 1024 * 1024), false, "poc.northshire");
        assertThat(tooBig.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(tooBig.getResponse().getContentAsString(), "$.errors[0].reason"))
                .contains("the limit is");
    }

    @Test
    void onlyThePointOfContactOrAdminImportsAndOnlyTheirForceSeesTheJob() throws Exception {
        assertThat(upload("orders.csv", csv(), true, "officer.northshire").getResponse().getStatus())
                .isEqualTo(403);
        String id = startAndWait(HEADER, true);
        mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("poc.southvale", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("admin.northshire", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalRows").value(0));
    }

    @Test
    void thePagesUploadShowProgressAndOfferTheTemplate() throws Exception {
        var poc = users.loadUserByUsername("poc.northshire");
        mvc.perform(get("/imports").with(user(poc))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Import orders from a spreadsheet")));
        mvc.perform(get("/imports/template.csv").with(user(poc))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("nmo-import-template.csv")))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("court,case_number,order_type")));

        mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "x.pdf", "application/pdf",
                        new byte[] {'%', 'P', 'D', 'F'})).with(user(poc)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("There is a problem")));

        MvcResult uploaded = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "orders.csv",
                        "text/csv", csv().getBytes(StandardCharsets.UTF_8))).param("dryRun", "true")
                        .with(user(poc)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = uploaded.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/imports/");
        mvc.perform(get(location + "/progress").with(user(poc))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalRows").value(4));
        for (int attempt = 0; attempt < 300; attempt++) {
            String progress = mvc.perform(get(location + "/progress").with(user(poc)))
                    .andReturn().getResponse().getContentAsString();
            if (JsonPath.<Boolean>read(progress, "$.finished")) {
                break;
            }
            Thread.sleep(100);
        }
        mvc.perform(get(location).with(user(poc))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Report by row")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is not a real date")));
        mvc.perform(get(location).with(user(users.loadUserByUsername("poc.southvale"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/imports").with(user(poc))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"" + location + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Validate only")));
    }

    @Test
    void aJobStillRunningShowsItsProgressBarAndOneThatStoppedLongAgoIsReportedInterrupted() throws Exception {
        var poc = users.loadUserByUsername("poc.northshire");
        UUID forceId = as("poc.northshire", () -> currentUsers.require().forceId());
        UUID running = UUID.randomUUID();
        store.insert(running, forceId, "poc.northshire", "running.csv", false, 40, List.of(), Instant.now());
        store.started(running, Instant.now());
        store.rowDone(running, new RowReport(2, "RUN" + suffix, RowReport.Outcome.IMPORTED, null, List.of()),
                Instant.now());
        mvc.perform(get("/imports/" + running).with(user(poc))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("role=\"progressbar\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-valuenow=\"2\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("http-equiv=\"refresh\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "<span>1</span> of <span>40</span> rows done")));
        mvc.perform(get("/imports/" + running + "/progress").with(user(poc)))
                .andExpect(jsonPath("$.status").value("RUNNING")).andExpect(jsonPath("$.rowsDone").value(1))
                .andExpect(jsonPath("$.finished").value(false));

        UUID stale = UUID.randomUUID();
        Instant longAgo = Instant.now().minusSeconds(3600);
        store.insert(stale, forceId, "poc.northshire", "stale.csv", false, 40, List.of(), longAgo);
        store.started(stale, longAgo);
        mvc.perform(get("/api/v1/imports/" + stale).with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.failure").value(org.hamcrest.Matchers.containsString("stopped during the import")));
        mvc.perform(get("/api/v1/imports/" + running).with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.status").value("RUNNING"));
    }
}
