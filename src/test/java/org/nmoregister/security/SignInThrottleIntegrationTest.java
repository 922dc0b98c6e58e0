package org.nmoregister.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password guessing is stopped per account and per address, for the form and HTTP Basic, without telling a guesser
 * which accounts exist; an administrator lifts a lock, and the access log records it.
 */
@IntegrationTest
class SignInThrottleIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    /** A force account of its own for each test, so locking it disturbs no other test. */
    private String newAccount(String force) {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8) + "." + force;
        accounts.ensureUser(username, "Throttle test", force, "right-password", Set.of(Role.OFFICER));
        return username;
    }

    /** A client address of the documentation range, different for each test. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        var random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(
            String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
    }

    private int basicStatus(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/v1/sentencing/breach-of-protective-order").with(httpBasic(username, password))
                .with(from(address))).andReturn().getResponse().getStatus();
    }

    @Test
    void thirtyWrongPasswordsThenTheRightOneIsRefusedOverHttpBasic() throws Exception {
        String username = newAccount("northshire");
        String address = newAddress();
        assertThat(basicStatus(username, "right-password", address)).isNotIn(401, 429);
        for (int i = 0; i < 30; i++) {
            assertThat(basicStatus(username, "guess-" + i, address)).as("guess " + i).isIn(401, 429);
        }
        mvc.perform(get("/api/v1/sentencing/breach-of-protective-order").with(httpBasic(username, "right-password"))
                        .with(from(newAddress())))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Too many failed sign-ins")));
    }

    @Test
    void theFormLocksTooAndSaysTheSameForAnAccountThatDoesNotExist() throws Exception {
        String real = newAccount("northshire");
        String invented = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + ".northshire";
        for (String username : new String[] {real, invented}) {
            String address = newAddress();
            for (int i = 0; i < 5; i++) {
                mvc.perform(signIn(username, "guess-" + i, address))
                        .andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(signIn(username, "right-password", newAddress()))
                    .andExpect(redirectedUrl("/login?locked"));
        }
        mvc.perform(get("/login").param("locked", "")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Too many failed sign-ins")));
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedForEveryAccount() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            basicStatus("sprayed-" + i + "-" + UUID.randomUUID().toString().substring(0, 6), "password1", address);
        }
        String untouched = newAccount("northshire");
        assertThat(basicStatus(untouched, "right-password", address)).isEqualTo(429);
        assertThat(basicStatus(untouched, "right-password", newAddress())).isNotIn(401, 429);
    }

    @Test
    void anAdministratorOfTheAccountsForceUnlocksItWithAReasonAndTheAccessLogSaysSo() throws Exception {
        String username = newAccount("northshire");
        for (int i = 0; i < 5; i++) {
            basicStatus(username, "guess-" + i, newAddress());
        }
        assertThat(basicStatus(username, "right-password", newAddress())).isEqualTo(429);

        mvc.perform(get("/api/v1/sign-in-locks").with(httpBasic("admin.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.account == '" + username + "')]").isNotEmpty());
        mvc.perform(get("/api/v1/sign-in-locks").with(httpBasic("admin.southvale", "demo")))
                .andExpect(jsonPath("$[?(@.account == '" + username + "')]").isEmpty());
        String body = "{\"account\":\"" + username + "\",\"reason\":\"Identified on the phone, call ref LOG 4411\"}";
        mvc.perform(post("/api/v1/sign-in-locks/unlock").with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sign-in-locks/unlock").with(httpBasic("admin.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/sign-in-locks/unlock").with(httpBasic("admin.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"account\":\"" + username + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(basicStatus(username, "right-password", newAddress())).as("still locked").isEqualTo(429);

        mvc.perform(post("/api/v1/sign-in-locks/unlock").with(httpBasic("admin.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        assertThat(basicStatus(username, "right-password", newAddress())).isNotIn(401, 429);
        assertThat(jdbc.queryForList("select username || ' ' || action || ' ' || reason from access_log "
                + "where subject_type = 'sign-in' and subject_id = ?", String.class, "account:" + username))
                .containsExactly("admin.northshire CHANGE Identified on the phone, call ref LOG 4411");
    }
}
