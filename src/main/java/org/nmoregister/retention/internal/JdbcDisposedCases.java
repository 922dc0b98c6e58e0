package org.nmoregister.retention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.nmoregister.retention.DisposedCases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcDisposedCases implements DisposedCases {

    private final JdbcTemplate jdbc;

    JdbcDisposedCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> disposedSince(Instant since) {
        return jdbc.queryForList("select order_id from disposal_record where disposed_at >= ?", UUID.class,
                Timestamp.from(since));
    }
}
