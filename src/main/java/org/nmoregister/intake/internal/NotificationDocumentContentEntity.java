package org.nmoregister.intake.internal;

import java.util.UUID;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The original bytes of a notification document, exactly as received. */
@Entity
@Table(name = "notification_document_content")
class NotificationDocumentContentEntity {
    @Id
    @Column(name = "document_id")
    UUID documentId;
    @Column(columnDefinition = "bytea")
    byte[] content;

    protected NotificationDocumentContentEntity() {
    }

    NotificationDocumentContentEntity(UUID documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }
}
