package org.nmoregister.transfers.internal;

/**
 * Why the case should move. The owner of a case is the force where most of the investigation is likely to happen,
 * generally where the victim lives (seed 000, "Transfers").
 */
public enum TransferReason {
    VICTIM_MOVED("The victim has moved to the receiving force's area"),
    RESPONDENT_MOVED("The respondent has moved to the receiving force's area"),
    INVESTIGATION_THERE("Most of the investigation is in the receiving force's area");

    private final String words;

    TransferReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
