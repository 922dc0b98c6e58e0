package org.nmoregister.lookup;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.DurationKind;
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
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An order binds from service whether or not the force has checked it: the control room finds an order the point of
 * contact has accepted but not yet quality-assured (or cannot, for an ERROR finding) by the respondent's name with
 * and without his date of birth, by the victim's address, on the API and the page, labelled as not yet checked, and
 * labelled normally once it is assured. An unchecked order that has ended is not shown, as an ended checked one is not.
 */
@IntegrationTest
class HeldOrderLookupIntegrationTest {

    static final String NOT_YET_CHECKED = "Held, not yet checked — treat as in force";

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;

    final Instant made = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    /**
     * The respondent's date of birth, drawn for each test: with a date close to the one asked, one matching word of the
     * name is enough to be shown, so a fixed date would let another test's Darren born that day into this test's
     * verdict. Day and month both 12 or under and different, so the date can be given with them swapped.
     */
    final LocalDate born = bornOn(new Random(UUID.randomUUID().getLeastSignificantBits()));

    private static LocalDate bornOn(Random random) {
        int day = 1 + random.nextInt(12);
        int month = 1 + (day + random.nextInt(11)) % 12; // never the day: 1 to 11 months on from it
        return LocalDate.of(1960 + random.nextInt(40), month, day);
    }

