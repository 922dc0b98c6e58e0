package org.nmoregister.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** An entry the database refuses fails only itself; the others in its batch are written. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccessLogBatcherIntegrationTest {

    @Autowired
    AccessLogBatcher batcher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBatchWithOneBadEntryWritesEveryOtherEntryAndFailsOnlyTheBadOne(CapturedOutput output) {
        UUID forceId = jdbc.queryForObject("select id from force where code = 'northshire'", UUID.class);
        String marker = "batch-" + UUID.randomUUID();
        List<AccessLogBatcher.Pending> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // A NUL byte cannot be stored by PostgreSQL: the whole batch insert fails on it.
            String reason = i == 4 ? "INC-1\u0000" : "INC-" + i;
            batch.add(new AccessLogBatcher.Pending(new AccessLogEntryEntity(Instant.now(), "control.northshire",
                    forceId, "northshire", AccessAction.SEARCH, "person", marker, reason, "test"),
                    new CompletableFuture<>()));
        }

        batcher.writeBatch(batch);

        for (int i = 0; i < batch.size(); i++) {
            var written = batch.get(i).written();
            assertThat(written).as("entry " + i).isDone();
            assertThat(written.isCompletedExceptionally()).as("entry " + i).isEqualTo(i == 4);
        }
        assertThat(jdbc.queryForObject("select count(*) from access_log where subject_id = ?", Integer.class, marker))
                .isEqualTo(9);
        // the refusal is logged, but not what the entries said: a lookup's subject may be a refuge's address
        assertThat(output.getAll()).contains("Access-log entry refused by the database").doesNotContain(marker);
    }
}
