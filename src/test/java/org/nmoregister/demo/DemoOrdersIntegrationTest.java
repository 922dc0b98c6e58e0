package org.nmoregister.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.OrderType;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class DemoOrdersIntegrationTest {

    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private static List<CSVRecord> rows(String force) throws Exception {
        try (var reader = new InputStreamReader(new ClassPathResource("demo/orders-" + force + ".csv")
                .getInputStream(), StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').get().parse(reader).getRecords());
        }
    }

    private java.util.Optional<java.util.UUID> find(CSVRecord row) {
        return orders.findExisting(row.get("court"), row.get("case_number"), OrderType.valueOf(row.get("order_type")));
    }

    @Test
    void everyDemoOrderIsLoadedIntoItsOwnForceOnly() throws Exception {
        List<CSVRecord> northshire = rows("northshire");
        List<CSVRecord> southvale = rows("southvale");
        assertThat(northshire).hasSize(30);
        assertThat(southvale).hasSize(20);

        signInAs("poc.northshire");
        assertThat(northshire).allSatisfy(row -> assertThat(find(row)).as(row.get("case_number")).isPresent());
        assertThat(southvale).allSatisfy(row -> assertThat(find(row)).as(row.get("case_number")).isEmpty());

        signInAs("poc.southvale");
        assertThat(southvale).allSatisfy(row -> assertThat(find(row)).as(row.get("case_number")).isPresent());
        assertThat(northshire).allSatisfy(row -> assertThat(find(row)).as(row.get("case_number")).isEmpty());
    }

    /**
     * What a newcomer running the demo sees across forces: a case northshire has asked southvale to take, waiting in
     * southvale's queue with only its summary; and, from southvale's control room, a northshire order held by another
     * force (the demo forces share with each other), found by the respondent's name.
     */
    @Test
    void theDemoHasACaseWaitingToMoveAndAnOrderHeldByAnotherForce() throws Exception {
        var southvalePoc = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername("poc.southvale"));
        // other tests leave requests waiting too, newest first: the demo's is looked for on every page
        StringBuilder queue = new StringBuilder();
        for (int page = 1; page <= 100 && !queue.toString().contains("NX26F00287"); page++) {
            String answer = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .get("/api/v1/transfers").param("status", "PENDING").param("direction", "incoming")
                            .param("page", String.valueOf(page)).with(southvalePoc))
                    .andReturn().getResponse().getContentAsString();
            if (!answer.contains("\"id\"")) {
                break;
            }
            queue.append(answer);
        }
        assertThat(queue.toString()).contains("Northby Family Court, case NX26F00287")
                .contains("\"fromForce\":\"northshire\"");

        var control = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername("control.southvale"));
        String found = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/lookup/people").param("name", "Craig Whitfield").param("reason", "INC-20261205-0042")
                        .with(control))
                .andReturn().getResponse().getContentAsString();
        assertThat(found).contains("\"heldByAnotherForce\":true", "\"force\":\"northshire\"", "NX26F00412")
                .doesNotContain("Rosebank");
    }

    @Test
    void theDemoShowsEveryStatusWhateverTheDate() {
        signInAs("poc.northshire");
        assertThat(status("Northby Family Court", "NX26F00412", OrderType.NMO)).isEqualTo(OrderStatus.IN_FORCE);
        assertThat(status("Calderbridge Family Court", "CB26F00218", OrderType.NMO))
                .isEqualTo(OrderStatus.PENDING_SERVICE);
        assertThat(status("Northby Family Court", "NX25F01874", OrderType.NMO)).isEqualTo(OrderStatus.EXPIRED);
        assertThat(status("Northby Family Court", "NX26F00299", OrderType.NMO)).isEqualTo(OrderStatus.DISCHARGED);
        var withoutNotice = orders.current(orders.findExisting("Northby Family Court", "NX26F00530", OrderType.NMO)
                .orElseThrow());
        assertThat(withoutNotice.details().withoutNotice()).isTrue();
        assertThat(withoutNotice.details().returnHearing().at()).as("the return hearing is still to come")
                .isAfter(java.time.Instant.now());
        assertThat(withoutNotice.details().applicant().addresses().get(0).confidential()).isTrue();

        signInAs("poc.southvale");
        assertThat(status("Kingsmead Magistrates' Court", "SV26DAPO0003", OrderType.DAPO))
                .isEqualTo(OrderStatus.IN_FORCE);
        assertThat(status("Southvale Family Court at Kingsmead", "SV26F00095", OrderType.UNDERTAKING))
                .isEqualTo(OrderStatus.IN_FORCE);
    }

    private OrderStatus status(String court, String caseNumber, OrderType type) {
        return orders.current(orders.findExisting(court, caseNumber, type).orElseThrow()).status();
    }
}
