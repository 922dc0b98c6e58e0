package org.nmoregister.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The nightly retention sweep runs on one instance: while another instance holds the job's lock
 * ({@code retention-sweep} in {@code shedlock}), this instance's run does nothing; once the lock is free, the run
 * sweeps and takes the lock itself. The job is called as the scheduler calls it, through its Spring bean.
 */
@IntegrationTest
class RetentionJobLockIntegrationTest {

    @Autowired
    RetentionJob job;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void lockFree() {
        jdbc.update("update shedlock set lock_until = now() where name = 'retention-sweep'");
    }

    @Test
    void whileAnotherInstanceHoldsTheLockTheSweepDoesNotRunHere() {
        // a new case: a sweep records its facts, so whether a sweep ran is seen in retention_fact
        UUID orderId = SignedIn.as(users, "poc.northshire", () -> orders.create(OrderFixtures.withoutNoticeNmo(
                OrderFixtures.uniqueCaseNumber(), Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(
                        ChronoUnit.SECONDS)), "retention lock test"));
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values ('retention-sweep', "
                + "now() + interval '1 hour', now(), 'another-instance') on conflict (name) do update set "
                + "lock_until = excluded.lock_until, locked_at = excluded.locked_at, locked_by = excluded.locked_by");

        job.run();

        assertThat(facts(orderId)).as("no sweep while another instance holds the lock").isZero();
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'retention-sweep'",
                String.class)).isEqualTo("another-instance");

        jdbc.update("update shedlock set lock_until = now() - interval '1 second' where name = 'retention-sweep'");
        job.run();

        assertThat(facts(orderId)).as("the sweep ran once the lock was free").isPositive();
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'retention-sweep'",
                String.class)).isNotEqualTo("another-instance");
    }

    private int facts(UUID orderId) {
        return jdbc.queryForObject("select count(*) from retention_fact where order_id = ?", Integer.class, orderId);
    }
}
