package org.nmoregister.reporting.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nmoregister.reporting.rules.Percentiles;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Times every register list view and every report over the force "bench" that {@code bench/reporting-generate.sql}
 * makes (five years of a large force): each request through the whole application (security, SQL, masking, the
 * access log, Thymeleaf), {@code bench.rounds} times after two warm-up rounds, and prints p50, p95 and the worst.
 * Not a test (no class here is named *Test): run it by name, see docs/benchmarks.md.
 */
@IntegrationTest
class ReportingBench {

    /**
     * Before the application starts on the data (JUnit runs this before the test instance, and so the Spring
     * context, is made): the generated versions' terms are read and stored as the register stores them, so the
     * start-up finds every version read, as in a real force's register ({@link BenchTermsReading}).
     */
    @BeforeAll
    static void readTheGeneratedTermsFirst() throws Exception {
        long start = System.nanoTime();
        int read = BenchTermsReading.readOnTestDatabase();
        System.out.printf("BENCH-SETUP stored the reading of %d generated versions' terms in %.1f s%n", read,
                (System.nanoTime() - start) / 1e9);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void timeTheListsAndReports() throws Exception {
        Assumptions.assumeTrue(jdbc.queryForObject("select count(*) from force where code = 'bench'", Long.class) == 1,
                "run bench/reporting-generate.sql first");
        String district = jdbc.queryForObject("select id::text from district where code = 'bench-3'", String.class);
        String today = LocalDate.now().toString();
        Map<String, String[]> requests = new LinkedHashMap<>();
        String poc = "poc.bench";
        String analyst = "analyst.bench";
        requests.put("list: all, newest first", new String[]{poc, "/register"});
        requests.put("list: in force", new String[]{poc, "/register?status=IN_FORCE"});
        requests.put("list: pending service", new String[]{poc, "/register?status=PENDING_SERVICE"});
        requests.put("list: expired, page 40", new String[]{poc, "/register?status=EXPIRED&page=40"});
        requests.put("list: NMO in a district, by end", new String[]{poc, "/register?type=NMO&district=" + district + "&sort=ENDS"});
        requests.put("list: court, ending within 30 days", new String[]{poc, "/register?court=Leeds+Family+Court&endingWithinDays=30"});
        requests.put("list: unserved", new String[]{poc, "/register?unserved=true"});
        requests.put("list: awaiting quality assurance", new String[]{poc, "/register?awaitingQuality=true"});
        requests.put("list: with a breach", new String[]{poc, "/register?withBreach=true&sort=COURT"});
        requests.put("list API: in force, 100 rows", new String[]{poc, "/api/v1/orders?status=IN_FORCE&size=100"});
        requests.put("report: this month", new String[]{analyst, "/reports"});
        requests.put("report: one year", new String[]{analyst, "/reports?from=" + LocalDate.now().minusYears(1) + "&to=" + today});
        requests.put("report: three years", new String[]{analyst, "/reports?from=" + LocalDate.now().minusDays(3 * 366 - 1) + "&to=" + today});
        requests.put("report: one year, a district", new String[]{analyst, "/reports?from=" + LocalDate.now().minusYears(1) + "&to=" + today + "&district=" + district});
        requests.put("summary API: one year", new String[]{analyst, "/api/v1/reports/summary?from=" + LocalDate.now().minusYears(1) + "&to=" + today});
        requests.put("report PDF: one year", new String[]{analyst, "/reports/report.pdf?from=" + LocalDate.now().minusYears(1) + "&to=" + today});
        // -Dbench.only=PDF times only the requests whose name holds it (a profile of one request, say)
        String only = System.getProperty("bench.only", "");
        requests.keySet().removeIf(name -> !name.contains(only));
        int rounds = Integer.getInteger("bench.rounds", 20);
        List<String> lines = new ArrayList<>();
        for (var r : requests.entrySet()) {
            double[] ms = new double[rounds];
            for (int i = -2; i < rounds; i++) {
                long start = System.nanoTime();
                // signed in as the pages are (a session's user), not with HTTP Basic, which the pages answer with
                // a redirect to the sign-in page
                mvc.perform(get(r.getValue()[1]).with(user(users.loadUserByUsername(r.getValue()[0]))))
                        .andExpect(status().isOk());
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            lines.add(String.format("| %s | %.0f | %.0f | %.0f |", r.getKey(), Percentiles.median(ms).getAsDouble(),
                    Percentiles.of(ms, 95).getAsDouble(), Arrays.stream(ms).max().getAsDouble()));
        }
        System.out.println("BENCH | Request | p50 ms | p95 ms | worst ms |");
        lines.forEach(l -> System.out.println("BENCH " + l));
    }
}
