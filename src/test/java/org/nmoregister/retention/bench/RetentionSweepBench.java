package org.nmoregister.retention.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.nmoregister.retention.internal.RetentionSweep;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention sweep over a large register (docs/benchmarks.md, "Retention sweep"). Seeds, with a fixed seed and
 * set-based SQL, {@code bench.orders} orders (default 1,000,000) with their latest version, a breach report for 20%
 * of them and a risk assessment for 10%, then times one sweep. Everything runs in one transaction that is rolled
 * back, so the test database is left as it was. Not named *Test: run it on purpose,
 * {@code -Dtest=RetentionSweepBench -Dbench.retention=true}. With {@code -Dbench.orders=0} it seeds nothing and
 * sweeps the register as it is (for instance the five years bench/reporting-generate.sql makes); the seeded rows are
 * marked "retention-bench", so they are never mistaken for that script's "bench" rows.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench.retention", matches = "true")
class RetentionSweepBench {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RetentionSweep sweep;

    @Test
    void sweepsAMillionCasesInMinutes() {
        int orders = Integer.getInteger("bench.orders", 1_000_000);
        transactions.executeWithoutResult(status -> {
            UUID force = jdbc.queryForObject("select id from force order by code limit 1", UUID.class);
            jdbc.execute("select setseed(0.42)");
            long seedStart = System.nanoTime();
            // orders made over the last twelve years, most for six months, one in ten until further order
            jdbc.update("""
                    create temporary table retention_bench_order on commit drop as
                    select gen_random_uuid() id, g n,
                           now() - (random() * interval '4380 days') made_at,
                           (random() < 0.1) open_ended
                    from generate_series(1, ?) g""", orders);
            jdbc.update("""
                    insert into protective_order (id, force_id, court, court_key, case_number, case_number_key,
                                                  order_type, made_at, latest_version, created_at, created_by)
                    select id, ?, 'Bench Family Court', 'bench family court', 'BENCH' || n, 'BENCH' || n, 'NMO',
                           made_at, 1, made_at, 'retention-bench'
                    from retention_bench_order""", force);
            jdbc.update("""
                    insert into order_version (order_id, version, change_kind, effective_from, recorded_at,
                                               recorded_by, details)
                    select id, 1, 'MADE', made_at, made_at, 'retention-bench',
                           case when open_ended then jsonb_build_object('duration', 'UNTIL_FURTHER_ORDER')
                                else jsonb_build_object('duration', 'UNTIL_DATE',
                                                        'endsAt', to_char((made_at + interval '180 days')
                                                            at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) end
                    from retention_bench_order""");
            jdbc.update("""
                    insert into breach_report (id, force_id, reference, order_id, reported_at, recorded_at, recorded_by,
                                               reporter_kind, domestic_abuse, outcome, outcome_at)
                    select gen_random_uuid(), ?, 'BENCH-' || n, id, made_at + interval '30 days',
                           made_at + interval '30 days', 'retention-bench', 'VICTIM', true, 'CHARGED', made_at + interval '200 days'
                    from retention_bench_order where n % 5 = 0""", force);
            jdbc.update("""
                    insert into risk_assessment (id, force_id, source_type, source_id, order_id, victim_name, reason,
                                                 earlier_breaches, question_set, question_set_version, opened_at,
                                                 opened_by, escalated)
                    select gen_random_uuid(), ?, 'BENCH', gen_random_uuid(), id, 'Bench Victim', 'bench', 0, 'DASH',
                           '2009', made_at + interval '31 days', 'retention-bench', false
                    from retention_bench_order where n % 10 = 0""", force);
            Integer records = jdbc.queryForObject("select (select count(*) from retention_bench_order) * 2 + "
                    + "(select count(*) from breach_report where recorded_by = 'retention-bench') + "
                    + "(select count(*) from risk_assessment where opened_by = 'retention-bench')", Integer.class);
            long register = jdbc.queryForObject("select count(*) from protective_order", Long.class);
            System.out.printf("Retention bench: seeded %d orders (%d rows) in %.1f s; the register holds %d orders%n",
                    orders, records, (System.nanoTime() - seedStart) / 1e9, register);
            long start = System.nanoTime();
            RetentionSweep.Result result = sweep.sweep();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Retention bench: sweep read %d facts, scheduled %d cases, %d due, in %.1f s%n",
                    result.facts(), result.cases(), result.due(), seconds);
            assertThat(result.cases()).isGreaterThanOrEqualTo(orders);
            status.setRollbackOnly();
        });
    }
}
