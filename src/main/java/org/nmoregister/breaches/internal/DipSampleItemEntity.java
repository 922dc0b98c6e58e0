package org.nmoregister.breaches.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.nmoregister.breaches.review.DipFinding;

@Entity
@Table(name = "dip_sample_item")
class DipSampleItemEntity {

    @Embeddable
    record Key(@Column(name = "sample_id") UUID sampleId, @Column(name = "report_id") UUID reportId)
            implements Serializable {
    }

    @EmbeddedId
    Key key;
    @Enumerated(EnumType.STRING)
    DipFinding finding;
    String notes;
    @Column(name = "reviewed_at")
    Instant reviewedAt;
    @Column(name = "reviewed_by")
    String reviewedBy;

    protected DipSampleItemEntity() {
    }

    DipSampleItemEntity(UUID sampleId, UUID reportId) {
        this.key = new Key(sampleId, reportId);
    }
}
