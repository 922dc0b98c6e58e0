package org.nmoregister.safeguarding.rules;

/** A way of reaching a victim: the safe route they chose, or how an attempt was made. */
public enum ContactRoute {
    PHONE("Phone call", false),
    TEXT("Text message", false),
    EMAIL("E-mail", true),
    POST("Letter by post to the safe address", true),
    IN_PERSON("In person", false);

    private final String label;
    private final boolean carriesLetter;

    ContactRoute(String label, boolean carriesLetter) {
        this.label = label;
        this.carriesLetter = carriesLetter;
    }

    public String label() {
        return label;
    }

    /** Whether the letter may go this way (attached to a safe e-mail, or posted to a safe address). */
    public boolean carriesLetter() {
        return carriesLetter;
    }
}
