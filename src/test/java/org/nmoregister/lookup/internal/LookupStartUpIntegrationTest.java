package org.nmoregister.lookup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.flags.MarkerDirectory;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderChanges;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.people.PersonQuery;
import org.nmoregister.places.Gazetteer;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.SystemActions;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lookup built from scratch, as at start-up, reads the orders in batches: a live order never marked is held as
 * not yet checked (in either force, under its own), an ended one is never held, and a checked order is held under
 * its real markers. A fresh model is built beside the application's, so the running one is left as it is.
 */
@IntegrationTest
class LookupStartUpIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    MarkerDirectory markers;
    @Autowired
    OrderChanges orderChanges;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    SystemActions system;
    @Autowired
    Clock clock;
    @Autowired
    Confidentiality confidentiality;
    @Autowired
    ForceDirectory forces;
    @Autowired
    LookupReadModel running;

    @Test
    void startUpHoldsLiveUncheckedOrdersOfEveryForceAndNoEndedOne() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String liveName = "Startlive" + suffix();
        String endedName = "Startended" + suffix();
        String checkedName = "Startchecked" + suffix();
        String southName = "Startsouth" + suffix();
        UUID live = create("poc.northshire", details(liveName, now.minus(2, ChronoUnit.HOURS),
                now.minus(1, ChronoUnit.HOURS), now.plus(90, ChronoUnit.DAYS)));
        UUID unserved = create("poc.northshire", details(liveName + "x", now.minus(2, ChronoUnit.HOURS), null,
                now.plus(90, ChronoUnit.DAYS)));
        Instant longAgo = now.minus(400, ChronoUnit.DAYS);
        UUID ended = create("poc.northshire", details(endedName, longAgo, longAgo.plus(1, ChronoUnit.HOURS),
                longAgo.plus(180, ChronoUnit.DAYS)));
        UUID south = create("poc.southvale", details(southName, now.minus(2, ChronoUnit.HOURS),
                now.minus(1, ChronoUnit.HOURS), now.plus(90, ChronoUnit.DAYS)));
        UUID checked = create("poc.northshire", details(checkedName, now.minus(2, ChronoUnit.HOURS),
                now.minus(1, ChronoUnit.HOURS), now.plus(90, ChronoUnit.DAYS)));
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", checked).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> running.held(checked).map(h -> h.checked())
                .orElse(false));

        LookupReadModel model = new LookupReadModel(markers, orderChanges, orders, gazetteer, system, clock,
                confidentiality);
        model.build();

        UUID northshire = forces.byCode("northshire").orElseThrow().id();
        UUID southvale = forces.byCode("southvale").orElseThrow().id();
        assertThat(model.held(live)).hasValueSatisfying(h -> {
            assertThat(h.checked()).isFalse();
            assertThat(h.card().forceId()).isEqualTo(northshire);
            assertThat(h.card().restrictions()).isNotEmpty();
        });
        assertThat(model.held(unserved)).hasValueSatisfying(h -> assertThat(h.checked()).isFalse());
        assertThat(model.held(ended)).isEmpty();
        assertThat(model.held(south)).hasValueSatisfying(h -> assertThat(h.card().forceId()).isEqualTo(southvale));
        assertThat(model.held(checked)).hasValueSatisfying(h -> assertThat(h.checked()).isTrue());
        assertThat(model.heldNotChecked(northshire, clock.instant()).stream().map(h -> h.card().orderId()))
                .contains(live, unserved).doesNotContain(ended, checked, south);

        // found by name in its own force's index, under its planned markers and its real ones
        assertThat(orderIds(model, northshire, "Darren " + liveName)).contains(live);
        assertThat(orderIds(model, northshire, "Darren " + checkedName)).contains(checked);
        assertThat(orderIds(model, southvale, "Darren " + southName)).contains(south);
        assertThat(orderIds(model, northshire, "Darren " + endedName)).doesNotContain(ended);
    }

    private static List<UUID> orderIds(LookupReadModel model, UUID forceId, String name) {
        return model.force(forceId).people.searchDisplayable(new PersonQuery(name, null)).stream()
                .map(m -> m.person().payload().orderId()).toList();
    }

    private UUID create(String username, OrderDetails details) {
        return SignedIn.as(users, username, () -> orders.create(details, null));
    }

    private static String suffix() {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        StringBuilder s = new StringBuilder();
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 8; i++) {
            s.append(letters.charAt(random.nextInt(letters.length())));
        }
        return s.toString();
    }

    private static OrderDetails details(String surname, Instant madeAt, Instant servedAt, Instant endsAt) {
        String address = (200 + new java.util.Random().nextInt(9000)) + " Acacia Avenue";
        var applicant = new ProtectedPerson("Leanne " + surname, LocalDate.of(1990, 2, 14), List.of(),
                List.of(new Address(address, null, "Leeds", "LS6 2AB", false)), List.of());
        var respondent = new Respondent("Darren " + surname, LocalDate.of(1986, 11, 7), List.of(),
                List.of(new Address("3 Mill Lane", null, "Leeds", "LS12 1AA", false)), List.of(), "Slim",
                List.of(), new Respondent.OfficerSafety(java.util.Set.of(), null));
        List<Term> terms = List.of(new Term(1, "The respondent must not contact the applicant."),
                new Term(2, "The respondent must not go within 100 metres of " + address + ", Leeds LS6 2AB."));
        return new OrderDetails("Leeds Magistrates' Court", OrderFixtures.uniqueCaseNumber(), OrderType.DAPO, madeAt,
                false, null, DurationKind.UNTIL_DATE, endsAt, true, applicant, List.of(), List.of(), respondent,
                Relationship.FORMER_COHABITANT, terms, servedAt == null ? List.of()
                : List.of(new ServiceRecord(servedAt, ServiceMethod.PERSONAL, "PC 5521", null, null)), null, null);
    }
}
