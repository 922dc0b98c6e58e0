package org.nmoregister.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.Term;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The quality-assurance pages: findings beside the structured terms, blocked assurance, override, liaison. */
@IntegrationTest
class QualityPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;

    @Test
    void thePointOfContactIsBlockedByErrorsAndASupervisorOverridesOnThePage() throws Exception {
        UUID id = vagueOrder();
        var poc = users.loadUserByUsername("poc.northshire");
        var supervisor = users.loadUserByUsername("supervisor.northshire");

        mvc.perform(get("/orders/{id}/quality", id).with(user(poc)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Prohibition too vague to enforce")))
                .andExpect(content().string(containsString("must not molest")))
                .andExpect(content().string(containsString("Waiting for quality check")));
        mvc.perform(post("/orders/{id}/quality/assure", id).with(user(poc)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("error finding")));
        assertThat(onSomePage("/quality?show=blocked", poc, id.toString()))
                .as("the order is listed among those an error blocks").isTrue();

        mvc.perform(post("/orders/{id}/quality/liaison", id).with(user(poc)).with(csrf())
                        .param("kind", "CLARIFY_WORDING").param("note", "").param("dueAt", ""))
                .andExpect(redirectedUrl("/orders/" + id + "/quality"));
        mvc.perform(get("/orders/{id}/quality", id).with(user(poc)))
                .andExpect(content().string(containsString("Queried with the court")))
                .andExpect(content().string(containsString("Clarification of the wording")));

        mvc.perform(post("/orders/{id}/quality/assure", id).with(user(supervisor)).with(csrf())
                        .param("overrideReason", "Clarification requested; the terms bind as made until the court answers"))
                .andExpect(redirectedUrl("/orders/" + id + "/quality"));
        mvc.perform(get("/orders/{id}/quality", id).with(user(supervisor)))
                .andExpect(content().string(containsString(">Checked</strong>")))
                .andExpect(content().string(containsString("Clarification requested; the terms bind")));
        mvc.perform(get("/orders/{id}", id).with(user(poc)))
                .andExpect(content().string(containsString("Quality assurance of this version: <strong>checked</strong>")));
    }

    @Test
    void officersCannotReachQualityAssurance() throws Exception {
        UUID id = vagueOrder();
        mvc.perform(get("/orders/{id}/quality", id).with(user(users.loadUserByUsername("officer.northshire"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/orders/{id}/quality", id).with(user(users.loadUserByUsername("poc.southvale"))))
                .andExpect(status().isNotFound());
    }

    private UUID vagueOrder() {
        return SignedIn.as(users, "poc.northshire", () -> {
            Instant made = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            OrderDetails base = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made);
            return orders.create(new OrderDetails(base.court(), base.caseNumber(), base.orderType(), made, true,
                    base.returnHearing(), base.duration(), base.endsAt(), true, base.applicant(), List.of(),
                    base.children(), base.respondent(), base.relationship(),
                    List.of(new Term(1, "The respondent must not molest the applicant.")), List.of(), null, null),
                    null);
        });
    }

    private boolean onSomePage(String list, org.springframework.security.core.userdetails.UserDetails who,
                               String text) throws Exception {
        return org.nmoregister.support.ListPages.pageShowing(mvc, list, user(who), text) != null;
    }
}
