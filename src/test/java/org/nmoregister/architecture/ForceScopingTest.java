package org.nmoregister.architecture;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Force scoping across every way into an order: another force's order does not exist for you, whether you read it
 * (now or as it stood), search for it, change it through the API, or open its page; and what cannot be read leaves
 * no trace on the order. Each check is paired with the same request from the order's own force, so a 404 here
 * means "scoped", not "no such endpoint".
 */
@IntegrationTest
class ForceScopingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister register;
    @Autowired
    UserDetailsService users;

    final Instant made = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    String caseNumber;
    UUID northshireOrder;

    @BeforeEach
    void anOrderInNorthshire() {
        var poc = users.loadUserByUsername("poc.northshire");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(poc, null, poc.getAuthorities()));
        try {
            caseNumber = OrderFixtures.uniqueCaseNumber();
            northshireOrder = register.create(OrderFixtures.withoutNoticeNmo(caseNumber, made), "force scoping test");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anotherForcesOrderIsNotFoundOnTheApi() throws Exception {
        for (String reader : new String[] {"officer.southvale", "poc.southvale", "supervisor.southvale"}) {
            mvc.perform(get("/api/v1/orders/{id}", northshireOrder).param("reason", "INC-1")
                            .with(httpBasic(reader, "demo")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get("/api/v1/orders/{id}", northshireOrder).param("reason", "INC-1")
                            .param("at", made.plusSeconds(60).toString())
                            .with(httpBasic(reader, "demo")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/orders/{id}", northshireOrder).param("reason", "INC-1")
                        .with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void anotherForcesOrderIsNotFoundBySearch() throws Exception {
        mvc.perform(get("/api/v1/orders").param("caseNumber", caseNumber)
                        .with(httpBasic("officer.southvale", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/orders").param("caseNumber", caseNumber)
                        .with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(northshireOrder.toString()));
    }

    @Test
    void anotherForcesOrderCannotBeChangedAndIsLeftUntouched() throws Exception {
        String service = "{\"servedAt\":\"" + made.plus(1, ChronoUnit.HOURS)
                + "\",\"method\":\"PERSONAL\",\"servedBy\":\"PC 99 Southvale\"}";
        mvc.perform(post("/api/v1/orders/{id}/service", northshireOrder).with(httpBasic("officer.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(service))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/orders/{id}/versions", northshireOrder).with(httpBasic("poc.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"DISCHARGE\",\"effectiveFrom\":\"" + made.plus(1, ChronoUnit.DAYS)
                                + "\",\"note\":\"not ours\"}"))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/orders/{id}", northshireOrder).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("PENDING_SERVICE"));
    }

    @Test
    void anotherForcesOrderPageIsNotFound() throws Exception {
        mvc.perform(get("/orders/{id}", northshireOrder).param("reason", "INC-1")
                        .with(user(users.loadUserByUsername("officer.southvale"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/orders/{id}", northshireOrder).param("reason", "INC-1")
                        .with(user(users.loadUserByUsername("officer.northshire"))))
                .andExpect(status().isOk());
    }
}
