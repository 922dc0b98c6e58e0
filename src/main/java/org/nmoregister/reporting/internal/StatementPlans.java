package org.nmoregister.reporting.internal;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Chooses, for the rest of the caller's transaction, how PostgreSQL plans reporting's statements, instead of leaving it
 * to how many times the connection has run them. The JDBC driver sends a statement as an unnamed one for its first
 * four runs on a connection, which PostgreSQL plans for the values given, and then prepares it, when PostgreSQL may
 * switch to one generic plan made without the values. So the same request was planned one way on a fresh connection
 * and another way later, and took very different times. Each setting is {@code set local}: it ends with the
 * transaction, and the connection goes back to the pool as it was.
 */
final class StatementPlans {

    private StatementPlans() {
    }

    /**
     * Plans for the values given: the register list. For "awaiting quality assurance" at 200,000 orders the generic
     * plan walks all the force's orders and probes each one's reviews (493 ms in {@code EXPLAIN ANALYZE}), where the
     * plan for the force's own values starts from the 500 reviews pending (72 ms); a page reads 25 rows, so planning
     * each statement afresh (a few milliseconds) costs little against a wrong plan.
     */
    static void forTheValues(NamedParameterJdbcTemplate jdbc) {
        jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_custom_plan");
    }

    /**
     * One generic plan: the reports. Their passes count a period's rows from the figures indexes (V79, V80, V87, V88,
     * V93, V95), and the generic plan reads them with an index-only scan whatever the period. Planned for a year's or
     * three years' values, PostgreSQL expects to read too much of the table to prefer the index and scans the table
     * instead, with a sort that spills to disk: three years' breach times took 350 ms against about 100 ms, and a whole
     * three-year report planned for its values three times as long as one with the generic plans
     * (docs/benchmarks.md, "Register list and reports").
     */
    static void generic(NamedParameterJdbcTemplate jdbc) {
        jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_generic_plan");
    }
}
