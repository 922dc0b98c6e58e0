package org.nmoregister.intake;

/** Where a notification is in triage. NEW and IN_REVIEW are open; the other three are decisions and final. */
public enum NotificationStatus {
    NEW, IN_REVIEW, ACCEPTED, REJECTED, DUPLICATE;

    public boolean isOpen() {
        return this == NEW || this == IN_REVIEW;
    }
}
