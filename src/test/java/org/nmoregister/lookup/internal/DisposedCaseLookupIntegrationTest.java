package org.nmoregister.lookup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.Respondent;
import org.nmoregister.people.PersonQuery;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15, disposal: the lookup's in-memory copy is a store of personal data too. A case disposed of on another
 * instance (seen here only as the disposal record that instance committed) leaves this instance's copy within
 * seconds: its card, its people in the national index, and so the control room's answer in either force.
 */
@IntegrationTest
class DisposedCaseLookupIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LookupReadModel running;

    @Test
    void aCaseDisposedOfOnAnotherInstanceLeavesThisInstancesCopy() throws Exception {
        String name = "Darren Disposal" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        Instant made = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        OrderDetails fixture = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made);
        Respondent r = fixture.respondent();
        OrderDetails details = new OrderDetails(fixture.court(), fixture.caseNumber(), fixture.orderType(),
                fixture.madeAt(), fixture.withoutNotice(), fixture.returnHearing(), fixture.duration(),
                fixture.endsAt(), fixture.penalNotice(), fixture.applicant(), fixture.otherProtectedPersons(),
                fixture.children(), new Respondent(name, r.dateOfBirth(), List.of(), r.addresses(), r.contacts(),
                r.description(), r.vehicles(), r.officerSafety()), fixture.relationship(), fixture.terms(),
                fixture.service(), null, null);
        UUID orderId = SignedIn.as(users, "poc.northshire", () -> orders.create(details, "disposal lookup test"));
        UUID northshire = jdbc.queryForObject("select id from force where code = 'northshire'", UUID.class);

        // held in the copy: its card, and its respondent in the national index; found by both control rooms
        await().atMost(Duration.ofSeconds(20)).until(() -> running.card(orderId).isPresent()
                && orderIds(name).contains(orderId));
        assertThat(lookup("control.northshire", name)).contains(orderId.toString());
        assertThat(lookup("control.southvale", name)).contains(orderId.toString());

        jdbc.update("insert into disposal_record (id, force_id, order_id, case_label, reason, authorised_by, "
                + "disposed_at) values (?, ?, ?, 'Test court, NMO, 2026', 'Disposed of on another instance', "
                + "'supervisor.northshire', now())", UUID.randomUUID(), northshire, orderId);
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> running.card(orderId).isEmpty()
                    && running.held(orderId).isEmpty() && !orderIds(name).contains(orderId));
            assertThat(lookup("control.northshire", name)).doesNotContain(orderId.toString());
            assertThat(lookup("control.southvale", name)).doesNotContain(orderId.toString());
        } finally {
            jdbc.update("delete from disposal_record where order_id = ?", orderId);
        }
    }

    private List<UUID> orderIds(String name) {
        return running.people().searchDisplayable(new PersonQuery(name, null), ref -> true).stream()
                .map(m -> m.person().payload().orderId()).toList();
    }

    private String lookup(String account, String name) throws Exception {
        return mvc.perform(get("/api/v1/lookup/people").param("name", name).param("reason", "INC-20261205-0001")
                .with(httpBasic(account, "demo"))).andReturn().getResponse().getContentAsString();
    }
}
