package org.nmoregister.orders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.annotations.Immutable;
import org.nmoregister.orders.ChangeKind;

@Entity
@Immutable
@Table(name = "order_version")
@IdClass(OrderVersionEntity.Key.class)
class OrderVersionEntity {
    @Id
    @Column(name = "order_id")
    UUID orderId;
    @Id
    int version;
    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    ChangeKind changeKind;
    @Column(name = "effective_from")
    Instant effectiveFrom;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Column(name = "recorded_by")
    String recordedBy;
    String note;
    /** The whole order as JSON (see {@link DetailsJson}). */
    @JdbcTypeCode(SqlTypes.JSON)
    String details;
    /**
     * The terms read into clauses, in the terms module's stored shape; written with the version and otherwise
     * only by {@link OrderVersionRepository#storeReading} (backfill or re-read), never half.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    String clauses;
    @Column(name = "clauses_shape")
    Integer clausesShape;
    @Column(name = "clauses_parser")
    Integer clausesParser;
    @Column(name = "clauses_read_at")
    Instant clausesReadAt;

    protected OrderVersionEntity() {
    }

    OrderVersionEntity(UUID orderId, int version, ChangeKind changeKind, Instant effectiveFrom, Instant recordedAt,
                       String recordedBy, String note, String details) {
        this.orderId = orderId;
        this.version = version;
        this.changeKind = changeKind;
        this.effectiveFrom = effectiveFrom;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.note = note;
        this.details = details;
    }

    OrderVersionEntity withClauses(String clauses, int shape, int parser, Instant readAt) {
        this.clauses = clauses;
        this.clausesShape = shape;
        this.clausesParser = parser;
        this.clausesReadAt = readAt;
        return this;
    }

    record Key(UUID orderId, int version) implements Serializable {
        Key() {
            this(null, 0);
        }
    }
}
