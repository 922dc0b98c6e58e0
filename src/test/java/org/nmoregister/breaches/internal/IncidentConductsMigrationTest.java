package org.nmoregister.breaches.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.nmoregister.breaches.check.BreachAssessment;
import org.nmoregister.breaches.check.Blocker;
import org.nmoregister.breaches.check.Conduct;
import org.nmoregister.breaches.check.ContactChannel;
import org.nmoregister.breaches.check.IncidentAssessment;
import org.nmoregister.breaches.check.Outcome;
import org.nmoregister.breaches.check.OtherOffence;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SchemaMigrations;
import org.nmoregister.terms.ClauseType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * V75 moves every incident recorded with one conduct into the shape of several: its conduct and channel become its
 * one row of breach_incident_conduct, and its stored check becomes that conduct's check, read by the same code as a
 * new one. Run on a schema of its own, migrated to the last version before V75, given an incident as the schema before V75 stored it, then to the end.
 */
@IntegrationTest
class IncidentConductsMigrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JsonMapper json;

    @Test
    void anIncidentOfOneConductReadsAsBeforeInTheNewShape() {
        String schema = "v75_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        try {
            // the last migration before V75, whichever number it has once every branch is merged
            String before = SchemaMigrations.lastBefore(dataSource, schema, "75");
            SchemaMigrations.flyway(dataSource, schema, before).migrate();
            UUID force = UUID.randomUUID();
            UUID report = UUID.randomUUID();
            UUID incident = UUID.randomUUID();
            Instant at = Instant.parse("2026-03-01T21:40:00Z");
            // a check as the code before V75 stored it: one BreachAssessment
            BreachAssessment stored = new BreachAssessment(Outcome.POSSIBLE_BREACH,
                    List.of(new BreachAssessment.BlockerFinding(Blocker.UNDERTAKING_ONLY, "An undertaking.")),
                    List.of(new BreachAssessment.TermResult(1, ClauseType.CONTACT, Outcome.LIKELY_BREACH,
                            "Term 1 forbids contact by any means.", null)),
                    List.of(new BreachAssessment.OffencePrompt(OtherOffence.HARASSMENT, "Twice in a year.")), 2,
                    OrderStatus.IN_FORCE, at, List.of("A note kept from before."));
            jdbc.update("insert into " + schema + ".force (id, code, name) values (?, ?, ?)", force,
                    "v75-" + schema, "Migration test force");
            jdbc.update("insert into " + schema + ".breach_report (id, force_id, reference, reported_at, recorded_at,"
                    + " recorded_by, reporter_kind, domestic_abuse) values (?, ?, ?, ?, ?, ?, ?, true)", report,
                    force, "BR-V75-" + schema, java.sql.Timestamp.from(at), java.sql.Timestamp.from(at), "test",
                    "VICTIM");
            jdbc.update("insert into " + schema + ".breach_incident (id, report_id, number, occurred_from, conduct,"
                    + " channel, direct, via_third_party, description, check_outcome, check_blockers, check_result,"
                    + " checked_at) values (?, ?, 1, ?, 'CONTACT', 'TEXT', true, false, 'Forty texts', "
                    + "'POSSIBLE_BREACH', 'UNDERTAKING_ONLY', cast(? as jsonb), ?)", incident, report,
                    java.sql.Timestamp.from(at), json.writeValueAsString(stored), java.sql.Timestamp.from(at));

            SchemaMigrations.flyway(dataSource, schema, null).migrate();

            List<Map<String, Object>> conducts = jdbc.queryForList("select position, conduct, channel from "
                    + schema + ".breach_incident_conduct where incident_id = ?", incident);
            assertThat(conducts).singleElement().satisfies(row -> {
                assertThat(row.get("position")).isEqualTo(1);
                assertThat(row.get("conduct")).isEqualTo("CONTACT");
                assertThat(row.get("channel")).isEqualTo("TEXT");
            });
            String result = jdbc.queryForObject("select check_result::text from " + schema
                    + ".breach_incident where id = ?", String.class, incident);
            IncidentAssessment read = json.readValue(result, IncidentAssessment.class);
            assertThat(read.outcome()).isEqualTo(Outcome.POSSIBLE_BREACH);
            assertThat(read.conducts()).singleElement().satisfies(c -> {
                assertThat(c.conduct()).isEqualTo(Conduct.CONTACT);
                assertThat(c.channel()).isEqualTo(ContactChannel.TEXT);
                assertThat(c.check()).isEqualTo(stored);
            });
            assertThat(read.sharedBlockers()).isEqualTo(stored.blockers());
            assertThat(read.sharedNotes()).containsExactly("A note kept from before.");
            assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = ?"
                    + " and table_name = 'breach_incident' and column_name in ('conduct', 'channel')", Integer.class,
                    schema)).isZero();
        } finally {
            jdbc.execute("drop schema if exists " + schema + " cascade");
        }
    }
}
