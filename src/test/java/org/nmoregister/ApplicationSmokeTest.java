package org.nmoregister;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApplicationSmokeTest {

    @Autowired
    MockMvc mvc;

    @Test
    void signInPageListsDemoAccounts() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("poc.northshire")));
    }

    @Test
    void demoAccountSignsIn() throws Exception {
        mvc.perform(formLogin("/login").user("poc.northshire").password("demo"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("poc.northshire").password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void apiWithoutCredentialsIs401ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/orders")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
