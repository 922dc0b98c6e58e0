package org.nmoregister.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The DASH form, the assessment page with its safety-plan prompt, and the navigation link. */
@IntegrationTest
@Import(RiskTestConfiguration.class)
class RiskPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RiskAssessments risk;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    MockHttpServletRequestBuilder dash(UUID id, Map<String, String> answers, String action) {
        var request = post("/risk/assessments/{id}/dash", id).with(user(as("officer.northshire"))).with(csrf())
                .param("action", action);
        answers.forEach((q, a) -> request.param("answers." + q, a));
        return request;
    }

    @Test
    void theDashFormIsCheckedScoredAndCompletedAndTheSafetyPlanPromptStaysUntilReviewed() throws Exception {
        UUID id = SignedIn.as(users, "officer.northshire", () -> risk.open(RiskFixtures.breach("Grace O'Neill", 1)));

        mvc.perform(get("/risk/assessments/{id}", id).with(user(as("officer.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A breach may indicate increased risk: review the victim's safety plan")))
                .andExpect(content().string(containsString("Complete the DASH checklist")))
                .andExpect(content().string(containsString("Repeat breach: escalated")));
        mvc.perform(get("/risk/assessments/{id}/dash", id).with(user(as("officer.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Children and dependants")))
                .andExpect(content().string(containsString("27. Do you know if the abuser has ever been in trouble with the police")))
                .andExpect(content().string(containsString("name=\"answers.q27\" value=\"NOT_KNOWN\"")))
                .andExpect(content().string(containsString("Not known")));

        Map<String, String> partial = RiskFixtures.answers(14);
        partial.remove("q9");
        mvc.perform(dash(id, partial, "complete"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Question 9 needs an answer")));
        mvc.perform(dash(id, RiskFixtures.answers(14), "check"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("14 yes; MARAC referral required (not yet saved)")));
        assertThat(jdbc.queryForObject("select completed_at is null from risk_assessment where id = ?", Boolean.class, id))
                .isTrue();
        mvc.perform(dash(id, RiskFixtures.answers(14), "complete").param("overrideLevel", "MEDIUM"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reason is required: professional judgement must be explained")));

        mvc.perform(dash(id, RiskFixtures.answers(14), "complete"))
                .andExpect(redirectedUrl("/risk/assessments/" + id));
        mvc.perform(get("/risk/assessments/{id}", id).with(user(as("safeguarding.northshire"))))
                .andExpect(content().string(containsString("14 yes out of 27")))
                .andExpect(content().string(containsString(">High<")))
                .andExpect(content().string(containsString("Referral required")))
                .andExpect(content().string(containsString("Record the MARAC referral")))
                .andExpect(content().string(not(containsString("Complete the DASH checklist"))));

        mvc.perform(post("/risk/assessments/{id}/safety-plan-review", id).with(user(as("officer.northshire"))).with(csrf())
                        .param("note", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Note is required: say what the review found or changed")));
        mvc.perform(post("/risk/assessments/{id}/safety-plan-review", id).with(user(as("officer.northshire"))).with(csrf())
                        .param("note", "Panic alarm fitted"))
                .andExpect(redirectedUrl("/risk/assessments/" + id));
        mvc.perform(post("/risk/assessments/{id}/marac-referral", id).with(user(as("supervisor.northshire"))).with(csrf())
                        .param("note", "MARAC 14/12"))
                .andExpect(redirectedUrl("/risk/assessments/" + id));
        mvc.perform(get("/risk/assessments/{id}", id).with(user(as("officer.northshire"))))
                .andExpect(content().string(not(containsString("review the victim's safety plan"))))
                .andExpect(content().string(containsString("Panic alarm fitted")))
                .andExpect(content().string(containsString("MARAC 14/12")));
        mvc.perform(get("/risk/assessments").with(user(as("poc.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grace O&#39;Neill")));
    }

    @Test
    void pagesAreForTheirRolesAndTheirForce() throws Exception {
        UUID id = SignedIn.as(users, "officer.northshire", () -> risk.open(RiskFixtures.breach("Mia Clarke", 0)));
        mvc.perform(get("/risk/assessments/{id}/dash", id).with(user(as("analyst.northshire"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/risk/assessments/{id}", id).with(user(as("analyst.northshire"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/risk/assessments/{id}", id).with(user(as("control.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Complete the DASH checklist"))));
        mvc.perform(get("/risk/assessments/{id}", id).with(user(as("officer.southvale"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/risk/assessments/{id}/dash", id).with(user(as("officer.southvale"))))
                .andExpect(status().isNotFound());

        mvc.perform(get("/risk/assessments").with(user(as("supervisor.northshire"))))
                .andExpect(content().string(containsString("href=\"/risk/meeting\"")));
        mvc.perform(get("/risk/assessments").with(user(as("officer.northshire"))))
                .andExpect(content().string(not(containsString("href=\"/risk/meeting\""))));
    }
}
