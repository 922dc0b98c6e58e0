package org.nmoregister.lookup;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
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
import java.util.function.Supplier;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The control room finds a quality-assured order from a variant of a name or from a postcode within moments of its
 * assurance, sees its service as soon as it is recorded, and only ever within its own force and with a reason.
 */
@IntegrationTest
class LookupIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;

    final Instant made = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aVariantOfTheNameFindsTheRespondentOnceTheOrderIsAssuredAndServiceShowsAtOnce() throws Exception {
        String surname = surname();
        UUID id = create(surname, LocalDate.of(1985, 3, 4));

        // held from the moment it is recorded, not yet checked (HeldOrderLookupIntegrationTest goes further)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> people("Bill " + surname, null)
                .andExpect(jsonPath("$[0].name").value("William " + surname))
                .andExpect(jsonPath("$[0].orders[0].checked").value(false)));
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> people("Bill " + surname, null)
                .andExpect(jsonPath("$[0].role").value("RESPONDENT"))
                .andExpect(jsonPath("$[0].name").value("William " + surname))
                .andExpect(jsonPath("$[0].orders[0].checked").value(true)));
        people(surname + ", William", LocalDate.of(1985, 4, 3))
                .andExpect(jsonPath("$[0].name").value("William " + surname))
                .andExpect(jsonPath("$[0].orders[0].id").value(id.toString()))
                .andExpect(jsonPath("$[0].orders[0].banner").value("NOT SERVED"))
                .andExpect(jsonPath("$[0].orders[0].officerSafety", hasItem("VIOLENCE")));
        people("Peggy " + surname.substring(0, surname.length() - 1) + "e", null)
                .andExpect(jsonPath("$[*].role", hasItem("APPLICANT")));

        as("officer.northshire", () -> orders.recordService(id,
                new ServiceRecord(made.plus(1, ChronoUnit.HOURS), ServiceMethod.PERSONAL, "PC 4417", null, null)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> people("William " + surname, null)
                .andExpect(jsonPath("$[0].orders[0].banner").value("IN FORCE")));

        mvc.perform(get("/api/v1/lookup/people").param("name", "William " + surname).param("reason", "LOG-1")
                        .with(httpBasic("control.southvale", "demo")))
                // another force sees only the existence card (CrossForceLookupIntegrationTest goes further)
                .andExpect(jsonPath("$[*].heldByAnotherForce", Matchers.everyItem(Matchers.is(true))))
                .andExpect(jsonPath("$[*].orders[*]").isEmpty());
        mvc.perform(get("/api/v1/access-log").param("subjectId", "William " + surname)
                        .with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(jsonPath("$[*].reason", hasItem("INC-20261122-0001")));
    }

    @Test
    void aPostcodeFindsTheExclusionZoneWithTheDistanceAndWithholdsAConfidentialAddress() throws Exception {
        String surname = surname();
        UUID id = create(surname, LocalDate.of(1979, 11, 30));
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/v1/lookup/places")
                        .param("postcode", "ls62ab").param("reason", "INC-7")
                        .with(httpBasic("control.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.orders[0].id == '" + id + "')].inside", hasItem(true))));
        mvc.perform(get("/api/v1/lookup/places").param("postcode", "LS6 2AB").param("reason", "INC-7")
                        .with(httpBasic("control.northshire", "demo")))
                .andExpect(jsonPath("$[?(@.orders[0].id == '" + id + "')].address",
                        hasItem("Withheld (C8 confidential)")));
        // 150 m north of the place: outside its 100-metre zone, but near.
        mvc.perform(get("/api/v1/lookup/places").param("latitude", "53.82055").param("longitude", "-1.5765")
                        .param("radiusMetres", "500").param("reason", "INC-8")
                        .with(httpBasic("control.northshire", "demo")))
                .andExpect(jsonPath("$[?(@.orders[0].id == '" + id + "')].inside", hasItem(false)))
                .andExpect(jsonPath("$[?(@.orders[0].id == '" + id + "')].distanceMetres",
                        hasItem(Matchers.closeTo(150.0, 5.0))));
    }

    @Test
    void anAddressAsTypedFindsThePlaceRecordedAtItAndTheZonesAroundIt() throws Exception {
        String surname = surname();
        // a house of its own: other tests' orders protect 14 Acacia Avenue, and a test must not depend on them
        int house = 100 + new Random().nextInt(800);
        UUID id = create(surname, LocalDate.of(1981, 6, 2), house + " Acacia Avenue");
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
        // abbreviated, lower case, with a typing error and no postcode
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/v1/lookup/places")
                        .param("address", house + " acacia ave, leeeds").param("reason", "INC-9")
                        .with(httpBasic("control.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.orders[0].id == '" + id + "')].addressMatched", hasItem(true)))
                .andExpect(jsonPath("$[?(@.orders[0].id == '" + id + "')].inside", hasItem(true))));
        // another house in the street, with its postcode: the zone is found from the postcode, not as its address
        mvc.perform(get("/api/v1/lookup/places").param("address", "41 Acacia Avenue, Leeds LS6 2AB")
                        .param("reason", "INC-9").with(httpBasic("control.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.orders[0].id == '" + id + "')].addressMatched", hasItem(false)));
        // another house with no postcode cannot be put on the map: said, not answered "nothing found"
        mvc.perform(get("/api/v1/lookup/places").param("address", "41 Acacia Avenue, Leeds").param("reason", "INC-9")
                        .with(httpBasic("control.northshire", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("address"))
                .andExpect(jsonPath("$.errors[0].reason", Matchers.containsString("add the postcode")));
        // the control-room box takes the address as typed
        mvc.perform(get("/lookup").param("q", house + " Acacia Avenue, Leeds").param("reason", "INC-9")
                        .with(user(users.loadUserByUsername("control.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Recorded address matches")));
        // on the page that is an answer ("no order found", and what would take the search further), and logged
        mvc.perform(get("/lookup").param("q", "41 Acacia Avenue, Leeds").param("reason", "INC-10")
                        .with(user(users.loadUserByUsername("control.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No order found")))
                .andExpect(content().string(Matchers.containsString("add the postcode")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("There is a problem"))));
        mvc.perform(get("/api/v1/access-log").param("subjectId", "41 Acacia Avenue, Leeds")
                        .with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(jsonPath("$[*].reason", hasItem("INC-10")));
        // a street without a number, in which no one has the name typed, is tried as an address
        mvc.perform(get("/lookup").param("q", "Acacia Avenue, Leeds").param("reason", "INC-9")
                        .with(user(users.loadUserByUsername("control.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Recorded address matches")));
        mvc.perform(get("/api/v1/access-log").param("subjectId", house + " acacia ave, leeeds")
                        .with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(jsonPath("$[*].reason", hasItem("INC-9")));
    }

    @Test
    void everyLookupNeedsAReasonAndSaysWhatIsWrong() throws Exception {
        mvc.perform(get("/api/v1/lookup/people").param("name", "John Smith")
                        .with(httpBasic("control.northshire", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(get("/api/v1/lookup/places").param("postcode", "not a postcode").param("reason", "INC-20261122-0001")
                        .with(httpBasic("control.northshire", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("postcode"));
        mvc.perform(get("/api/v1/lookup/people").param("name", "John Smith").param("reason", "INC-20261122-0001"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/lookup").param("q", "John Smith")
                        .with(user(users.loadUserByUsername("control.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("reason for this lookup")));
    }

    private org.springframework.test.web.servlet.ResultActions people(String name, LocalDate dob) throws Exception {
        var request = get("/api/v1/lookup/people").param("name", name).param("reason", "INC-20261122-0001")
                .with(httpBasic("control.northshire", "demo"));
        if (dob != null) {
            request.param("dateOfBirth", dob.toString());
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    private UUID create(String surname, LocalDate respondentDob) {
        return create(surname, respondentDob, "14 Acacia Avenue");
    }

    /** An order protecting Margaret at {@code home} in LS6 2AB, with a 100-metre zone around it. */
    private UUID create(String surname, LocalDate respondentDob, String home) {
        OrderDetails base = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made);
        var respondent = new Respondent("William " + surname, respondentDob, List.of("Billy " + surname),
                base.respondent().addresses(), List.of(), "Tall, beard", List.of(), base.respondent().officerSafety());
        var applicant = new ProtectedPerson("Margaret " + surname, LocalDate.of(1987, 6, 1), List.of(),
                List.of(new Address(home, null, "Leeds", "LS6 2AB", true)), List.of());
        OrderDetails details = new OrderDetails(base.court(), base.caseNumber(), base.orderType(), made, true,
                base.returnHearing(), DurationKind.UNTIL_FURTHER_ORDER, null, true, applicant, List.of(), List.of(),
                respondent, base.relationship(),
                List.of(new Term(1, "The respondent must not use or threaten violence against the applicant, and must "
                                + "not instruct, encourage or in any way suggest that any other person should do so."),
                        new Term(2, "The respondent must not go within 100 metres of " + home + ", Leeds LS6 2AB.")),
                List.of(), null, null);
        return as("poc.northshire", () -> orders.create(details, null));
    }

    /** A surname no other test uses, pronounceable so that the matching is exercised as on a real name. */
    private static String surname() {
        String[] syllables = {"ka", "lo", "mer", "dun", "ri", "vel", "sto", "ban", "tor", "quin", "haw", "zel"};
        Random random = new Random(UUID.randomUUID().getMostSignificantBits());
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            name.append(syllables[random.nextInt(syllables.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return org.nmoregister.support.SignedIn.as(users, username, work);
    }
}
