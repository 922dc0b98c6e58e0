package org.nmoregister.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.Relationship;
import org.nmoregister.security.Accounts;
import org.nmoregister.security.Force;
import org.nmoregister.security.Role;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The victim district kept on each breach report (V93) is its order's kept district whatever changes first: a report
 * recorded after the district is known, a district chosen or changed after the reports, a victim briefing that
 * overrides the choice, and the district cleared; a report with no order has none.
 */
@IntegrationTest
class BreachDistrictKeptIntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBreachReportHasItsOrdersDistrictWhateverChangesFirst() {
        String code = "bd" + UUID.randomUUID().toString().substring(0, 8);
        Force force = ReportFixtures.force(accounts, code);
        UUID north = force.districts().stream().filter(d -> d.name().startsWith("North")).findFirst().orElseThrow().id();
        UUID south = force.districts().stream().filter(d -> d.name().startsWith("South")).findFirst().orElseThrow().id();
        Instant made = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID order = SignedIn.as(users, ReportFixtures.user(Role.POINT_OF_CONTACT, code), () -> orders.create(
                ReportFixtures.order(ReportFixtures.caseNumber(), OrderType.NMO, Relationship.FORMER_SPOUSE, made,
                        made.plus(180, ChronoUnit.DAYS), made.plus(1, ChronoUnit.DAYS), "Ann Kept", "Rob Kept"),
                "breach district fixture"));

        UUID before = breach(force, order);
        UUID orphan = breach(force, null);
        assertThat(district(before)).as("no district chosen yet").isNull();

        jdbc.update("insert into order_district_choice (order_id, force_id, district_id, chosen_by, chosen_at) "
                + "values (?, ?, ?, 'test', now())", order, force.id(), north);
        assertThat(district(before)).as("the choice reaches a report made before it").isEqualTo(north);
        UUID after = breach(force, order);
        assertThat(district(after)).as("a report made after it").isEqualTo(north);

        jdbc.update("update order_district_choice set district_id = ? where order_id = ?", south, order);
        assertThat(district(before)).isEqualTo(south);
        assertThat(district(after)).isEqualTo(south);

        // the victim's briefing outranks the choice
        jdbc.update("insert into safeguarding_task (id, force_id, order_id, order_version, kind, dedupe_key, status, "
                        + "district_id, due_at, created_at) values (?, ?, ?, 1, 'DISSEMINATION', ?, 'OPEN', ?, now(), now())",
                UUID.randomUUID(), force.id(), order, "fixture:victim:" + UUID.randomUUID(), north);
        assertThat(district(before)).isEqualTo(north);

        jdbc.update("delete from safeguarding_task where order_id = ?", order);
        jdbc.update("delete from order_district_choice where order_id = ?", order);
        assertThat(district(before)).as("cleared with the order's district").isNull();
        assertThat(district(after)).isNull();
        assertThat(district(orphan)).as("no order, no district").isNull();
        assertThat(jdbc.queryForObject("select count(*) from reporting_breach where order_id = ? and district_id is not "
                + "distinct from (select district_id from reporting_order_district where order_id = ?)", Long.class,
                order, order)).as("the view says the same").isEqualTo(2);
    }

    private UUID breach(Force force, UUID order) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into breach_report (id, force_id, reference, order_id, reported_at, recorded_at, "
                        + "recorded_by, reporter_kind, domestic_abuse) values (?, ?, ?, ?, ?, ?, 'test', 'OFFICER', true)",
                id, force.id(), "BD-" + id.toString().substring(0, 12), order, Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
        return id;
    }

    private UUID district(UUID breach) {
        return jdbc.queryForObject("select victim_district_id from breach_report where id = ?", UUID.class, breach);
    }
}
