package org.nmoregister.safeguarding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.TaskStatus;

@Entity
@Table(name = "safeguarding_task")
public class TaskEntity {
    @Id
    UUID id;
    @Column(name = "force_id")
    UUID forceId;
    @Column(name = "order_id")
    UUID orderId;
    @Column(name = "order_version")
    int orderVersion;
    @Enumerated(EnumType.STRING)
    TaskKind kind;
    @Column(name = "dedupe_key")
    String dedupeKey;
    @Enumerated(EnumType.STRING)
    TaskStatus status;
    @Column(name = "district_id")
    UUID districtId;
    String subject;
    @Column(name = "due_at")
    Instant dueAt;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "assigned_to")
    String assignedTo;
    @Column(name = "closed_at")
    Instant closedAt;
    @Column(name = "closed_by")
    String closedBy;
    String outcome;
    @Column(name = "escalated_at")
    Instant escalatedAt;
    @Version
    @Column(name = "lock_version")
    long lockVersion;

    protected TaskEntity() {
    }
}
