package org.nmoregister.intake.internal;

import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;
import org.nmoregister.intake.ManualOrigin;
import org.nmoregister.intake.NotificationSource;
import org.nmoregister.intake.NotificationStatus;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.platform.ConflictException;

/** A notification as received and as triaged. Its status moves only forward, through the methods below. */
@Entity
@Table(name = "notification")
public class NotificationEntity implements TriageOrder.Item {
    @Id
    UUID id;
    @Column(name = "force_id")
    UUID forceId;
    @Enumerated(EnumType.STRING)
    NotificationSource source;
    @Enumerated(EnumType.STRING)
    @Column(name = "manual_origin")
    ManualOrigin manualOrigin;
    @Column(name = "external_reference")
    String externalReference;
    @Column(name = "received_at")
    Instant receivedAt;
    @Column(name = "received_by")
    String receivedBy;
    @Enumerated(EnumType.STRING)
    NotificationStatus status;
    @Column(name = "data", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String dataJson;
    @Column(name = "delivered", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String deliveredJson;
    @Column(name = "correction_of")
    UUID correctionOf;
    @Column(name = "differences", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String differencesJson;
    @Enumerated(EnumType.STRING)
    @Column(name = "offered_change")
    ChangeKind offeredChange;
    @Column(name = "matched_order_id")
    UUID matchedOrderId;
    @Column(name = "order_id")
    UUID orderId;
    @Column(name = "order_version")
    Integer orderVersion;
    @Column(name = "rejection_reason")
    String rejectionReason;
    @Column(name = "duplicate_of")
    UUID duplicateOf;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Column(name = "decided_by")
    String decidedBy;
    @Column(name = "email_subject")
    String emailSubject;
    @Column(name = "email_from")
    String emailFrom;
    @Column(name = "email_date")
    Instant emailDate;
    @Column(name = "without_notice")
    boolean withoutNotice;
    @Column(name = "return_hearing_at")
    Instant returnHearingAt;
    @Version
    @Column(name = "row_version")
    long rowVersion;

    protected NotificationEntity() {
    }

    NotificationEntity(UUID forceId, NotificationSource source, ManualOrigin manualOrigin, String externalReference,
                       Instant receivedAt, String receivedBy) {
        this.id = UUID.randomUUID();
        this.forceId = forceId;
        this.source = source;
        this.manualOrigin = manualOrigin;
        this.externalReference = externalReference;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.status = NotificationStatus.NEW;
    }

    /** Replaces the data, keeping the columns the queue sorts by in step with it. */
    void setData(NotificationData data, String json) {
        if (this.deliveredJson == null) {
            // The first data it is given is what was delivered; corrections never change that.
            this.deliveredJson = json;
        }
        this.dataJson = json;
        this.withoutNotice = Boolean.TRUE.equals(data.withoutNotice());
        this.returnHearingAt = data.returnHearing() == null ? null : data.returnHearing().at();
    }

    void startReview() {
        requireOpen();
        this.status = NotificationStatus.IN_REVIEW;
    }

    void accept(UUID orderId, int orderVersion, Instant at, String by) {
        requireOpen();
        this.status = NotificationStatus.ACCEPTED;
        this.orderId = orderId;
        this.orderVersion = orderVersion;
        decided(at, by);
    }

    void reject(String reason, Instant at, String by) {
        requireOpen();
        this.status = NotificationStatus.REJECTED;
        this.rejectionReason = reason;
        decided(at, by);
    }

    void markDuplicate(UUID of, Instant at, String by) {
        requireOpen();
        this.status = NotificationStatus.DUPLICATE;
        this.duplicateOf = of;
        decided(at, by);
    }

    private void decided(Instant at, String by) {
        this.decidedAt = at;
        this.decidedBy = by;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new ConflictException("The notification has already been decided (" + status + ")");
        }
    }

    public UUID id() {
        return id;
    }

    @Override
    public Instant receivedAt() {
        return receivedAt;
    }

    @Override
    public boolean withoutNotice() {
        return withoutNotice;
    }

    @Override
    public Instant returnHearingAt() {
        return returnHearingAt;
    }
}
