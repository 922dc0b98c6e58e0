package org.nmoregister.reporting.internal;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Has PostgreSQL plan each of the register list's statements for the values it is given, for the rest of the transaction.
 * The JDBC driver prepares a statement on the server once it has been run a few times, and PostgreSQL may then keep one
 * generic plan for it, made without the values: for the register list's "awaiting quality assurance" count it walks
 * all 200,000 orders of a large force and probes each one's reviews (493 ms in {@code EXPLAIN ANALYZE}), where the plan
 * for the force's own values starts from the 500 reviews pending (72 ms). Reporting's statements read thousands of rows
 * each, so planning each one afresh (a few milliseconds) costs little against a wrong plan. Used by the register list
 * only: the reports' passes over a year or more are faster with the generic plan (an index-only scan of the figures
 * index, where the plan for the values scans the table and sorts on disk: 92 ms against 360-510 ms for three years'
 * breaches).
 */
final class CustomPlans {

    private CustomPlans() {
    }

    /** In the caller's transaction only ({@code set local}): it ends with it, and the connection goes back as it was. */
    static void forThisTransaction(NamedParameterJdbcTemplate jdbc) {
        jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_custom_plan");
    }
}