    @Test
    void aServedDapoAcceptedButNotYetAssuredIsFoundAndLabelledThenLabelledNormallyOnceAssured() throws Exception {
        String surname = surname();
        String address = houseNumber() + " Acacia Avenue, Leeds LS6 2AB";
        UUID id = dapo(surname, address, List.of(
                new Term(1, "The respondent must not go within 100 metres of " + address + "."),
                new Term(2, "The respondent must notify the police of his name and home address within 3 days of "
                        + "the order being served on him.")), made.plus(1, ChronoUnit.HOURS), made.plus(180,
                ChronoUnit.DAYS));

        // by name, without and with the date of birth (given with day and month swapped on the phone)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> people("Darren " + surname, null)
                .andExpect(jsonPath("$[0].name").value("Darren " + surname))
                .andExpect(jsonPath("$[0].role").value("RESPONDENT")));
        people("Darren " + surname, null)
                .andExpect(jsonPath("$[0].orders[0].id").value(id.toString()))
                .andExpect(jsonPath("$[0].orders[0].banner").value("IN FORCE"))
                .andExpect(jsonPath("$[0].orders[0].checked").value(false))
                .andExpect(jsonPath("$[0].orders[0].checkLabel").value(NOT_YET_CHECKED));
        people(surname + " Darren", LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()))
                .andExpect(jsonPath("$[0].orders[0].id").value(id.toString()))
                .andExpect(jsonPath("$[0].orders[0].checked").value(false));
        // the victim, and a child, by name
        people("Leanne " + surname, null)
                .andExpect(jsonPath("$[0].role").value("APPLICANT"))
                .andExpect(jsonPath("$[0].orders[0].checkLabel").value(NOT_YET_CHECKED));
        // by the victim's address
        places(address)
                .andExpect(jsonPath("$[?(@.orders[0].id == '" + id + "')].addressMatched", hasItem(true)))
                .andExpect(jsonPath("$[?(@.orders[0].id == '" + id + "')].orders[0].checked", hasItem(false)));

        // the page: a verdict first, then the card with the label
        page(surname + " Darren " + born.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), "INC-4410")
                .andExpect(content().string(containsString("Held, not yet checked: 1 order in force")))
                .andExpect(content().string(containsString(NOT_YET_CHECKED)))
                .andExpect(content().string(containsString("OFFICIAL-SENSITIVE")))
                .andExpect(content().string(containsString("INC-4410")));
        page(address, "INC-4410")
                .andExpect(content().string(containsString(NOT_YET_CHECKED)));

        // the notification duty no longer blocks: assured, it is labelled as any other order
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> people("Darren " + surname, null)
                .andExpect(jsonPath("$[0].orders[0].checked").value(true))
                .andExpect(jsonPath("$[0].orders[0].checkLabel").doesNotExist()));
        people("Darren " + surname, null).andExpect(jsonPath("$.length()").value(1));
        page("Darren " + surname, "INC-4411")
                .andExpect(content().string(containsString("Yes: 1 order in force")))
                .andExpect(content().string(not(containsString(NOT_YET_CHECKED))));
    }

    @Test
    void anOrderBlockedByAnErrorFindingIsStillFoundAsNotYetChecked() throws Exception {
        String surname = surname();
        String address = houseNumber() + " Acacia Avenue, Leeds LS6 2AB";
        UUID id = dapo(surname, address, List.of(
                new Term(1, "The respondent must not go near the applicant."),
                new Term(2, "The respondent must not enter " + address + ".")), made.plus(1, ChronoUnit.HOURS),
                made.plus(180, ChronoUnit.DAYS));
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isConflict());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> people("Darren " + surname, null)
                .andExpect(jsonPath("$[0].orders[0].id").value(id.toString()))
                .andExpect(jsonPath("$[0].orders[0].checkLabel").value(NOT_YET_CHECKED)));
        places(address)
                .andExpect(jsonPath("$[?(@.orders[0].id == '" + id + "')].orders[0].checked", hasItem(false)));
    }

    @Test
    void anUnservedUncheckedOrderSaysSoAndAnEndedOneIsNotShown() throws Exception {
        String unserved = surname();
        UUID unservedId = dapo(unserved, houseNumber() + " Acacia Avenue, Leeds LS6 2AB",
                List.of(new Term(1, "The respondent must not contact the applicant.")), null,
                made.plus(180, ChronoUnit.DAYS));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> people("Darren " + unserved, null)
                .andExpect(jsonPath("$[0].orders[0].banner").value("NOT SERVED"))
                .andExpect(jsonPath("$[0].orders[0].checkLabel").value("Held, not yet checked — not yet served")));
        // the card says so; the verdict line counts every order the name matches, and a look-alike name from
        // another test may be among them, so it is checked where this test's own data decides it (VerdictTest)
        page("Darren " + unserved, "INC-4412")
                .andExpect(content().string(containsString(unservedId.toString())))
                .andExpect(content().string(containsString("Held, not yet checked — not yet served")));

        String ended = surname();
        Instant longAgo = Instant.now().minus(400, ChronoUnit.DAYS);
        UUID endedId = as("poc.northshire", () -> orders.create(details(ended, houseNumber()
                        + " Acacia Avenue, Leeds LS6 2AB", List.of(new Term(1, "The respondent must not contact the "
                        + "applicant.")), longAgo, longAgo.plus(1, ChronoUnit.HOURS), longAgo.plus(180,
                        ChronoUnit.DAYS)), null));
        // a later order, recorded after the ended one, is found: by then the ended one would have been too
        String later = surname();
        dapo(later, houseNumber() + " Acacia Avenue, Leeds LS6 2AB",
                List.of(new Term(1, "The respondent must not contact the applicant.")), made, made.plus(9,
                        ChronoUnit.DAYS));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> people("Darren " + later, null)
                .andExpect(jsonPath("$[0].name").value("Darren " + later)));
        people("Darren " + ended, null)
                .andExpect(jsonPath("$[*].orders[*].id", not(hasItem(endedId.toString()))));
        // the ended order is not on the page (a look-alike name from another test may be: names are matched loosely)
        page("Darren " + ended, "INC-4413")
                .andExpect(content().string(not(containsString(endedId.toString()))));
    }

    @Test
    void theLogNumberIsAskedOnceAndKeptForTheShiftAndCarriedIntoReportingABreach() throws Exception {
        String surname = surname();
        UUID id = dapo(surname, houseNumber() + " Acacia Avenue, Leeds LS6 2AB",
                List.of(new Term(1, "The respondent must not contact the applicant.")),
                made.plus(1, ChronoUnit.HOURS), made.plus(180, ChronoUnit.DAYS));
        MockHttpSession shift = new MockHttpSession();
        var controlRoom = user(users.loadUserByUsername("control.northshire"));
        // the start page of the control room is the lookup
        mvc.perform(get("/").with(controlRoom).session(shift))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/lookup"));
        mvc.perform(get("/lookup").param("q", "Darren " + surname).param("reason", "LOG 123/04DEC")
                        .with(controlRoom).session(shift))
                .andExpect(status().isOk());
        // the next search, from the header's box, gives no log number: the shift's is used and shown
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/lookup")
                        .param("q", "Darren " + surname).with(controlRoom).session(shift))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Held, not yet checked: 1 order in force")))
                .andExpect(content().string(containsString("value=\"LOG 123/04DEC\"")))
                .andExpect(content().string(containsString("logNumber=LOG%20123/04DEC"))));
        mvc.perform(get("/api/v1/access-log").param("subjectId", "Darren " + surname)
                        .with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(jsonPath("$[*].reason", hasItem("LOG 123/04DEC")));
        // every page's header has the box, and shows the log number kept
        mvc.perform(get("/breaches").with(controlRoom).session(shift))
                .andExpect(content().string(containsString("id=\"header-q\"")))
                .andExpect(content().string(containsString("Log LOG 123/04DEC")));
        // "report a breach" from the answer: the log number carried, the call-handler the reporter
        mvc.perform(get("/breaches/new").param("orderId", id.toString()).param("logNumber", "LOG 123/04DEC")
                        .with(controlRoom).session(shift))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"LOG 123/04DEC\"")))
                .andExpect(content().string(containsString("<option value=\"CONTROL_ROOM\" selected=\"selected\"")));
    }

    @Test
    void aPostcodeWithManyPlacesGivesOneSummaryNotLookAlikeCards() throws Exception {
        List<String> cases = new java.util.ArrayList<>();
        // six syllables (about 3 million names): with four, two of a run's own names, or one left by an earlier run
        // on the same database, were now and then close enough for the name search to take one for the other
        for (int i = 0; i < 6; i++) {
            String address = houseNumber() + " Acacia Avenue, Leeds LS6 2AB";
            UUID id = dapo(surname(), address, List.of(new Term(1, "The respondent must not go within 50 metres of "
                    + address + ".")), made.plus(1, ChronoUnit.HOURS), made.plus(90, ChronoUnit.DAYS));
            cases.add(as("poc.northshire", () -> orders.current(id)).details().caseNumber());
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var page = page("LS6 2AB", "INC-4414")
                    .andExpect(content().string(containsString("id=\"places-summary\"")))
                    .andExpect(content().string(not(containsString("govuk-summary-card nmo-match\""))))
                    .andExpect(content().string(containsString("Yes: ")));
            for (String caseNumber : cases) {
                page.andExpect(content().string(containsString(caseNumber)));
            }
        });
    }

    private UUID dapo(String surname, String address, List<Term> terms, Instant servedAt, Instant endsAt) {
        return as("poc.northshire", () -> orders.create(details(surname, address, terms, made, servedAt, endsAt),
                null));
    }

    private OrderDetails details(String surname, String address, List<Term> terms, Instant madeAt,
                                 Instant servedAt, Instant endsAt) {
        String[] parts = address.split(", ");
        var applicant = new ProtectedPerson("Leanne " + surname, LocalDate.of(1990, 2, 14), List.of(),
                List.of(new Address(parts[0], null, "Leeds", "LS6 2AB", false)), List.of());
        var child = ProtectedPerson.named("Kayden " + surname, LocalDate.of(2016, 9, 1));
        var respondent = new Respondent("Darren " + surname, born, List.of("Daz " + surname),
                List.of(new Address("3 Mill Lane", null, "Leeds", "LS12 1AA", false)), List.of(), "Slim, tattoos",
                List.of(), new Respondent.OfficerSafety(java.util.Set.of(), null));
        return new OrderDetails("Leeds Magistrates' Court", OrderFixtures.uniqueCaseNumber(), OrderType.DAPO, madeAt,
                false, null, DurationKind.UNTIL_DATE, endsAt, true, applicant, List.of(), List.of(child), respondent,
                Relationship.FORMER_COHABITANT, terms, servedAt == null ? List.of()
                : List.of(new ServiceRecord(servedAt, ServiceMethod.PERSONAL, "PC 5521", null, null)), null, null);
    }

    private ResultActions people(String name, LocalDate dob) throws Exception {
        var request = get("/api/v1/lookup/people").param("name", name).param("reason", "INC-1234")
                .with(httpBasic("control.northshire", "demo"));
        if (dob != null) {
            request.param("dateOfBirth", dob.toString());
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    private ResultActions places(String address) throws Exception {
        return mvc.perform(get("/api/v1/lookup/places").param("address", address).param("reason", "INC-1234")
                .with(httpBasic("control.northshire", "demo"))).andExpect(status().isOk());
    }

    private ResultActions page(String q, String reason) throws Exception {
        return mvc.perform(get("/lookup").param("q", q).param("reason", reason)
                .with(user(users.loadUserByUsername("control.northshire")))).andExpect(status().isOk());
    }

    /** A house number no other test uses in the street, so an address search finds this order's place first. */
    private static String houseNumber() {
        return String.valueOf(200 + new Random().nextInt(9000));
    }

    /** A surname no other test uses, pronounceable so that the matching is exercised as on a real name. */
    private static String surname() {
        String[] syllables = {"ka", "lo", "mer", "dun", "ri", "vel", "sto", "ban", "tor", "quin", "haw", "zel"};
        Random random = new Random(UUID.randomUUID().getMostSignificantBits());
        StringBuilder name = new StringBuilder();
        // six syllables (about 3 million names): with four, two of a run's own names, or one left by an earlier run
        // on the same database, were now and then close enough for the name search to take one for the other
        for (int i = 0; i < 6; i++) {
            name.append(syllables[random.nextInt(syllables.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return org.nmoregister.support.SignedIn.as(users, username, work);
    }
}
