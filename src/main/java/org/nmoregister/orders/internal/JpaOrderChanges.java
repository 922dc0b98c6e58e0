package org.nmoregister.orders.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.nmoregister.orders.OrderChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaOrderChanges implements OrderChanges {

    private final OrderVersionRepository versions;

    JpaOrderChanges(OrderVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public List<Change> recordedSince(Instant since) {
        return versions.recordedSince(since).stream()
                .map(row -> new Change((UUID) row[0], (UUID) row[1], ((Number) row[2]).intValue(), instant(row[3])))
                .toList();
    }

    @Override
    public List<Change> latestOfEach() {
        return versions.latestOfEach().stream()
                .map(row -> new Change((UUID) row[0], (UUID) row[1], ((Number) row[2]).intValue(), instant(row[3])))
                .toList();
    }

    @Override
    public List<Change> latestOfEachNotEndedAt(Instant at) {
        return versions.latestOfEachNotEndedAt(at).stream()
                .map(row -> new Change((UUID) row[0], (UUID) row[1], ((Number) row[2]).intValue(), instant(row[3])))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
