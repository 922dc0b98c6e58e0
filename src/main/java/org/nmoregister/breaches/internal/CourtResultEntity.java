package org.nmoregister.breaches.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.nmoregister.breaches.investigation.CourtResult;

@Entity
@Table(name = "breach_court_result")
class CourtResultEntity {

    @Id
    UUID id;
    @Column(name = "report_id")
    UUID reportId;
    @Enumerated(EnumType.STRING)
    CourtResult result;
    String court;
    @Column(name = "decided_on")
    LocalDate decidedOn;
    String sentence;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Column(name = "recorded_by")
    String recordedBy;

    protected CourtResultEntity() {
    }

    CourtResultEntity(UUID reportId, CourtResult result, String court, LocalDate decidedOn, String sentence,
                      Instant recordedAt, String recordedBy) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.result = result;
        this.court = court;
        this.decidedOn = decidedOn;
        this.sentence = sentence;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}
