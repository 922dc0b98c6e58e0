package org.nmoregister.lookup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nmoregister.platform.web.ToDoList;
import org.nmoregister.platform.web.ToDoSource;
import org.nmoregister.support.SignedIn;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * While the lookup is still being loaded after a restart (the web server already takes requests), a search says that
 * it cannot answer yet: 503 with a time to retry through the API, "not known yet" on the control room's page. It never
 * answers from the part loaded so far, which would say "no order found" for an order not read yet; nor does the
 * control room's to-do list count the orders held from it.
 */
@IntegrationTest
class LookupNotReadyIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    LookupReadModel running;
    @Autowired
    ToDoList toDoList;
    @Autowired
    LookupService lookup;

    @Test
    void untilTheLookupIsLoadedEverySearchSaysItCannotAnswerYet() throws Exception {
        running.built(false);
        try {
            mvc.perform(get("/api/v1/lookup/people").param("name", "Anyone Atall").param("reason", "LOG-1")
                            .with(httpBasic("control.northshire", "demo")))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "30"))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.title").value("Not ready yet"))
                    .andExpect(jsonPath("$.detail").value(containsString("cannot yet say whether an order exists")));
            mvc.perform(get("/api/v1/lookup/places").param("postcode", "LS6 2AB").param("reason", "LOG-1")
                            .with(httpBasic("control.northshire", "demo")))
                    .andExpect(status().isServiceUnavailable());
            mvc.perform(get("/api/v1/lookup/places").param("address", "14 Acacia Avenue, Leeds")
                            .param("reason", "LOG-1").with(httpBasic("control.northshire", "demo")))
                    .andExpect(status().isServiceUnavailable());

            // the page: the verdict's place says "not known yet", and there is no verdict at all
            mvc.perform(get("/lookup").param("q", "Anyone Atall").param("reason", "LOG-1")
                            .with(user(users.loadUserByUsername("control.northshire"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"not-ready\"")))
                    .andExpect(content().string(containsString("Not known yet: the lookup is still loading")))
                    .andExpect(content().string(not(containsString("id=\"verdict\""))));
            mvc.perform(get("/lookup").param("q", "LS6 2AB").param("reason", "LOG-1")
                            .with(user(users.loadUserByUsername("control.northshire"))))
                    .andExpect(content().string(containsString("id=\"not-ready\"")))
                    .andExpect(content().string(not(containsString("id=\"verdict\""))));
            mvc.perform(get("/lookup/held").with(user(users.loadUserByUsername("control.northshire"))))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(containsString("Not ready yet")));

            // the start page's to-do list: the count of orders held is not known yet, said in words, never a number
            // counted from the orders read so far, and no link to the list that cannot answer
            ToDoSource.ToDo held = heldToDo();
            assertThat(held.known()).isFalse();
            assertThat(held.late()).isFalse();
            assertThat(held.notKnownWhy()).contains("still loading");
            String start = startPage();
            assertThat(toDo(start)).contains("Orders held, not yet checked</span>:")
                    .contains("<strong>not known yet</strong>, <span>the lookup is still loading the register after a "
                            + "restart; look again in a minute</span>.")
                    .doesNotContain("href=\"/lookup/held\"").doesNotContain("nmo-todo__count");
        } finally {
            running.built(true);
        }
        // once loaded, the count and its link are back
        ToDoSource.ToDo held = heldToDo();
        assertThat(held.known()).isTrue();
        assertThat(held.count()).isEqualTo(SignedIn.as(users, "control.northshire",
                () -> lookup.heldNotChecked("LOG-1")).size());
        assertThat(toDo(startPage())).contains("href=\"/lookup/held\"")
                .containsPattern("<span class=\"nmo-todo__count\">" + held.count() + "</span>")
                .doesNotContain("not known yet");
        // once loaded, the same search answers
        mvc.perform(get("/api/v1/lookup/people").param("name", "Anyone Atall").param("reason", "LOG-1")
                        .with(httpBasic("control.northshire", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/lookup").param("q", "Anyone Atall").param("reason", "LOG-1")
                        .with(user(users.loadUserByUsername("control.northshire"))))
                .andExpect(content().string(containsString("id=\"verdict\"")))
                .andExpect(content().string(not(containsString("id=\"not-ready\""))));
    }

    private ToDoSource.ToDo heldToDo() {
        return SignedIn.as(users, "control.northshire", () -> toDoList.forSignedInUser()).stream()
                .flatMap(group -> group.items().stream()).filter(item -> item.link().equals("/lookup/held"))
                .findFirst().orElseThrow();
    }

    /** The control room's start page (the lookup with nothing searched for). */
    private String startPage() throws Exception {
        return mvc.perform(get("/lookup").with(user(users.loadUserByUsername("control.northshire"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The to-do list's item for the orders held. */
    private static String toDo(String page) {
        int heading = page.indexOf(">Orders the force holds</h3>");
        assertThat(heading).as("the to-do list's orders held").isPositive();
        return page.substring(heading, page.indexOf("</ul>", heading));
    }
}
