package org.nmoregister.intake.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.nmoregister.intake.ManualOrigin;
import org.nmoregister.intake.NotificationSource;
import org.nmoregister.intake.NotificationStatus;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.nmoregister.orders.ChangeKind;

/** What the intake service hands to its controllers: read models, never entities. */
public final class NotificationViews {

    private NotificationViews() {
    }

    /**
     * The result of a delivery: {@code created} is false when the same delivery had already been stored. A changed
     * resend names the first delivery of its reference ({@code correctionOf}) and what differs from the previous one.
     */
    public record Receipt(UUID id, boolean created, UUID correctionOf,
                          List<DeliveryDifferences.Difference> differences) {
    }

    /** The order an accepted notification created or changed. */
    public record Accepted(UUID orderId, int version) {
    }

    public record DocumentSummary(UUID id, String filename, String contentType, long sizeBytes, String sha256,
                                  String extractedText, Instant storedAt, boolean textRecognised) {
    }

    public record DocumentContent(String filename, String contentType, byte[] content) {
    }

    /** One line of the point of contact's queue. */
    public record QueueItem(UUID id, NotificationSource source, ManualOrigin manualOrigin, String externalReference,
                            NotificationStatus status, Instant receivedAt, Duration age, boolean overdue,
                            boolean urgent, boolean withoutNotice, Instant returnHearingAt, String court,
                            String caseNumber, String orderType, String respondentName,
                            @JsonIgnore ChangeKind offeredChange, String emailSubject, UUID correctionOf,
                            @JsonIgnore boolean readyToCheck) {

        /** On the wire under intake's names ({@link ChangeKindNames}), as clients have always read it. */
        @JsonProperty("offeredChange")
        public String offeredChangeName() {
            return ChangeKindNames.wireName(offeredChange);
        }
    }

    public record Notification(UUID id, NotificationSource source, ManualOrigin manualOrigin,
                               String externalReference, NotificationStatus status, Instant receivedAt,
                               String receivedBy, Duration age, boolean overdue, NotificationData data,
                               @JsonIgnore ChangeKind offeredChange, UUID matchedOrderId, UUID orderId,
                               Integer orderVersion,
                               String rejectionReason, UUID duplicateOf, Instant decidedAt, String decidedBy,
                               String emailSubject, String emailFrom, Instant emailDate, long rowVersion,
                               List<DocumentSummary> documents, UUID correctionOf,
                               List<DeliveryDifferences.Difference> differences, List<UUID> changedResends) {

        /** On the wire under intake's names ({@link ChangeKindNames}), as clients have always read it. */
        @JsonProperty("offeredChange")
        public String offeredChangeName() {
            return ChangeKindNames.wireName(offeredChange);
        }
    }

    /**
     * What accepting the notification now would record, and what stops it: {@code kind} is the change the register
     * would record (null while the order type is not known), {@code heldOrderId} the order it would change (null for a
     * new order), {@code problems} what the notification must still say (empty: it can be accepted).
     */
    public record Check(Notification notification, ChangeKind kind, UUID heldOrderId,
                        List<org.nmoregister.platform.InvalidRequestException.FieldError> problems) {

        public boolean blocked() {
            return !problems.isEmpty();
        }
    }
}
