package org.nmoregister.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SchemaMigrations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V96 fills order_version_flagged from what the markers and reviews still say of the orders flagged before it. Run on
 * a schema of its own, migrated to the last version before V96, given an order whose markers moved from its first
 * version to a service and then to a variation (as the flags module left them, so V88 had cleared the first two
 * versions' notifications), then to the end.
 */
@IntegrationTest
class VersionFlaggedBackfillMigrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void eachVersionIsFlaggedFromItsOwnMarkersOrItsAssurance() throws java.sql.SQLException {
        String schema = "v96_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcTemplate admin = new JdbcTemplate(dataSource);
        try {
            String before = SchemaMigrations.lastBefore(dataSource, schema, "96");
            SchemaMigrations.flyway(dataSource, schema, before).migrate();

            UUID force = UUID.randomUUID();
            UUID order = UUID.randomUUID();
            UUID unassured = UUID.randomUUID();
            Instant assured1 = Instant.parse("2025-03-03T10:00:00Z");
            Instant raised1 = assured1.plusSeconds(300);
            Instant assured2 = Instant.parse("2025-03-10T12:00:00Z"); // the service, carried forward
            Instant interest = Instant.parse("2025-03-10T15:00:00Z");
            Instant assured3 = Instant.parse("2025-03-20T09:00:00Z"); // the variation
            Instant raised3 = assured3.plusSeconds(120);
            UUID[] notifications = new UUID[4];
            // written on one connection whose search path is the schema, as the triggers before V96 would see it
            try (var connection = dataSource.getConnection()) {
                JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                jdbc.execute("set search_path to " + schema);
                jdbc.update("insert into force (id, code, name) values (?, ?, 'Backfill test force')", force, schema);
                for (UUID id : new UUID[] {order, unassured}) {
                    jdbc.update("insert into protective_order (id, force_id, court, court_key, case_number, "
                            + "case_number_key, order_type, made_at, latest_version, created_at, created_by) values "
                            + "(?, ?, 'Leeds', 'leeds', ?, ?, 'NMO', ?, 3, ?, 'test')", id, force, id.toString(),
                            id.toString(), ts(assured1.minusSeconds(86400)), ts(assured1.minusSeconds(86400)));
                }
                review(jdbc, order, 1, force, assured1);
                review(jdbc, order, 2, force, assured2);
                review(jdbc, order, 3, force, assured3);
                review(jdbc, unassured, 1, force, null);
                // raised for version 1, moved to 2 and then to 3
                marker(jdbc, force, order, 3, "SUBJECT", raised1, null);
                marker(jdbc, force, order, 3, "PROTECTED_PERSON", raised1, null);
                // raised for version 1, moved to 2, withdrawn by the variation (it keeps the version it last carried)
                marker(jdbc, force, order, 2, "PROTECTED_PLACE", raised1, raised3);
                // raised for the variation
                marker(jdbc, force, order, 3, "PROTECTED_PERSON", raised3, null);
                // a Location of Interest raised on version 2, after it was assured; never moved
                marker(jdbc, force, order, 2, "LOCATION_OF_INTEREST", interest, null);
                for (int v = 1; v <= 3; v++) {
                    notifications[v - 1] = notification(jdbc, force, order, v, assured1.minusSeconds(7200));
                }
                notifications[3] = notification(jdbc, force, unassured, 1, assured1.minusSeconds(7200));
                jdbc.execute("reset search_path");
            }

            SchemaMigrations.flyway(dataSource, schema, null).migrate();

            assertThat(firstFlagAt(admin, schema, notifications[0])).as("version 1: its markers' raising")
                    .isEqualTo(raised1);
            assertThat(firstFlagAt(admin, schema, notifications[1])).as("version 2: reached by moves, its assurance")
                    .isEqualTo(assured2);
            assertThat(firstFlagAt(admin, schema, notifications[2]))
                    .as("version 3: its assurance, before the marker it added (the kept ones moved then)")
                    .isEqualTo(assured3);
            assertThat(firstFlagAt(admin, schema, notifications[3])).as("never assured, never flagged").isNull();
            assertThat(admin.queryForObject("select count(*) from " + schema + ".order_version_flagged where "
                    + "order_id = ?", Integer.class, order)).isEqualTo(3);
        } finally {
            admin.execute("drop schema if exists " + schema + " cascade");
        }
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static void review(JdbcTemplate jdbc, UUID order, int version, UUID force, Instant assured) {
        jdbc.update("insert into quality_review (order_id, version, force_id, status, findings, error_count, "
                        + "assured_by, assured_at, created_at) values (?, ?, ?, ?, '[]'::jsonb, 0, ?, ?, ?)", order,
                version, force, assured == null ? "PENDING_QA" : "QUALITY_ASSURED", assured == null ? null : "test",
                ts(assured), ts(assured == null ? Instant.parse("2025-03-01T00:00:00Z") : assured));
    }

    static void marker(JdbcTemplate jdbc, UUID force, UUID order, int version, String kind, Instant raised,
                       Instant withdrawn) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into marker (id, force_id, order_id, order_version, kind, marker_key, raised_at, "
                        + "withdrawn_at, withdrawal) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, force, order, version,
                kind, kind + "|" + id, ts(raised), ts(withdrawn), withdrawn == null ? null : "VARIED");
    }

    static UUID notification(JdbcTemplate jdbc, UUID force, UUID order, int version, Instant received) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into notification (id, force_id, source, received_at, received_by, status, data, "
                        + "delivered, order_id, order_version, decided_at, decided_by) values (?, ?, 'COURT_FEED', ?, "
                        + "'test', 'ACCEPTED', '{}'::jsonb, '{}'::jsonb, ?, ?, ?, 'test')", id, force, ts(received),
                order, version, ts(received.plusSeconds(600)));
        return id;
    }

    static Instant firstFlagAt(JdbcTemplate jdbc, String schema, UUID notification) {
        Timestamp at = jdbc.queryForObject("select first_flag_at from " + schema + ".notification where id = ?",
                Timestamp.class, notification);
        return at == null ? null : at.toInstant();
    }
}
