package org.nmoregister.retention.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.retention.CaseFact;
import org.nmoregister.retention.PersonalRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works out when each case is due for review: reads what every module holds of each case (in keyset batches, so a
 * register of a million cases is read a few thousand at a time), keeps it in {@code retention_fact}, then applies
 * each force's schedule case by case and writes the due dates in batches. Each batch commits on its own, so a sweep
 * stopped half way loses nothing and the next carries on.
 */
@Service
public class RetentionSweep {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);
    static final int BATCH = 5_000;
    /** The lowest uuid in PostgreSQL's order (it compares the bytes unsigned). */
    private static final UUID FIRST = new UUID(0L, 0L);

    private final List<PersonalRecords> holders;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Schedules schedules;
    private final Clock clock;

    RetentionSweep(List<PersonalRecords> holders, JdbcTemplate jdbc, TransactionTemplate transactions,
                   Schedules schedules, Clock clock) {
        this.holders = holders;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.schedules = schedules;
        this.clock = clock;
    }

    /** What a sweep did. */
    public record Result(int facts, int cases, int due) {
    }

    public Result sweep() {
        int facts = 0;
        for (PersonalRecords holder : holders) {
            long started = System.nanoTime();
            int read = 0;
            UUID after = FIRST;
            while (true) {
                UUID from = after;
                List<CaseFact> batch = transactions.execute(s -> holder.facts(from, BATCH));
                if (batch == null || batch.isEmpty()) {
                    break;
                }
                transactions.executeWithoutResult(s -> store(batch));
                read += batch.size();
                after = batch.get(batch.size() - 1).orderId();
                if (batch.size() < BATCH) {
                    break;
                }
            }
            facts += read;
            // where a long sweep spends its time, module by module
            log.info("Retention sweep: {} facts read from {} in {} ms", read, holder.holder(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        long scheduling = System.nanoTime();
        Instant now = clock.instant();
        Map<UUID, RetentionSchedule> byForce = new HashMap<>();
        int cases = 0;
        int due = 0;
        UUID after = FIRST;
        while (true) {
            // The batch's last case first, then its facts by range, each an index range scan. Asked as one query
            // ("the facts of the next 5,000 cases", an IN over a DISTINCT ... LIMIT) the planner may hash-join the
            // whole table for every batch, so scheduling grew with the square of the register.
            List<UUID> lastOfBatch = jdbc.queryForList("""
                    select order_id from (
                        select distinct order_id from retention_fact where order_id > ? order by order_id limit ?) s
                    order by order_id desc limit 1""", UUID.class, after, BATCH);
            if (lastOfBatch.isEmpty()) {
                break;
            }
            UUID last = lastOfBatch.get(0);
            List<CaseFact> rows = jdbc.query("""
                    select * from retention_fact where order_id > ? and order_id <= ? order by order_id""",
                    (rs, n) -> new CaseFact(rs.getObject("order_id", UUID.class),
                    rs.getObject("force_id", UUID.class),
                    org.nmoregister.retention.RecordKind.valueOf(rs.getString("kind")),
                    rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("last_at").toInstant(),
                    rs.getTimestamp("ends_at") == null ? null : rs.getTimestamp("ends_at").toInstant(),
                    rs.getBoolean("open_ended"), rs.getString("label")), after, last);
            Map<UUID, List<CaseFact>> byCase = new LinkedHashMap<>();
            rows.forEach(f -> byCase.computeIfAbsent(f.orderId(), k -> new ArrayList<>()).add(f));
            List<Object[]> updates = new ArrayList<>(byCase.size());
            for (var entry : byCase.entrySet()) {
                List<CaseFact> ofCase = entry.getValue();
                UUID forceId = ofCase.get(0).forceId();
                RetentionSchedule schedule = byForce.computeIfAbsent(forceId, schedules::forForce);
                Instant dueAt = schedule.dueAt(ofCase).orElse(null);
                if (dueAt != null && !dueAt.isAfter(now)) {
                    due++;
                }
                String label = ofCase.stream().map(CaseFact::label).filter(java.util.Objects::nonNull).findFirst()
                        .orElse("Case " + entry.getKey());
                updates.add(new Object[] {entry.getKey(), forceId, label,
                        dueAt == null ? null : Timestamp.from(dueAt), Timestamp.from(now)});
            }
            transactions.executeWithoutResult(s -> jdbc.batchUpdate("""
                    insert into retention_case (order_id, force_id, case_label, review_due_at, status, checked_at)
                    values (?, ?, ?, ?, 'OPEN', ?)
                    on conflict (order_id) do update set case_label = excluded.case_label,
                        review_due_at = excluded.review_due_at, checked_at = excluded.checked_at
                    where retention_case.status = 'OPEN'""", updates));
            cases += byCase.size();
            after = last;
        }
        log.info("Retention sweep: {} cases scheduled in {} ms", cases, (System.nanoTime() - scheduling) / 1_000_000);
        return new Result(facts, cases, due);
    }

    private void store(List<CaseFact> batch) {
        jdbc.batchUpdate("""
                insert into retention_fact (order_id, kind, force_id, first_at, last_at, ends_at, open_ended, label)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id, kind) do update set force_id = excluded.force_id,
                    first_at = excluded.first_at, last_at = excluded.last_at, ends_at = excluded.ends_at,
                    open_ended = excluded.open_ended, label = excluded.label""", batch, batch.size(), (ps, f) -> {
            ps.setObject(1, f.orderId());
            ps.setString(2, f.kind().name());
            ps.setObject(3, f.forceId());
            ps.setTimestamp(4, Timestamp.from(f.firstAt()));
            ps.setTimestamp(5, Timestamp.from(f.lastAt()));
            ps.setTimestamp(6, f.endsAt() == null ? null : Timestamp.from(f.endsAt()));
            ps.setBoolean(7, f.openEnded());
            ps.setString(8, f.label());
        });
    }
}
