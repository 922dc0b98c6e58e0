package org.nmoregister.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every consultation of an order is in the access log with a reason a supervisor can audit, and one user's bad
 * entry never fails another user's request.
 */
@IntegrationTest
class AccessLogGapsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private UUID newOrder() {
        var details = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(),
                Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        return SignedIn.as(users, "poc.northshire", () -> orders.create(details, null));
    }

    private List<String> reasonsLogged(UUID orderId, String detailContains) {
        return jdbc.queryForList("select reason from access_log where subject_id = ? and action = 'VIEW' "
                + "and detail like ?", String.class, orderId.toString(), "%" + detailContains + "%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"markers", "quality-assurance", "liaison-requests"})
    void readingWhatIsDerivedFromAnOrderIsLoggedWithAnAuditableReason(String annex) throws Exception {
        UUID id = newOrder();
        String path = "/api/v1/orders/{id}/" + annex;
        String what = annex.replace('-', ' ');

        mvc.perform(get(path, id).with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(get(path, id).param("reason", "x").with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("INC-20261122-0107")));
        assertThat(reasonsLogged(id, what)).as("refused reads are not logged as reads").isEmpty();

        mvc.perform(get(path, id).param("reason", "INC-20261204-0042").with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get(path, id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
        assertThat(reasonsLogged(id, what)).containsExactlyInAnyOrder("INC-20261204-0042", null);

        mvc.perform(get(path, id).param("reason", "INC-20261204-0042").with(httpBasic("officer.southvale", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOrderReadOrALookupWithAReasonNobodyCouldCheckIsRefused() throws Exception {
        UUID id = newOrder();
        for (String reason : new String[] {"x", "checking", "INC-1\u0000", "INC-" + "9".repeat(300)}) {
            mvc.perform(get("/api/v1/orders/{id}", id).param("reason", reason)
                            .with(httpBasic("officer.northshire", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
            mvc.perform(get("/api/v1/lookup/people").param("name", "John Smith").param("reason", reason)
                            .with(httpBasic("control.northshire", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
        }
        mvc.perform(get("/api/v1/orders/{id}", id).param("reason", "Safeguarding: welfare visit to the applicant")
                        .with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isOk());
        assertThat(reasonsLogged(id, "Order ")).contains("Safeguarding: welfare visit to the applicant");
    }

    @Test
    void pagesShowTheRuleInPlainEnglish() throws Exception {
        UUID id = newOrder();
        mvc.perform(get("/orders/{id}", id).param("reason", "x")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(users.loadUserByUsername("officer.northshire"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("letters then a number")));
    }

    @Test
    void aNulByteInOneLookupsReasonNeverFailsOtherUsersConcurrentLookups() throws Exception {
        int users = 32;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(users);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                String reason = i == 7 ? "INC-1\u0000" + i : "INC-20261204-" + i;
                String account = i % 2 == 0 ? "control.northshire" : "officer.southvale";
                answers.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    return mvc.perform(get("/api/v1/lookup/people").param("name", "Zebedee Quixley-Nobody")
                                    .param("reason", reason).with(httpBasic(account, "demo")))
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (int i = 0; i < users; i++) {
                assertThat(answers.get(i).get()).as("lookup " + i).isEqualTo(i == 7 ? 400 : 200);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
