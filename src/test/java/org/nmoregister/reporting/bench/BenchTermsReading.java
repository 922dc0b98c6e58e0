package org.nmoregister.reporting.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nmoregister.terms.TermsReader;

/**
 * The stored readings of the generated orders' terms, made by the register's own reader before the application
 * starts on the data: {@code bench/reporting-generate.sql} cannot read terms (it is SQL), and every version the
 * register records carries the reading of its terms, so a real force's register has one for each. Each distinct set of
 * terms of the force "bench" not yet read, or read with older rules than {@link TermsReader#PARSER_VERSION}, is read
 * once and stored on every version that has it, in one statement, as the register stores a reading (the column
 * values {@code VersionReading} writes; the immutability trigger lets a reading be added or replaced by a newer
 * rules' one, and keeps the replaced one). So the data follows the parser: after a change of the rules the next run
 * re-reads them.
 */
final class BenchTermsReading {

    static final String BENCH_FORCE = "b0000000-0000-4000-8000-000000000001";

    private BenchTermsReading() {
    }

    /** Reads them on the database the tests use (NMO_TEST_DATABASE_URL); nothing when none is named. */
    static int readOnTestDatabase() throws SQLException {
        String url = System.getenv("NMO_TEST_DATABASE_URL");
        if (url == null || url.isBlank()) {
            return 0;
        }
        String user = System.getenv().getOrDefault("NMO_TEST_DATABASE_USER", "postgres");
        String password = System.getenv().getOrDefault("NMO_TEST_DATABASE_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return read(connection);
        }
    }

    /** Returns how many versions were given a reading. */
    static int read(Connection connection) throws SQLException {
        TermsReader reader = new TermsReader();
        List<String> termSets = new ArrayList<>();
        try (PreparedStatement distinct = connection.prepareStatement("""
                select distinct v.details -> 'terms' from order_version v join protective_order o on o.id = v.order_id
                where o.force_id = cast(? as uuid) and (v.clauses is null or v.clauses_parser < ?)""")) {
            distinct.setString(1, BENCH_FORCE);
            distinct.setInt(2, TermsReader.PARSER_VERSION);
            try (ResultSet rows = distinct.executeQuery()) {
                while (rows.next()) {
                    termSets.add(rows.getString(1));
                }
            }
        }
        int stored = 0;
        for (String terms : termSets) {
            var reading = reader.read(paragraphs(connection, terms));
            try (PreparedStatement update = connection.prepareStatement("""
                    update order_version v set clauses = cast(? as jsonb), clauses_shape = ?, clauses_parser = ?,
                           clauses_read_at = now()
                    from protective_order o
                    where o.id = v.order_id and o.force_id = cast(? as uuid) and v.details -> 'terms' = cast(? as jsonb)
                      and (v.clauses is null or v.clauses_parser < ?)""")) {
                update.setString(1, reader.toStored(reading));
                update.setInt(2, TermsReader.SHAPE_VERSION);
                update.setInt(3, reading.parserVersion());
                update.setString(4, BENCH_FORCE);
                update.setString(5, terms);
                update.setInt(6, reading.parserVersion());
                stored += update.executeUpdate();
            }
        }
        if (stored > 0) {
            // the versions rewritten, vacuumed as autovacuum would (this connection is in autocommit)
            try (var vacuum = connection.createStatement()) {
                vacuum.execute("vacuum analyze order_version");
            }
        }
        return stored;
    }

    /** The terms as the register reads them: each paragraph's text under the number the court gave it. */
    private static Map<Integer, String> paragraphs(Connection connection, String terms) throws SQLException {
        Map<Integer, String> paragraphs = new LinkedHashMap<>();
        try (PreparedStatement each = connection.prepareStatement("""
                select (t ->> 'number')::int, t ->> 'text' from jsonb_array_elements(cast(? as jsonb)) t
                order by (t ->> 'number')::int""")) {
            each.setString(1, terms);
            try (ResultSet rows = each.executeQuery()) {
                while (rows.next()) {
                    paragraphs.put(rows.getInt(1), rows.getString(2));
                }
            }
        }
        return paragraphs;
    }
}
