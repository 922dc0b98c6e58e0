package org.nmoregister.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;

@Entity
@Table(name = "access_log")
class AccessLogEntryEntity {
    @Id
    UUID id;
    Instant at;
    String username;
    @Column(name = "force_id")
    UUID forceId;
    @Column(name = "force_code")
    String forceCode;
    @Enumerated(EnumType.STRING)
    AccessAction action;
    @Column(name = "subject_type")
    String subjectType;
    @Column(name = "subject_id")
    String subjectId;
    String reason;
    String detail;

    protected AccessLogEntryEntity() {
    }

    AccessLogEntryEntity(Instant at, String username, UUID forceId, String forceCode, AccessAction action,
                         String subjectType, String subjectId, String reason, String detail) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.username = username;
        this.forceId = forceId;
        this.forceCode = forceCode;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.reason = reason;
        this.detail = detail;
    }
}
