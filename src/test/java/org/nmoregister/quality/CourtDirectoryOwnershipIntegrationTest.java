package org.nmoregister.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The court directory is national: one force's point of contact cannot change where another force's liaison letters
 * go; administrators keep it, with a reason, and every change is in the access log.
 */
@IntegrationTest
class CourtDirectoryOwnershipIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private String addCourt() throws Exception {
        String name = "Ownership Family Court " + UUID.randomUUID().toString().substring(0, 8);
        String body = mvc.perform(post("/api/v1/courts").with(httpBasic("admin.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"email\":\"listing@ownership.court.example\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String email(String id) {
        return jdbc.queryForObject("select email from court where id = ?::uuid", String.class, id);
    }

    @Test
    void aPointOfContactOfAnyForceCannotChangeACourtsEmail() throws Exception {
        String id = addCourt();
        for (String account : new String[] {"poc.southvale", "poc.northshire", "supervisor.southvale"}) {
            mvc.perform(put("/api/v1/courts/{id}", id).with(httpBasic(account, "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"Hijacked\",\"email\":\"attacker@example.com\",\"reason\":\"INC-1\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/courts").with(user(users.loadUserByUsername("poc.southvale"))).with(csrf())
                        .param("id", id).param("name", "Hijacked").param("email", "attacker@example.com"))
                .andExpect(status().isForbidden());
        assertThat(email(id)).isEqualTo("listing@ownership.court.example");
    }

    @Test
    void anAdministratorsChangeNeedsAReasonAndIsLoggedWithWhatChanged() throws Exception {
        String id = addCourt();
        String name = jdbc.queryForObject("select name from court where id = ?::uuid", String.class, id);
        mvc.perform(put("/api/v1/courts/{id}", id).with(httpBasic("admin.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"email\":\"family@ownership.court.example\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(email(id)).isEqualTo("listing@ownership.court.example");

        mvc.perform(put("/api/v1/courts/{id}", id).with(httpBasic("admin.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"email\":\"family@ownership.court.example\","
                                + "\"reason\":\"Court's letter of 3 December gives its new listing address\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("family@ownership.court.example"));

        var entries = jdbc.queryForList("select username, force_code, action, reason, detail from access_log "
                + "where subject_type = 'court' and subject_id = ? order by at", id);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("detail").toString()).startsWith("Court added");
        var change = entries.get(1);
        assertThat(change.get("username")).isEqualTo("admin.southvale");
        assertThat(change.get("force_code")).isEqualTo("southvale");
        assertThat(change.get("action")).isEqualTo("CHANGE");
        assertThat(change.get("reason")).isEqualTo("Court's letter of 3 December gives its new listing address");
        assertThat(change.get("detail").toString())
                .contains("e-mail 'listing@ownership.court.example' -> 'family@ownership.court.example'")
                .doesNotContain("telephone");
    }
}
