package org.nmoregister.intake.internal;

import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document that came with a notification; its bytes live in {@link NotificationDocumentContentEntity}. */
@Entity
@Table(name = "notification_document")
public class NotificationDocumentEntity {
    @Id
    UUID id;
    @Column(name = "notification_id")
    UUID notificationId;
    String filename;
    @Column(name = "content_type")
    String contentType;
    @Column(name = "size_bytes")
    long sizeBytes;
    @Column(columnDefinition = "bpchar")
    String sha256;
    @Column(name = "extracted_text", columnDefinition = "text")
    String extractedText;
    @Column(name = "stored_at")
    Instant storedAt;
    /** The text is OCR's reading of a scan, not the document's own text layer. */
    @Column(name = "text_recognised")
    boolean textRecognised;

    protected NotificationDocumentEntity() {
    }

    NotificationDocumentEntity(UUID notificationId, DocumentReader.ReadDocument document, Instant storedAt) {
        this.id = UUID.randomUUID();
        this.notificationId = notificationId;
        this.filename = clip(document.filename(), 500);
        this.contentType = clip(document.contentType(), 200);
        this.sizeBytes = document.content().length;
        this.sha256 = document.sha256();
        this.extractedText = document.extractedText() == null ? null : document.extractedText().replace("\u0000", "");
        this.storedAt = storedAt;
        this.textRecognised = document.textRecognised();
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
