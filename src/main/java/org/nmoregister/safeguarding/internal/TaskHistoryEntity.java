package org.nmoregister.safeguarding.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Column;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "safeguarding_task_history")
class TaskHistoryEntity {
    @Id
    UUID id;
    @Column(name = "task_id")
    UUID taskId;
    Instant at;
    String actor;
    @Enumerated(EnumType.STRING)
    TaskAction action;
    String note;

    protected TaskHistoryEntity() {
    }

    TaskHistoryEntity(UUID taskId, Instant at, String actor, TaskAction action, String note) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.note = note;
    }
}
