package org.nmoregister.quality;

/** What the point of contact asks the court. */
public enum LiaisonKind {
    MISSING_DATA("Missing details on a protective order"),
    CLARIFY_WORDING("Clarification of the wording of a protective order"),
    CONFIRM_CURRENT("Is this protective order still current?"),
    CONFIRM_SERVICE("Has this protective order been served?");

    private final String subject;

    LiaisonKind(String subject) {
        this.subject = subject;
    }

    public String subject() {
        return subject;
    }
}
