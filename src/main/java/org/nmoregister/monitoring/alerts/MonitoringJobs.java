package org.nmoregister.monitoring.alerts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.nmoregister.monitoring.feed.FeedLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feed's two scheduled jobs, each run by one instance at a time (ShedLock): a device with a live link that has
 * sent no point for {@code nmo.monitoring.signal-gap} (15 minutes by default) raises SIGNAL_LOST (once per silence:
 * the next point ends it); points and events older than {@code nmo.monitoring.retention} (90 days) are deleted.
 */
@Component
public class MonitoringJobs {

    private static final Logger log = LoggerFactory.getLogger(MonitoringJobs.class);
    /** Rows deleted per statement, so a large backlog never holds one long transaction. */
    static final int DELETE_CHUNK = 10_000;

    private final JdbcTemplate jdbc;
    private final AlertStore store;
    private final AlertStream stream;
    private final FeedLimits limits;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MonitoringJobs(JdbcTemplate jdbc, AlertStore store, AlertStream stream, FeedLimits limits,
                   TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.stream = stream;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${nmo.monitoring.signal-check-interval:PT30S}")
    @SchedulerLock(name = "monitoring-signal-lost", lockAtMostFor = "PT5M")
    public void signalLostJob() {
        signalLost();
    }

    /** Raises SIGNAL_LOST for every silent device; how many were raised. */
    public int signalLost() {
        Instant now = clock.instant();
        Instant before = now.minus(limits.signalGap());
        record Silent(UUID forceId, String deviceId, UUID orderId, Instant last) {
        }
        List<Silent> silent = jdbc.query("""
                select d.force_id, d.device_id, d.order_id, coalesce(p.at, d.linked_at) as last
                from monitoring_device d
                left join lateral (select l.at from monitoring_location l where l.force_id = d.force_id
                                   and l.device_id = d.device_id order by l.at desc limit 1) p on true
                where d.unlinked_at is null and coalesce(p.at, d.linked_at) < ?
                and not exists (select 1 from monitoring_alert a where a.force_id = d.force_id
                                and a.device_id = d.device_id and a.episode_key = 'SIGNAL_LOST:' || d.order_id
                                and a.ended_at is null)""",
                (rs, n) -> new Silent(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toInstant()), Timestamp.from(before));
        List<AlertRow> raised = new ArrayList<>();
        transactions.executeWithoutResult(tx -> {
            for (Silent s : silent) {
                raised.add(store.raise(new AlertRow(UUID.randomUUID(), s.forceId(), s.orderId(), s.deviceId(),
                        AlertKind.SIGNAL_LOST, "SIGNAL_LOST:" + s.orderId(), null, null, null, null, false, null,
                        s.last(), now, s.last(), now, 1, null, null, null, null, null, "OPEN", null, null, null, null,
                        null, null)));
            }
            stream.afterCommit(raised, true);
        });
        if (!raised.isEmpty()) {
            log.info("Monitoring: {} devices silent for over {}: SIGNAL_LOST raised", raised.size(),
                    limits.signalGap());
        }
        return raised.size();
    }

    @Scheduled(cron = "${nmo.monitoring.retention-cron:0 30 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "monitoring-retention", lockAtMostFor = "PT1H")
    public void retentionJob() {
        deleteExpired();
    }

    /** Deletes points and events received before the retention period; how many points went. */
    public long deleteExpired() {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(limits.retention()));
        long points = 0;
        int n;
        do {
            n = jdbc.update("delete from monitoring_location where ctid = any(array(select ctid from "
                    + "monitoring_location where received_at < ? limit " + DELETE_CHUNK + "))", cutoff);
            points += n;
        } while (n == DELETE_CHUNK);
        long events = 0;
        do {
            n = jdbc.update("delete from monitoring_device_event where ctid = any(array(select ctid from "
                    + "monitoring_device_event where received_at < ? limit " + DELETE_CHUNK + "))", cutoff);
            events += n;
        } while (n == DELETE_CHUNK);
        log.info("Monitoring retention: {} points and {} events older than {} deleted", points, events,
                limits.retention());
        return points;
    }
}
