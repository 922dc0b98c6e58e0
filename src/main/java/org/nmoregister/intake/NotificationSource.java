package org.nmoregister.intake;

/** How a notification reached the force. */
public enum NotificationSource {
    /** The courts' electronic feed (FPR PD 36ZI pilot), delivered by a court-feed service account. */
    COURT_FEED,
    /** An e-mail (.eml) the point of contact received and uploaded. */
    EMAIL,
    /** The court's order document (PDF) uploaded by the point of contact. */
    UPLOAD,
    /** Typed in by the point of contact from what someone else told them. */
    MANUAL
}
