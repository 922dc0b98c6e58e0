package org.nmoregister.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entries written inside a writing transaction (one, or several together) join it: seen by the transaction at once,
 * committed with it, gone if it rolls back, each with who, which force and what.
 */
@IntegrationTest
class AccessLogInTransactionIntegrationTest {

    @Autowired
    AccessLog accessLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    UserDetailsService users;

    @Test
    void entriesInAWritingTransactionStandOrFallWithIt() {
        UUID northshire = jdbc.queryForObject("select id from force where code = 'northshire'", UUID.class);
        String kept = "kept-" + UUID.randomUUID();
        String undone = "undone-" + UUID.randomUUID();

        SignedIn.as(users, "poc.northshire", () -> transactions.execute(status -> {
            accessLog.recordAll(List.of(
                    new AccessLog.NewEntry(northshire, AccessAction.SEARCH, "order", kept, null, "listed 1"),
                    new AccessLog.NewEntry(northshire, AccessAction.SEARCH, "order", kept, null, "listed 2"),
                    new AccessLog.NewEntry(northshire, AccessAction.SEARCH, "order", kept, null, "listed 3")));
            accessLog.record(AccessAction.VIEW, "order", kept, "INC-1", "read");
            assertThat(count(kept)).as("seen in the transaction").isEqualTo(4);
            return null;
        }));
        SignedIn.as(users, "poc.northshire", () -> transactions.execute(status -> {
            accessLog.recordAll(List.of(
                    new AccessLog.NewEntry(northshire, AccessAction.SEARCH, "order", undone, null, "listed 1"),
                    new AccessLog.NewEntry(northshire, AccessAction.SEARCH, "order", undone, null, "listed 2")));
            accessLog.record(AccessAction.VIEW, "order", undone, "INC-1", "read");
            status.setRollbackOnly();
            return null;
        }));

        assertThat(count(kept)).as("committed with the transaction").isEqualTo(4);
        assertThat(count(undone)).as("rolled back with it").isZero();
        assertThat(jdbc.queryForList("select username || '|' || force_code || '|' || action || '|' || detail "
                + "from access_log where subject_id = ? order by detail", String.class, kept)).containsExactly(
                "poc.northshire|northshire|SEARCH|listed 1", "poc.northshire|northshire|SEARCH|listed 2",
                "poc.northshire|northshire|SEARCH|listed 3", "poc.northshire|northshire|VIEW|read");
    }

    private int count(String subjectId) {
        return jdbc.queryForObject("select count(*) from access_log where subject_id = ?", Integer.class, subjectId);
    }
}
