package org.nmoregister.retention;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

/**
 * What a module holds of one case, of one kind: when its first and last records were made, and for the order itself
 * when it ended (or that it has not).
 *
 * @param lastAt    the last record's time; for breaches the last outcome (or the report while there is none)
 * @param endsAt    the order's end (its end date or discharge), for {@link RecordKind#ORDER}; null otherwise
 * @param openEnded true when the order has no end yet (until further order, or its end is still to come)
 * @param label     for the order: court, type and year made, as the reviewer's queue shows the case (no names)
 */
public record CaseFact(UUID orderId, UUID forceId, RecordKind kind, Instant firstAt, Instant lastAt, Instant endsAt,
                       boolean openEnded, String label) {

    public static CaseFact of(UUID orderId, UUID forceId, RecordKind kind, Instant firstAt, Instant lastAt) {
        return new CaseFact(orderId, forceId, kind, firstAt, lastAt, null, false, null);
    }

    /**
     * Reads each row of a module's facts query, which selects {@code order_id}, {@code force_id} (as text),
     * {@code first_at} and {@code last_at} grouped by order, as a fact of this kind.
     */
    public static RowMapper<CaseFact> rows(RecordKind kind) {
        return (rs, n) -> of(rs.getObject("order_id", UUID.class), UUID.fromString(rs.getString("force_id")), kind,
                rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("last_at").toInstant());
    }
}
