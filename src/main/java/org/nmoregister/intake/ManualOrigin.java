package org.nmoregister.intake;

/** Who told the force about an order entered by hand. */
public enum ManualOrigin {
    OTHER_FORCE("Another force"),
    PARTNER_AGENCY("A partner agency"),
    VICTIM("The victim"),
    SOLICITOR("A solicitor"),
    COURT_OTHER("The court, by other means");

    private final String label;

    ManualOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
