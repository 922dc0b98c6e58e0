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
    MANUAL;

    /**
     * Whether what it reports comes from the court itself: the feed, the court's order document or e-mail, or the
     * court telling the force by other means.
     */
    public boolean fromCourt(ManualOrigin origin) {
        return this != MANUAL || origin == ManualOrigin.COURT_OTHER;
    }
}
