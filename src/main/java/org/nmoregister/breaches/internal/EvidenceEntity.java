package org.nmoregister.breaches.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.nmoregister.breaches.investigation.EvidenceKind;

@Entity
@Table(name = "breach_evidence")
class EvidenceEntity {

    @Id
    UUID id;
    @Column(name = "report_id")
    UUID reportId;
    @Column(name = "incident_number")
    Integer incidentNumber;
    @Enumerated(EnumType.STRING)
    EvidenceKind kind;
    String description;
    @Column(name = "file_name")
    String fileName;
    @Column(name = "content_type")
    String contentType;
    @Column(name = "size_bytes")
    Long sizeBytes;
    String sha256;
    @Basic(fetch = FetchType.LAZY)
    byte[] content;
    @Column(name = "added_at")
    Instant addedAt;
    @Column(name = "added_by")
    String addedBy;

    protected EvidenceEntity() {
    }

    EvidenceEntity(UUID reportId) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
    }
}
