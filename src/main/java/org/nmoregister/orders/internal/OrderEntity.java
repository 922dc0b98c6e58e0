package org.nmoregister.orders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.nmoregister.orders.OrderType;

/** The identity of an order; its content is in {@link OrderVersionEntity}. */
@Entity
@Table(name = "protective_order")
class OrderEntity {
    @Id
    UUID id;
    @Column(name = "force_id")
    UUID forceId;
    String court;
    @Column(name = "court_key")
    String courtKey;
    @Column(name = "case_number")
    String caseNumber;
    @Column(name = "case_number_key")
    String caseNumberKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "order_type")
    OrderType orderType;
    @Column(name = "made_at")
    Instant madeAt;
    @Column(name = "latest_version")
    int latestVersion;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "created_by")
    String createdBy;
    /** When the order last moved to another force by an accepted transfer; null if never. */
    @Column(name = "moved_at")
    Instant movedAt;
    /** The instants the status turns on and the relationship, as the latest version states them (V66). */
    @Column(name = "ends_at")
    Instant endsAt;
    @Column(name = "discharged_at")
    Instant dischargedAt;
    @Column(name = "served_at")
    Instant servedAt;
    @Column(name = "relationship")
    String relationship;

    @Version
    @Column(name = "lock_version")
    long lockVersion;

    protected OrderEntity() {
    }

    OrderEntity(UUID forceId, Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.forceId = forceId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void identify(String court, String caseNumber, OrderType orderType, Instant madeAt) {
        this.court = court.strip();
        this.courtKey = Keys.court(court);
        this.caseNumber = caseNumber.strip();
        this.caseNumberKey = Keys.caseNumber(caseNumber);
        this.orderType = orderType;
        this.madeAt = madeAt;
    }

    /** Keeps the latest version's status instants on the order, for lists that filter by status (the register). */
    void standsAs(org.nmoregister.orders.OrderDetails details) {
        var timeline = org.nmoregister.orders.OrderStatusRule.timeline(details, details.service());
        this.endsAt = timeline.endsAt();
        this.dischargedAt = timeline.dischargedAt();
        this.servedAt = timeline.servedAt();
        this.relationship = details.relationship() == null ? null : details.relationship().name();
    }
}
