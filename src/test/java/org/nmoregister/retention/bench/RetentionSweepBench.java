package org.nmoregister.retention.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
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
 * set-based SQL, {@code bench.orders} orders (default 1,000,000) of a force of its own (so the shipped schedule
 * applies) with everything the schedule's kinds read: the orders' versions (one in ten varied or discharged), the
 * court's notification of nine in ten, safeguarding tasks, breach reports (some with no outcome yet) and risk
 * assessments; some cases already retained by a reviewer and some under a legal hold (a hold stops a disposal, not
 * the clock: their due dates are checked like any other). Then it times one sweep,
 * watching the heap, and checks every seeded case's due date against the schedule worked out in SQL. Everything
 * runs in one transaction that is rolled back, so the test database is left as it was. Not named *Test: run it on
 * purpose, {@code -Dtest=RetentionSweepBench -Dbench.retention=true}. With {@code -Dbench.orders=0} it seeds nothing
 * and sweeps the register as it is (for instance the five years bench/reporting-generate.sql makes); the seeded
 * rows are marked "retention-bench", so they are never mistaken for that script's "bench" rows.
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

    /** Every table the seed or the sweep writes to. */
    private static final List<String> SEEDED_TABLES = List.of("force", "protective_order",
            "order_version", "notification", "safeguarding_task", "breach_report", "risk_assessment",
            "retention_case", "legal_hold", "retention_fact");

    @Test
    void sweepsAMillionCasesInMinutes() {
        int orders = Integer.getInteger("bench.orders", 1_000_000);
        // An earlier run's rolled-back rows stay behind as dead tuples until a vacuum (and a benchmark server may
        // run without autovacuum): the sweep would page through them. Outside the transaction, as VACUUM must be.
        jdbc.execute("vacuum (analyze) " + String.join(", ", SEEDED_TABLES));
        transactions.executeWithoutResult(status -> {
            long seedStart = System.nanoTime();
            if (orders > 0) {
                seed(orders);
            }
            long rows = orders == 0 ? 0 : jdbc.queryForObject("""
                    select (select count(*) from protective_order where created_by = 'retention-bench')
                         + (select count(*) from order_version where recorded_by = 'retention-bench')
                         + (select count(*) from notification where received_by = 'retention-bench')
                         + (select count(*) from safeguarding_task where dedupe_key = 'retention-bench')
                         + (select count(*) from breach_report where recorded_by = 'retention-bench')
                         + (select count(*) from risk_assessment where opened_by = 'retention-bench')""", Long.class);
            long register = jdbc.queryForObject("select count(*) from protective_order", Long.class);
            System.out.printf("Retention bench: seeded %d orders (%d rows) in %.1f s; the register holds %d orders%n",
                    orders, rows, (System.nanoTime() - seedStart) / 1e9, register);

            Timestamp sweepStart = jdbc.queryForObject("select clock_timestamp()", Timestamp.class);
            long start = System.nanoTime();
            RetentionSweep.Result result;
            try (HeapWatch heap = new HeapWatch()) {
                result = sweep.sweep();
                System.out.printf("Retention bench: sweep read %d facts, scheduled %d cases, %d due, in %.1f s; "
                                + "heap (max %d MB): peak in use %d MB, peak kept after a collection %d MB "
                                + "(%d collections)%n",
                        result.facts(), result.cases(), result.due(), (System.nanoTime() - start) / 1e9,
                        HeapWatch.maxHeapBytes() >> 20, heap.peakUsedBytes() >> 20, heap.peakAfterGcBytes() >> 20,
                        heap.collections());
            }
            assertThat((long) result.cases()).as("every order in the register is a case")
                    .isGreaterThanOrEqualTo(register);
            if (orders > 0) {
                checkSeededCases(orders, result, sweepStart,
                        jdbc.queryForObject("select clock_timestamp()", Timestamp.class));
            }
            status.setRollbackOnly();
        });
    }

    /**
     * Orders made over the last twelve years: most until a date six or twelve months on, some until further order
     * (no end, so never due), some until the return hearing (no end the schedule can use), one in twenty discharged
     * early; one in ten has a second version (a variation, or the discharge).
     */
    private void seed(int orders) {
        UUID force = UUID.randomUUID();
        jdbc.update("insert into force (id, code, name) values (?, 'retention-bench', 'Retention Bench Police')",
                force);
        jdbc.execute("select setseed(0.42)");
        jdbc.update("""
                create temporary table retention_bench_order on commit drop as
                select id, n, made_at, duration,
                       case duration when 'UNTIL_DATE' then made_at + (case when r_months < 0.6 then interval '6 months'
                                                                             else interval '12 months' end)
                                     when 'UNTIL_NEXT_HEARING' then made_at + interval '14 days' end ends_at,
                       case when r_discharge < 0.05 and made_at + interval '90 days' < now()
                            then made_at + interval '90 days' end discharged_at,
                       (r_discharge < 0.10 and made_at + interval '90 days' < now()) second_version
                from (select gen_random_uuid() id, g n, now() - (random() * interval '4380 days') made_at,
                             case when r < 0.08 then 'UNTIL_FURTHER_ORDER' when r < 0.11 then 'UNTIL_NEXT_HEARING'
                                  else 'UNTIL_DATE' end duration,
                             random() r_months, random() r_discharge
                      from (select g, random() r from generate_series(1, ?) g) s) o""", orders);
        jdbc.update("""
                insert into protective_order (id, force_id, court, court_key, case_number, case_number_key,
                                              order_type, made_at, latest_version, created_at, created_by,
                                              ends_at, discharged_at)
                select id, ?, 'Bench Family Court', 'bench family court', 'BENCH' || n, 'BENCH' || n, 'NMO',
                       made_at, case when second_version then 2 else 1 end, made_at, 'retention-bench',
                       ends_at, discharged_at
                from retention_bench_order""", force);
        jdbc.update("""
                insert into order_version (order_id, version, change_kind, effective_from, recorded_at,
                                           recorded_by, details)
                select id, 1, 'MADE', made_at, made_at, 'retention-bench', %s
                from retention_bench_order
                union all
                select id, 2, case when discharged_at is null then 'VARIATION' else 'DISCHARGE' end,
                       made_at + interval '90 days', made_at + interval '90 days', 'retention-bench', %s
                from retention_bench_order where second_version""".formatted(details("null"),
                details("discharged_at")));
        // the court's notification the order was entered from (one in ten keyed in without one)
        jdbc.update("""
                insert into notification (id, force_id, source, received_at, received_by, status, data, delivered,
                                          order_id, order_version, decided_at, decided_by)
                select gen_random_uuid(), ?, 'COURT_FEED', made_at - interval '2 hours', 'retention-bench',
                       'ACCEPTED', '{}', '{}', id, 1, made_at, 'retention-bench'
                from retention_bench_order where n % 10 <> 0""", force);
        // dissemination for every order, done in a day; victim contact for one in three, done in a week
        jdbc.update("""
                insert into safeguarding_task (id, force_id, order_id, order_version, kind, dedupe_key, status,
                                               due_at, created_at, closed_at, closed_by)
                select gen_random_uuid(), ?, id, 1, kind, 'retention-bench', 'DONE', made_at + interval '1 day',
                       made_at, made_at + closed_after, 'retention-bench'
                from retention_bench_order
                cross join (values ('DISSEMINATION', interval '1 day', 1),
                                   ('VICTIM_CONTACT', interval '7 days', 3)) k(kind, closed_after, every)
                where n % every = 0""", force);
        // a breach for one in five, a second for one in twenty-five; one in seven (and recent ones) with no outcome yet
        jdbc.update("""
                insert into breach_report (id, force_id, reference, order_id, reported_at, recorded_at, recorded_by,
                                           reporter_kind, domestic_abuse, outcome, outcome_at)
                select gen_random_uuid(), ?, 'RETBENCH-' || n || '-' || k, id, reported_at, reported_at,
                       'retention-bench', 'VICTIM', true,
                       case when outcome_at is not null then 'CHARGED' end, outcome_at
                from (select id, n, k, reported_at,
                             case when n % 7 <> 0 and reported_at + (60 + n % 340) * interval '1 day' < now()
                                  then reported_at + (60 + n % 340) * interval '1 day' end outcome_at
                      from (select id, n, k, made_at + (20 * k + n % 100) * interval '1 day' reported_at
                            from retention_bench_order cross join generate_series(1, 2) k
                            where n % 5 = 0 and (k = 1 or n % 25 = 0)) r) b
                where reported_at < now()""", force);
        // a risk assessment for one in ten, completed the next day for four in five
        jdbc.update("""
                insert into risk_assessment (id, force_id, source_type, source_id, order_id, victim_name, reason,
                                             earlier_breaches, question_set, question_set_version, opened_at,
                                             opened_by, completed_at, completed_by, score, level, escalated)
                select gen_random_uuid(), ?, 'BENCH', gen_random_uuid(), id, 'Bench Victim', 'bench', 0, 'DASH',
                       '2009', made_at + interval '31 days', 'retention-bench',
                       case when n % 50 <> 0 then made_at + interval '32 days' end,
                       case when n % 50 <> 0 then 'retention-bench' end,
                       case when n % 50 <> 0 then 11 end, case when n % 50 <> 0 then 'MEDIUM' end, false
                from retention_bench_order where n % 10 = 0 and made_at + interval '32 days' < now()""", force);
        // a reviewer's earlier decisions: one case in a hundred retained to a later review, one in two hundred held
        jdbc.update("""
                insert into retention_case (order_id, force_id, case_label, review_due_at, retained_until, status,
                                            checked_at)
                select id, ?, 'Bench Family Court, NMO', null, now() + interval '2 years', 'OPEN', now()
                from retention_bench_order where n % 100 = 1""", force);
        jdbc.update("""
                insert into legal_hold (id, order_id, force_id, kind, reason, placed_by, placed_at)
                select gen_random_uuid(), id, ?, 'LITIGATION', 'Civil claim', 'retention-bench', now()
                from retention_bench_order where n % 200 = 2""", force);
        // the statistics autovacuum keeps for a register this size (ANALYZE counts this transaction's own rows)
        jdbc.execute("analyze retention_bench_order, " + String.join(", ", SEEDED_TABLES));
    }

    /** An order version's details as the orders module writes them: its duration, its end and any discharge. */
    private static String details(String dischargedAt) {
        return """
                jsonb_strip_nulls(jsonb_build_object('duration', duration,
                    'endsAt', to_char(ends_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                    'dischargedAt', to_char(%s at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')))"""
                .formatted(dischargedAt);
    }

    /**
     * Every seeded case scheduled by this sweep, with the due date the shipped schedule gives (all kinds 72 months:
     * from the order's end, the last breach outcome or report, or the last assessment, whichever is latest; none
     * while the order has no end), worked out here in SQL; the reviewers' retentions untouched. An order whose end
     * fell while the sweep ran may be read as ended or not, so it is not counted against the sweep.
     */
    private void checkSeededCases(int orders, RetentionSweep.Result result, Timestamp sweepStart,
                                  Timestamp sweepEnd) {
        Map<String, Object> check = jdbc.queryForMap("""
                with expected as (
                    select o.id, o.n, o.end_at,
                           case when o.end_at is null or o.end_at > ? then null
                                else (greatest(o.end_at, b.last_at, r.last_at) at time zone 'UTC'
                                      + interval '72 months') at time zone 'UTC' end due_at
                    from (select id, n, coalesce(discharged_at,
                                                 case when duration = 'UNTIL_DATE' then ends_at end) end_at
                          from retention_bench_order) o
                    left join (select order_id, max(coalesce(outcome_at, reported_at)) last_at from breach_report
                               where recorded_by = 'retention-bench' group by order_id) b on b.order_id = o.id
                    left join (select order_id, max(coalesce(completed_at, opened_at)) last_at from risk_assessment
                               where opened_by = 'retention-bench' group by order_id) r on r.order_id = o.id)
                select count(*) filter (where c.checked_at >= ?) scheduled,
                       count(*) filter (where c.review_due_at is distinct from e.due_at
                                        and (e.end_at is null or e.end_at not between ? and ?)) wrong,
                       count(*) filter (where e.due_at is null) no_end,
                       count(*) filter (where e.due_at <= now()) due,
                       count(*) filter (where e.due_at > now()) not_yet_due,
                       count(*) filter (where e.due_at > (e.end_at at time zone 'UTC' + interval '72 months')
                                                         at time zone 'UTC') held_longer_by_breach_or_risk,
                       count(*) filter (where e.n % 100 = 1 and c.retained_until is null) retention_lost
                from expected e
                left join retention_case c on c.order_id = e.id""", sweepStart, sweepStart, sweepStart, sweepEnd);
        System.out.printf("Retention bench: seeded cases %s%n", check);
        assertThat(count(check, "scheduled")).as("seeded cases scheduled by the sweep").isEqualTo(orders);
        assertThat(count(check, "wrong")).as("seeded cases with a wrong due date").isZero();
        assertThat(count(check, "retention_lost")).as("reviewers' retentions lost").isZero();
        assertThat((long) result.due()).as("cases due in the register").isGreaterThanOrEqualTo(count(check, "due"));
        if (orders >= 1_000) {
            // the seed has the register's variety
            assertThat(count(check, "due")).isPositive();
            assertThat(count(check, "not_yet_due")).isPositive();
            assertThat(count(check, "no_end")).isPositive();
            assertThat(count(check, "held_longer_by_breach_or_risk")).isPositive();
        }
    }

    private static long count(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
