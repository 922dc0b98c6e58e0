package org.nmoregister.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.ContactDetail;
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
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Victim contact on PostgreSQL, end to end: an order assured through the API makes one contact per protected adult
 * (none for the child), once however often the event is handled; the safeguarding unit reads the script, records the
 * safe contact details, attempts and the outcome, and produces the letter only for a safe route that carries one;
 * a variation and a discharge make new contacts that say what changed or that the order ended. Every view, change
 * and letter is in the access log; the safe details never reach the task's history.
 */
@IntegrationTest
class VictimContactIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    static final String SAFEGUARDING = "safeguarding.northshire";
    final Instant made = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    OrderDetails order(String tag, List<Term> terms) {
        ProtectedPerson applicant = new ProtectedPerson("Jane Wrenfield" + tag, LocalDate.of(1990, 5, 1), List.of(),
                List.of(new Address("14 Acacia Avenue", null, "Leeds", "LS6 2AB", true)),
                List.of(new ContactDetail(ContactDetail.Kind.PHONE, "07700 900123", true)));
        ProtectedPerson mother = ProtectedPerson.named("Susan Hartley" + tag, LocalDate.of(1960, 2, 2));
        ProtectedPerson lodger = ProtectedPerson.named("Pat Lodgeworth" + tag, null);
        ProtectedPerson child = ProtectedPerson.named("Amy Wrenfield" + tag, LocalDate.of(2015, 3, 3));
        return new OrderDetails("Leeds Family Court", OrderFixtures.uniqueCaseNumber(), OrderType.NMO, made, false,
                null, DurationKind.UNTIL_DATE, made.plus(180, ChronoUnit.DAYS), true, applicant,
                List.of(mother, lodger), List.of(child),
                new Respondent("John Wrenfield" + tag, LocalDate.of(1988, 4, 12), List.of(), List.of(), List.of(), null,
                        List.of(), null),
                Relationship.FORMER_SPOUSE, terms,
                List.of(new ServiceRecord(made.plus(1, ChronoUnit.HOURS), ServiceMethod.PERSONAL, "PC 1", null,
                        null)), null, null);
    }

    static final List<Term> TERMS = List.of(
            new Term(1, "The respondent must not use or threaten violence against the applicant, and must not "
                    + "instruct, encourage or in any way suggest that any other person should do so."),
            new Term(2, "The respondent must not telephone, text, email or otherwise contact or attempt to contact "
                    + "the applicant, save through her solicitors, and must not instruct, encourage or in any way "
                    + "suggest that any other person should do so."),
            new Term(3, "The respondent must not go to, enter or attempt to enter 14 Acacia Avenue, Leeds LS6 2AB, "
                    + "and must not instruct, encourage or in any way suggest that any other person should do so."));

    @Test
    void anAssuredOrderMakesOneContactPerProtectedAdultAndTheUnitWorksItByTheSafeRoute() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID id = as("poc.northshire", () -> orders.create(order(tag, TERMS), null));
        assure(id);
        await().atMost(Duration.ofSeconds(15)).until(() -> contacts(id).size() == 3);
        List<Map<String, Object>> made = contacts(id);
        assertThat(made).extracting(r -> r.get("subject")).containsExactlyInAnyOrder("Jane Wrenfield" + tag,
                "Susan Hartley" + tag, "Pat Lodgeworth" + tag);
        assertThat(made).allSatisfy(r -> {
            Instant due = ((java.sql.Timestamp) r.get("due_at")).toInstant();
            assertThat(due).isBetween(Instant.now().plus(71, ChronoUnit.HOURS), Instant.now().plus(73,
                    ChronoUnit.HOURS));
            assertThat(r.get("district_id")).as("the safeguarding unit's, not a district's").isNull();
        });
        assertThat(jdbc.queryForObject("select adulthood from safeguarding_contact c join safeguarding_task t on "
                + "t.id = c.task_id where t.order_id = ? and t.subject = ?", String.class, id, "Pat Lodgeworth" + tag))
                .isEqualTo("NOT_KNOWN");
        UUID janeTask = taskFor(id, "Jane Wrenfield" + tag, 1);

        // The script: the terms in plain words, the home never written out; the order's phone prefilled.
        String body = mvc.perform(get("/api/v1/safeguarding/contacts/{id}", janeTask).with(httpBasic(SAFEGUARDING,
                        "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.occasion").value("LODGED"))
                .andExpect(jsonPath("$.safeContact.phone").value("07700 900123"))
                .andExpect(jsonPath("$.safeContactPrefilled").value(true))
                .andExpect(jsonPath("$.letterAllowed").value(false))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("John Wrenfield" + tag + " must not:").contains("go to, enter or try to enter "
                + "your home").contains("contact you through solicitors").contains("section 42A")
                .doesNotContain("Acacia");

        // Only the safeguarding unit and supervisors; another force's unit does not find it.
        mvc.perform(get("/api/v1/safeguarding/contacts/{id}", janeTask).with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/safeguarding/contacts/{id}", janeTask).with(httpBasic("safeguarding.southvale",
                "demo"))).andExpect(status().isNotFound());

        // Safe contact details: bad ones are refused naming the field, and nothing is stored.
        mvc.perform(put("/api/v1/safeguarding/contacts/{id}/safe-contact", janeTask).with(httpBasic(SAFEGUARDING,
                        "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"route\": \"EMAIL\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("route"));
        mvc.perform(put("/api/v1/safeguarding/contacts/{id}/safe-contact", janeTask).with(httpBasic(SAFEGUARDING,
                        "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"route\": \"PHONE\", "
                        + "\"phone\": \"07700 900555\", \"shoeSize\": 9}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/safeguarding/contacts/{id}/safe-contact", janeTask).with(httpBasic(SAFEGUARDING,
                        "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"route\": \"PHONE\", "
                        + "\"phone\": \"" + "9".repeat(41) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phone"));
        assertThat(jdbc.queryForObject("select prefilled from safeguarding_safe_contact where order_id = ? and "
                + "person_key = 'applicant'", Boolean.class, id)).isTrue();
        mvc.perform(put("/api/v1/safeguarding/contacts/{id}/safe-contact", janeTask).with(httpBasic(SAFEGUARDING,
                        "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"route\": \"PHONE\", "
                        + "\"phone\": \"07700 900555\", \"timesToAvoid\": \"Weekday evenings\", "
                        + "\"respondentKnowsNumber\": \"NO\", \"language\": \"Polish\", \"interpreterNeeded\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.safeContact.route").value("PHONE"))
                .andExpect(jsonPath("$.safeContactPrefilled").value(false));

        // A letter only by a route that carries one.
        mvc.perform(get("/api/v1/safeguarding/contacts/{id}/letter", janeTask).with(httpBasic(SAFEGUARDING, "demo")))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/safeguarding/contacts/{id}/safe-contact", janeTask).with(httpBasic(SAFEGUARDING,
                        "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"route\": \"EMAIL\", "
                        + "\"phone\": \"07700 900555\", \"email\": \"jw.safe" + tag + "@example.org\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.letterAllowed").value(true));
        byte[] pdf = mvc.perform(get("/safeguarding/contacts/{id}/letter.pdf", janeTask)
                        .with(page(SAFEGUARDING))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String letter;
        try (var document = Loader.loadPDF(pdf)) {
            letter = new PDFTextStripper().getText(document);
        }
        assertThat(letter).contains("Dear Jane Wrenfield" + tag).contains("is lodged with the police")
                .contains("your home").doesNotContain("Acacia").doesNotContain("LS6").doesNotContain("07700");

        // Attempts: the note's safe number stays on the contact page, withheld from the task's history.
        mvc.perform(post("/api/v1/safeguarding/contacts/{id}/attempts", janeTask).with(httpBasic(SAFEGUARDING,
                        "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"method\": \"PHONE\", "
                        + "\"outcome\": \"NO_ANSWER\", \"note\": \"Rang 07700 900555, no voicemail left\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attempts[0].note").value("Rang 07700 900555, no voicemail left"));
        mvc.perform(post("/api/v1/safeguarding/contacts/{id}/outcome", janeTask).with(httpBasic(SAFEGUARDING,
                        "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"TOLD\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(post("/api/v1/safeguarding/contacts/{id}/attempts", janeTask).with(httpBasic(SAFEGUARDING,
                        "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"method\": \"PHONE\", "
                        + "\"outcome\": \"WHISPERED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(post("/api/v1/safeguarding/contacts/{id}/attempts", janeTask).with(httpBasic(SAFEGUARDING,
                        "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"method\": \"PHONE\", "
                        + "\"outcome\": \"REACHED\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/safeguarding/contacts/{id}/outcome", janeTask).with(httpBasic(SAFEGUARDING,
                        "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"TOLD\", "
                        + "\"note\": \"Explained; she will call 999 if he comes to the house\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.outcome").value("TOLD"));
        mvc.perform(post("/api/v1/safeguarding/contacts/{id}/attempts", janeTask).with(httpBasic(SAFEGUARDING,
                        "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"method\": \"PHONE\", "
                        + "\"outcome\": \"REACHED\"}"))
                .andExpect(status().isConflict());
        List<String> history = jdbc.queryForList("select coalesce(note, '') from safeguarding_task_history where "
                + "task_id = ? order by at", String.class, janeTask);
        assertThat(history).anySatisfy(n -> assertThat(n).startsWith("Phone call: No answer. Rang [Withheld"));
        assertThat(String.join(" ", history)).doesNotContain("900555").doesNotContain("jw.safe");
        assertThat(jdbc.queryForList("select action from access_log where subject_type = 'victim-contact' and "
                + "subject_id = ?", String.class, janeTask.toString())).contains("VIEW", "CHANGE", "DISCLOSE");
        assertThat(String.join(" ", jdbc.queryForList("select coalesce(detail, '') from access_log where "
                + "subject_id = ?", String.class, janeTask.toString()))).doesNotContain("900555");

        // A variation: the applicant (told) hears what changed; the others (never reached) the whole order, and
        // their old contacts are replaced.
        List<Term> varied = List.of(TERMS.get(0), TERMS.get(1), new Term(3, "The respondent must not go within 200 "
                + "metres of 14 Acacia Avenue, Leeds LS6 2AB, and must not instruct, encourage or in any way suggest "
                + "that any other person should do so."));
        UUID susanOld = taskFor(id, "Susan Hartley" + tag, 1);
        as("poc.northshire", () -> orders.addVersion(id, ChangeKind.VARIATION, Instant.now().minusSeconds(60),
                withTerms(orders.current(id).details(), varied), "FL404B"));
        assure(id);
        await().atMost(Duration.ofSeconds(15)).until(() -> contacts(id).size() == 6);
        UUID janeVaried = taskFor(id, "Jane Wrenfield" + tag, 2);
        mvc.perform(get("/api/v1/safeguarding/contacts/{id}", janeVaried).with(httpBasic(SAFEGUARDING, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.occasion").value("VARIED"))
                .andExpect(jsonPath("$.script.title").value("Your non-molestation order has changed"))
                .andExpect(jsonPath("$.script.sections[0].bullets[0]").value("New: John Wrenfield" + tag
                        + " must not go within 200 metres of your home, or get anyone else to do so"))
                .andExpect(jsonPath("$.safeContact.email").value("jw.safe" + tag + "@example.org"));
        assertThat(jdbc.queryForObject("select status from safeguarding_task where id = ?", String.class, susanOld))
                .isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("select occasion from safeguarding_contact where task_id = ?", String.class,
                taskFor(id, "Susan Hartley" + tag, 2))).isEqualTo("LODGED");

        // A discharge: every adult is told it has ended.
        as("poc.northshire", () -> orders.addVersion(id, ChangeKind.DISCHARGE, Instant.now().minusSeconds(30),
                orders.current(id).details().withDischargedAt(Instant.now().minusSeconds(30)), "Discharged"));
        assure(id);
        await().atMost(Duration.ofSeconds(15)).until(() -> contacts(id).size() == 9);
        mvc.perform(get("/api/v1/safeguarding/contacts/{id}", taskFor(id, "Jane Wrenfield" + tag, 3))
                        .with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.occasion").value("DISCHARGED"))
                .andExpect(jsonPath("$.script.title").value("Your non-molestation order has ended"))
                .andExpect(jsonPath("$.script.sections[0].paragraphs[1]").value("If you are in danger, call 999."));
    }

    @Test
    void theContactPageShowsTheScriptAndRecordsAnAttemptKeepingInputOnError() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID id = as("poc.northshire", () -> orders.create(order(tag, TERMS), null));
        assure(id);
        await().atMost(Duration.ofSeconds(15)).until(() -> contacts(id).size() == 3);
        UUID task = taskFor(id, "Jane Wrenfield" + tag, 1);
        String page = mvc.perform(get("/safeguarding/contacts/{id}", task).with(page(SAFEGUARDING)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("What to say").contains("go to, enter or try to enter your home")
                .contains("Send the letter only by the safe route").contains("07700 900123")
                .contains("Back to the safeguarding workbench");
        String error = mvc.perform(post("/safeguarding/contacts/{id}/attempts", task).with(page(SAFEGUARDING)).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).param("method", "PHONE")
                        .param("note", "Tried the safe number").param("attempted-day", "4")
                        .param("attempted-month", "12").param("attempted-year", "2026")
                        .param("attempted-hour", "25").param("attempted-minute", "30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(error).contains("<title>Error: Contact with").contains("Select what happened")
                .contains("Hour must be between 0 and 23").contains("href=\"#attempted-hour\"")
                .contains("Tried the safe number").contains("value=\"25\"").contains("value=\"30\"")
                .contains("Leave empty if it was just now");
        String noHour = mvc.perform(post("/safeguarding/contacts/{id}/attempts", task).with(page(SAFEGUARDING))
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("method", "PHONE").param("outcome", "NO_ANSWER").param("attempted-day", "4")
                        .param("attempted-month", "12").param("attempted-year", "2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noHour).as("a date without its hour is refused, not taken as noon")
                .contains("The date and time of the attempt must include an hour")
                .contains("href=\"#attempted-hour\"");
        mvc.perform(post("/safeguarding/contacts/{id}/attempts", task).with(page(SAFEGUARDING))
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("method", "PHONE").param("outcome", "NOT_SAFE_TO_TALK"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select outcome from safeguarding_contact_attempt where task_id = ?",
                String.class, task)).isEqualTo("NOT_SAFE_TO_TALK");
        mvc.perform(get("/safeguarding/contacts/{id}", task).with(page("officer.northshire")))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor page(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(username));
    }

    private static OrderDetails withTerms(OrderDetails d, List<Term> terms) {
        return new OrderDetails(d.court(), d.caseNumber(), d.orderType(), d.madeAt(), d.withoutNotice(),
                d.returnHearing(), d.duration(), d.endsAt(), d.penalNotice(), d.applicant(),
                d.otherProtectedPersons(), d.children(), d.respondent(), d.relationship(), terms, d.service(),
                d.dischargedAt(), d.notes());
    }

    private List<Map<String, Object>> contacts(UUID orderId) {
        return jdbc.queryForList("select * from safeguarding_task where order_id = ? and kind = 'VICTIM_CONTACT'",
                orderId);
    }

    private UUID taskFor(UUID orderId, String subject, int version) {
        return jdbc.queryForObject("select id from safeguarding_task where order_id = ? and kind = 'VICTIM_CONTACT' "
                + "and subject = ? and order_version = ?", UUID.class, orderId, subject, version);
    }

    private void assure(UUID id) throws Exception {
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return SignedIn.as(users, username, work);
    }
}
